package com.baolink.partner.xiebao;

/** Why a notification body cannot be read; becomes {@link XiebaoVerification.Malformed}. */
final class MalformedNotificationException extends Exception {

	MalformedNotificationException(String reason) {
		super(reason, null, false, false);
	}

}

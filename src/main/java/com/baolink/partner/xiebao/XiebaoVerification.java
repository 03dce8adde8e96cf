package com.baolink.partner.xiebao;

/** The outcome of checking one notification body; only {@link Verified} may be acted on. */
public sealed interface XiebaoVerification {

	/** Signature and partner check out; the notification is parsed. */
	record Verified(XiebaoNotification notification) implements XiebaoVerification {
	}

	/** The sign does not match the data under the notify key. */
	record BadSignature() implements XiebaoVerification {
	}

	/** Correctly signed, but for another partner account than the configured one. */
	record WrongPartner(String partnerId) implements XiebaoVerification {
	}

	/** Not a notification: no JSON, no object {@code data}, no sign, a required field missing… */
	record Malformed(String reason) implements XiebaoVerification {
	}

	/** The Xiebao channel is not configured here, so nothing can be verified. */
	record NotConfigured() implements XiebaoVerification {
	}

}

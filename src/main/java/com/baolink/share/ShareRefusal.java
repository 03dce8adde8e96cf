package com.baolink.share;

import org.springframework.http.HttpStatus;

/**
 * Why a customer's request through a link is refused, shown as a friendly page with this status.
 * Nothing is written when a refusal is thrown.
 */
class ShareRefusal extends RuntimeException {

	enum Reason {

		/** Unknown or tampered link token, or a status token that does not verify. */
		UNKNOWN(HttpStatus.NOT_FOUND, "share.refused.unknown"),
		EXPIRED(HttpStatus.GONE, "share.refused.expired"),
		REVOKED(HttpStatus.GONE, "share.refused.revoked"),
		/** The product is hidden from the catalogue or no longer exists. */
		PRODUCT_GONE(HttpStatus.GONE, "share.refused.productGone"),
		/** The sharing member's account is disabled. */
		MEMBER_UNAVAILABLE(HttpStatus.GONE, "share.refused.memberUnavailable"),
		/** The sharing member is not registered with AiGouBao, so no pre-order can be made for them. */
		MEMBER_NOT_REGISTERED(HttpStatus.SERVICE_UNAVAILABLE, "share.refused.memberNotRegistered"),
		/** The Xiebao channel is switched off. */
		CHANNEL_OFF(HttpStatus.SERVICE_UNAVAILABLE, "share.refused.channelOff"),
		TOO_MANY_LAUNCHES(HttpStatus.TOO_MANY_REQUESTS, "share.refused.tooMany"),
		/** A status page or document that does not exist for this token. */
		ORDER_UNKNOWN(HttpStatus.NOT_FOUND, "share.refused.orderUnknown");

		private final HttpStatus status;

		private final String messageKey;

		Reason(HttpStatus status, String messageKey) {
			this.status = status;
			this.messageKey = messageKey;
		}

		HttpStatus status() {
			return this.status;
		}

		String messageKey() {
			return this.messageKey;
		}

	}

	private final Reason reason;

	ShareRefusal(Reason reason) {
		super(reason.name(), null, false, false);
		this.reason = reason;
	}

	Reason reason() {
		return this.reason;
	}

}

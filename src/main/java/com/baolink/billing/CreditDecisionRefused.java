package com.baolink.billing;

/** A decision that cannot be taken; {@code messageKey} explains why to staff. */
public class CreditDecisionRefused extends RuntimeException {

	private final String messageKey;

	CreditDecisionRefused(String messageKey, String detail) {
		super(detail);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}

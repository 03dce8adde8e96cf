package com.baolink.partner.aigoubao;

import java.util.Arrays;

/** AiGouBao response codes (document §8) and what the portal does with each. */
public enum AigoubaoCode {

	SUCCESS("0000", false, false), FAILURE("9999", false, false), ORDER_NOT_FOUND("1000", false, false),
	POLICY_NOT_EFFECTIVE("1001", true, false), TOO_MANY_REQUESTS("0002", true, false),
	SIGNATURE_ERROR("2000", false, true), REQUEST_NOT_ALLOWED("2008", false, false),
	DECRYPTION_FAILED("2009", false, true), PRODUCT_NOT_FOUND("3000", false, false),
	SURRENDER_NOT_ALLOWED("4001", false, false), ACCESS_TOKEN_INVALID("5000", false, true),
	/** A code the document does not list. */
	UNKNOWN("?", false, false);

	private final String code;

	private final boolean retryLater;

	private final boolean configurationFault;

	AigoubaoCode(String code, boolean retryLater, boolean configurationFault) {
		this.code = code;
		this.retryLater = retryLater;
		this.configurationFault = configurationFault;
	}

	public String code() {
		return this.code;
	}

	/** Worth trying again later (rate limited, document not ready yet). */
	public boolean retryLater() {
		return this.retryLater;
	}

	/** Our credentials or signing are wrong: staff must be alerted, retrying blindly will not help. */
	public boolean configurationFault() {
		return this.configurationFault;
	}

	public static AigoubaoCode of(String code) {
		return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst().orElse(UNKNOWN);
	}

}

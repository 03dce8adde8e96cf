package com.baolink.partner.aigoubao;

/** AiGouBao answered with a non-success code. The partner's message is kept for display. */
public class AigoubaoException extends RuntimeException {

	private final AigoubaoCode code;

	private final String rawCode;

	private final String partnerMessage;

	public AigoubaoException(String rawCode, String partnerMessage) {
		super("AiGouBao answered " + rawCode + ": " + partnerMessage);
		this.code = AigoubaoCode.of(rawCode);
		this.rawCode = rawCode;
		this.partnerMessage = partnerMessage;
	}

	public AigoubaoCode code() {
		return this.code;
	}

	public String rawCode() {
		return this.rawCode;
	}

	public String partnerMessage() {
		return this.partnerMessage;
	}

}

package com.baolink.surrender;

/**
 * What came of a surrender request. {@code messageKey} explains a refusal in words a member
 * understands; {@code partnerMessage} is the partner's own text (shown for 9999).
 */
public record SurrenderResult(boolean accepted, String messageKey, String partnerMessage) {

	static final String UNAVAILABLE = "surrender.refused.unavailable";

	static final String NOT_FOUND = "surrender.refused.notFound";

	static final String PARTNER_SAYS = "surrender.refused.partner";

	static SurrenderResult success() {
		return new SurrenderResult(true, null, null);
	}

	static SurrenderResult refused(String messageKey, String partnerMessage) {
		return new SurrenderResult(false, messageKey, partnerMessage);
	}

}

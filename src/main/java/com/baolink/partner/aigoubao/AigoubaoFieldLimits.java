package com.baolink.partner.aigoubao;

/**
 * How long the text the portal sends AiGouBao may be. The document types names, titles, company,
 * province, city, contact and address as String(32) (assumed: 32 characters, not bytes — AiGouBao's
 * own pages accept 32 Chinese characters). Every form that feeds such a field checks it with a
 * field message rather than letting the partner refuse or cut it.
 */
public final class AigoubaoFieldLimits {

	/** A String(32) field of the AiGouBao API. */
	public static final int TEXT = 32;

	private AigoubaoFieldLimits() {
	}

	public static boolean fits(String value) {
		return value == null || value.length() <= TEXT;
	}

}

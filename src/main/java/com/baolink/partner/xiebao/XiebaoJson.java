package com.baolink.partner.xiebao;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON dialect used for Xiebao notifications: compact output with non-ASCII and {@code /} as
 * they are (a Java partner's serialiser does not escape them, and the compact form is one of the
 * two texts a signature may cover), duplicate keys refused (the signed {@code data} must be
 * unambiguous), decimals kept exactly.
 */
final class XiebaoJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.disable(JsonWriteFeature.ESCAPE_NON_ASCII)
		.disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
		.build();

	private XiebaoJson() {
	}

	static JsonMapper mapper() {
		return MAPPER;
	}

}

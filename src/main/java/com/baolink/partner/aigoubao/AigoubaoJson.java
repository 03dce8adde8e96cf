package com.baolink.partner.aigoubao;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON dialect of the AiGouBao business parameters: compact, non-ASCII and {@code /} written
 * as they are, fields in declaration order (the signature renders nested objects in the order
 * sent), floats read back as BigDecimal. Both the encrypted {@code requestBody} and the signed
 * parameter tree come from here, so they cannot disagree.
 */
public final class AigoubaoJson {

	private static final TypeReference<LinkedHashMap<String, Object>> TREE = new TypeReference<>() {
	};

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.disable(JsonWriteFeature.ESCAPE_NON_ASCII)
		.disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private AigoubaoJson() {
	}

	public static JsonMapper mapper() {
		return MAPPER;
	}

	/** The compact JSON text of a request record (null fields omitted by the records themselves). */
	public static String write(Object value) {
		return MAPPER.writeValueAsString(value);
	}

	/** The parameter tree of a JSON object, keys in the order they appear in the text. */
	public static Map<String, Object> parseTree(String json) {
		try {
			return MAPPER.readValue(json, TREE);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("Not a JSON object", ex);
		}
	}

}

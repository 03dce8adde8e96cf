package com.baolink.sandbox.aigoubao;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's own JSON: independent of the portal's mapper settings so that answers look exactly
 * like the partner's ({@code "data": null} is written, non-ASCII is not escaped).
 */
final class SandboxJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private SandboxJson() {
	}

	static String answer(String code, String message, Object data) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("code", code);
		body.put("message", message);
		body.put("data", data);
		return write(body);
	}

	static String write(Object value) {
		return MAPPER.writeValueAsString(value);
	}

	/** @return the JSON object as an insertion-ordered map, or null when the text is not a JSON object */
	@SuppressWarnings("unchecked")
	static Map<String, Object> readObject(String json) {
		try {
			Object value = MAPPER.readValue(json, Object.class);
			return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

}

package com.baolink.partner.xiebao;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The outer object {@code {"notifyType":N,"sign":"…","data":{…}}} of a notification, with
 * {@code data} kept as the exact text received: the signature is computed over that text, and a
 * re-serialisation could differ from it in spacing, escaping or number format. A streaming parser
 * gives the character offsets of the {@code data} object, so strings, escapes and nesting are
 * respected without a hand-written scanner.
 */
record XiebaoEnvelope(int notifyType, String sign, String data) {

	static XiebaoEnvelope read(String body) throws MalformedNotificationException {
		try (JsonParser parser = XiebaoJson.mapper().createParser(body)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw new MalformedNotificationException("the body is not a JSON object");
			}
			Integer notifyType = null;
			String sign = null;
			String data = null;
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				switch (name) {
					case "notifyType" -> notifyType = readNotifyType(parser, value);
					case "sign" -> sign = readText(parser, value);
					case "data" -> data = readRawObject(parser, value, body);
					default -> parser.skipChildren();
				}
			}
			if (parser.nextToken() != null) {
				throw new MalformedNotificationException("content after the JSON object");
			}
			return complete(notifyType, sign, data);
		}
		catch (JacksonException ex) {
			throw new MalformedNotificationException("not valid JSON: " + ex.getOriginalMessage());
		}
	}

	private static XiebaoEnvelope complete(Integer notifyType, String sign, String data)
			throws MalformedNotificationException {
		if (notifyType == null) {
			throw new MalformedNotificationException("notifyType is missing or not an integer");
		}
		if (sign == null || sign.isBlank()) {
			throw new MalformedNotificationException("sign is missing");
		}
		if (data == null) {
			throw new MalformedNotificationException("data is missing");
		}
		return new XiebaoEnvelope(notifyType, sign.trim(), data);
	}

	private static Integer readNotifyType(JsonParser parser, JsonToken value) {
		if (value == JsonToken.VALUE_NUMBER_INT) {
			return parser.getIntValue();
		}
		if (value == JsonToken.VALUE_STRING && parser.getString().trim().matches("-?\\d{1,9}")) {
			return Integer.valueOf(parser.getString().trim());
		}
		parser.skipChildren();
		return null;
	}

	private static String readText(JsonParser parser, JsonToken value) {
		if (value == JsonToken.VALUE_STRING) {
			return parser.getString();
		}
		parser.skipChildren();
		return null;
	}

	private static String readRawObject(JsonParser parser, JsonToken value, String body)
			throws MalformedNotificationException {
		if (value != JsonToken.START_OBJECT) {
			throw new MalformedNotificationException("data is not a JSON object");
		}
		long start = parser.currentTokenLocation().getCharOffset();
		parser.skipChildren();
		long endBrace = parser.currentTokenLocation().getCharOffset();
		if (start < 0 || endBrace < start || body.charAt((int) start) != '{' || body.charAt((int) endBrace) != '}') {
			throw new MalformedNotificationException("cannot locate the data text");
		}
		return body.substring((int) start, (int) endBrace + 1);
	}

}

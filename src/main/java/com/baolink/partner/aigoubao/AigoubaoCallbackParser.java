package com.baolink.partner.aigoubao;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Reads the callbacks AiGouBao posts to the notify URLs of a pre-order. Their format is not in the
 * partner document; everything here is <b>(assumed)</b> from a known working client (PROTOCOLS.md):
 * <ul>
 * <li>insure result: {@code {"outSerialNo","tempOrderCode","orderCode","policyCode","success"}};</li>
 * <li>surrender result: {@code {"memberId","tempOrderCode","policyCode","surrenderSuccess","errMsg"}};</li>
 * <li>refund result: not documented at all, taken to be the surrender shape with {@code refundSuccess};</li>
 * <li>plain JSON or the signed request envelope ({@code accessToken, nonce, requestBody, sign,
 * timestamp}) with a DES-encrypted {@code requestBody}: both are accepted.</li>
 * </ul>
 * Only {@code tempOrderCode} is required: a callback is a hint to pull the order, never the truth.
 */
@Component
public class AigoubaoCallbackParser {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private static final List<String> SUCCESS_FLAGS = List.of("success", "surrenderSuccess", "refundSuccess");

	private final AigoubaoProperties properties;

	public AigoubaoCallbackParser(AigoubaoProperties properties) {
		this.properties = properties;
	}

	/** @throws MalformedCallbackException not a JSON object, or no {@code tempOrderCode} where one must be */
	public AigoubaoCallback parse(String rawBody) {
		Map<String, Object> outer = jsonObject(rawBody, "body");
		if (!outer.containsKey("requestBody")) {
			return plain(outer);
		}
		return envelope(outer);
	}

	private AigoubaoCallback plain(Map<String, Object> fields) {
		return callback(Authenticity.PLAIN_UNVERIFIED, fields, true);
	}

	private AigoubaoCallback envelope(Map<String, Object> envelope) {
		String plaintext;
		try {
			plaintext = DesCodec.decrypt(text(envelope.get("requestBody")), this.properties.desKey());
		}
		catch (DesCodec.DecryptionException | NullPointerException ex) {
			// Not encrypted with our key: as untrustworthy as a wrong signature.
			return new AigoubaoCallback(Authenticity.SIGNED_INVALID, null, canonical(envelope), null);
		}
		Map<String, Object> fields = jsonObject(plaintext, "requestBody");
		String expected = AigoubaoSigner.sign(fields, this.properties.md5Key());
		boolean valid = AigoubaoSigner.matches(expected, text(envelope.get("sign")));
		return callback(valid ? Authenticity.SIGNED_VALID : Authenticity.SIGNED_INVALID, fields, valid);
	}

	private static AigoubaoCallback callback(Authenticity authenticity, Map<String, Object> fields,
			boolean requireOrderCode) {
		String tempOrderCode = text(fields.get("tempOrderCode"));
		if (requireOrderCode && (tempOrderCode == null || tempOrderCode.isBlank())) {
			throw new MalformedCallbackException("tempOrderCode is missing");
		}
		if (tempOrderCode != null && tempOrderCode.length() > 64) {
			throw new MalformedCallbackException("tempOrderCode is too long");
		}
		return new AigoubaoCallback(authenticity, tempOrderCode, canonical(fields), successFlag(fields));
	}

	private static Map<String, Object> jsonObject(String text, String what) {
		Object parsed;
		try {
			parsed = JSON.readValue(text, Object.class);
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw new MalformedCallbackException(what + " is not JSON");
		}
		if (!(parsed instanceof Map<?, ?> map)) {
			throw new MalformedCallbackException(what + " is not a JSON object");
		}
		Map<String, Object> fields = new LinkedHashMap<>();
		map.forEach((key, value) -> fields.put(String.valueOf(key), value));
		return fields;
	}

	private static Boolean successFlag(Map<String, Object> fields) {
		for (String flag : SUCCESS_FLAGS) {
			Object value = fields.get(flag);
			if (value instanceof Boolean bool) {
				return bool;
			}
			if (value instanceof String string && !string.isBlank()) {
				return Boolean.parseBoolean(string.strip());
			}
		}
		return null;
	}

	private static String text(Object value) {
		return (value instanceof String || value instanceof Number) ? value.toString() : null;
	}

	/** Key-sorted compact JSON: the same content always gives the same text (for de-duplication). */
	private static String canonical(Map<String, Object> fields) {
		return JSON.writeValueAsString(sorted(fields));
	}

	private static Object sorted(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> result = new TreeMap<>();
			map.forEach((key, inner) -> result.put(String.valueOf(key), sorted(inner)));
			return result;
		}
		if (value instanceof List<?> list) {
			List<Object> result = new ArrayList<>(list.size());
			list.forEach(inner -> result.add(sorted(inner)));
			return result;
		}
		return value;
	}

	/** Whether the callback came signed, and whether the signature held. */
	public enum Authenticity {

		/** Plain JSON: cannot be authenticated, only used as a hint to pull. */
		PLAIN_UNVERIFIED,
		/** Envelope whose signature matches the decrypted parameters. */
		SIGNED_VALID,
		/** Envelope that does not decrypt with our key or whose signature does not match. */
		SIGNED_INVALID

	}

	/**
	 * A parsed callback. {@code tempOrderCode} is null only for a {@code SIGNED_INVALID} envelope;
	 * {@code canonicalPayload} is the business content in a stable form; {@code success} the
	 * partner's success flag if it sent one (informational only).
	 */
	public record AigoubaoCallback(Authenticity authenticity, String tempOrderCode, String canonicalPayload,
			Boolean success) {
	}

	/** The body cannot be a callback at all (the partner gets a 400 in its failure shape). */
	public static class MalformedCallbackException extends RuntimeException {

		public MalformedCallbackException(String message) {
			super(message);
		}

	}

}

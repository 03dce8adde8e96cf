package com.baolink.partner.aigoubao;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * AiGouBao signature (document §5.1): the plaintext business parameters without null/empty values,
 * sorted by name (ASCII), joined {@code k1=v1&k2=v2}, upper-cased, then
 * {@code md5hex(md5hex(S1 + md5SecretKey))}. Nested values are rendered as Java's
 * {@code Map.toString()}/{@code List.toString()} render them ({@code {k=v, k=v}}, {@code [..]}),
 * which is how a known working client renders {@code holderInfo}/{@code insuredInfoList}
 * <b>(assumed; see PROTOCOLS.md)</b>. The parameters must be the tree parsed from the JSON that is
 * sent, so both sides see the same key order and value types.
 */
public final class AigoubaoSigner {

	private AigoubaoSigner() {
	}

	public static String sign(Map<String, ?> params, String md5SecretKey) {
		return md5Hex(md5Hex(canonicalString(params) + md5SecretKey));
	}

	/** S1 after upper-casing. */
	public static String canonicalString(Map<String, ?> params) {
		return new TreeMap<>(params).entrySet()
			.stream()
			.filter(entry -> !isEmpty(entry.getValue()))
			.map(entry -> entry.getKey() + "=" + render(entry.getValue()))
			.collect(Collectors.joining("&"))
			.toUpperCase(Locale.ROOT);
	}

	/** Constant-time comparison of two hex signatures, ignoring case. */
	public static boolean matches(String expected, String actual) {
		if (expected == null || actual == null) {
			return false;
		}
		return MessageDigest.isEqual(expected.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII),
				actual.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
	}

	private static boolean isEmpty(Object value) {
		return value == null || (value instanceof CharSequence text && text.isEmpty())
				|| (value instanceof Collection<?> list && list.isEmpty())
				|| (value instanceof Map<?, ?> map && map.isEmpty());
	}

	private static String render(Object value) {
		return String.valueOf(value);
	}

	static String md5Hex(String text) {
		try {
			MessageDigest md5 = MessageDigest.getInstance("MD5");
			return HexFormat.of().formatHex(md5.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package com.baolink.partner.qimen;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The qimen/TOP md5 signature: {@code HEX_UPPER(MD5(secret + k1v1k2v2… + body + secret))} over
 * every query parameter except {@code sign}, sorted by name, with the body as the exact bytes
 * received.
 */
public final class QimenSigner {

	static final String SIGN = "sign";

	private QimenSigner() {
	}

	/** @param params decoded query parameters (a {@code sign} entry is ignored) */
	public static String sign(String secret, Map<String, String> params, byte[] body) {
		ByteArrayOutputStream text = new ByteArrayOutputStream();
		text.writeBytes(secret.getBytes(StandardCharsets.UTF_8));
		new TreeMap<>(params).forEach((name, value) -> {
			if (!SIGN.equals(name)) {
				text.writeBytes(name.getBytes(StandardCharsets.UTF_8));
				text.writeBytes(value.getBytes(StandardCharsets.UTF_8));
			}
		});
		text.writeBytes(body);
		text.writeBytes(secret.getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().withUpperCase().formatHex(md5(text.toByteArray()));
	}

	/** Constant-time comparison of a received sign (case-insensitive hex) with the expected one. */
	public static boolean matches(String secret, Map<String, String> params, byte[] body, String received) {
		if (received == null) {
			return false;
		}
		byte[] expected = sign(secret, params, body).getBytes(StandardCharsets.US_ASCII);
		byte[] given = received.strip().toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, given);
	}

	private static byte[] md5(byte[] input) {
		try {
			return MessageDigest.getInstance("MD5").digest(input);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package com.baolink.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Lower-case hex SHA-256 (document ETags and the hash of the partner URL a document came from). */
final class Sha256 {

	private Sha256() {
	}

	static String hex(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String hex(String text) {
		return hex(text.getBytes(StandardCharsets.UTF_8));
	}

}

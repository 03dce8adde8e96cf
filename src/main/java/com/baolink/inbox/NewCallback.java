package com.baolink.inbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A callback as received, about to be stored. {@code dedupeKey} identifies the same content sent
 * again (SHA-256 of source, kind, verdict and the canonical payload).
 */
record NewCallback(String source, CallbackKind kind, String dedupeKey, String rawBody, String headers,
		String remoteAddr, SignatureVerdict verdict, String partnerRef, CallbackStatus status, String lastError) {

	static String dedupeKey(String source, CallbackKind kind, SignatureVerdict verdict, String canonicalPayload) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			String material = source + "\n" + kind + "\n" + verdict + "\n" + canonicalPayload;
			return HexFormat.of().formatHex(sha.digest(material.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package com.baolink.share;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/** Link tokens: 256 random bits, base64url without padding (43 characters). */
final class ShareTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

	private ShareTokens() {
	}

	static String next() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Whether {@code token} could be one of ours at all (checked before any database look-up). */
	static boolean isWellFormed(String token) {
		return token != null && FORMAT.matcher(token).matches();
	}

}

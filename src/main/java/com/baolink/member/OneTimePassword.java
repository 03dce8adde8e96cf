package com.baolink.member;

import java.security.SecureRandom;

/**
 * A password staff hand over once (new staff user, password reset): 4 groups of 4 characters from
 * an alphabet without look-alikes (no 0/O, 1/l/I), about 95 bits. It must be changed at first login
 * ({@link PasswordChangeGate}); it is shown once and never stored in clear.
 */
final class OneTimePassword {

	static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private OneTimePassword() {
	}

	/** A fresh password that {@link MemberPasswordRule} accepts for {@code login}. */
	static String generate(String login) {
		while (true) {
			StringBuilder out = new StringBuilder(19);
			for (int group = 0; group < 4; group++) {
				if (group > 0) {
					out.append('-');
				}
				for (int i = 0; i < 4; i++) {
					out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
				}
			}
			String candidate = out.toString();
			if (MemberPasswordRule.problem(candidate, login, null).isEmpty()) {
				return candidate;
			}
		}
	}

}

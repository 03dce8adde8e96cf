package com.baolink.member;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;

/**
 * A password the portal accepts (set by staff, or chosen by the account holder): 12–128
 * characters, not padded with white space, not containing the account's login or mobile number,
 * not on the shipped list of common passwords ({@code security/common-passwords.txt}, also
 * after dropping trailing digits and symbols and undoing l33t spelling) and strong enough for the
 * nbvcxz estimator (at least {@value #MIN_ENTROPY} bits).
 */
public final class MemberPasswordRule {

	public static final int MIN = 12;

	public static final int MAX = 128;

	static final double MIN_ENTROPY = 40d;

	private static final Set<String> COMMON = load("/security/common-passwords.txt");

	private static final Nbvcxz ESTIMATOR = new Nbvcxz(
			new ConfigurationBuilder().setMinimumEntropy(MIN_ENTROPY).createConfiguration());

	private MemberPasswordRule() {
	}

	/** The first problem of {@code password} for this account, as a message key; empty when it is acceptable. */
	public static Optional<Problem> problem(String password, String login, String mobile) {
		if (password == null || password.isEmpty()) {
			return Optional.of(Problem.REQUIRED);
		}
		if (password.length() > MAX) {
			return Optional.of(Problem.TOO_LONG);
		}
		if (!password.strip().equals(password)) {
			return Optional.of(Problem.WHITESPACE_PADDED);
		}
		if (password.codePointCount(0, password.length()) < MIN) {
			return Optional.of(Problem.TOO_SHORT);
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (contains(lower, login) || contains(lower, mobile)) {
			return Optional.of(Problem.CONTAINS_LOGIN);
		}
		if (isCommon(lower)) {
			return Optional.of(Problem.COMMON);
		}
		if (!estimate(password)) {
			return Optional.of(Problem.WEAK);
		}
		return Optional.empty();
	}

	static boolean isAcceptable(String password, String login, String mobile) {
		return problem(password, login, mobile).isEmpty();
	}

	private static synchronized boolean estimate(String password) {
		return ESTIMATOR.estimate(password).isMinimumEntropyMet();
	}

	private static boolean contains(String lowerPassword, String identity) {
		if (identity == null || identity.isBlank()) {
			return false;
		}
		String value = identity.strip().toLowerCase(Locale.ROOT);
		if (lowerPassword.contains(value)) {
			return true;
		}
		// a mobile number also counts without its first digits: the last 8 are what people reuse
		return value.length() == 11 && value.chars().allMatch(Character::isDigit)
				&& lowerPassword.contains(value.substring(3));
	}

	static boolean isCommon(String lower) {
		if (COMMON.contains(lower)) {
			return true;
		}
		String base = lower.replaceAll("[\\d\\p{Punct}\\s]+$", "");
		if (base.length() >= 4 && COMMON.contains(base)) {
			return true;
		}
		String unleet = unleet(lower);
		String unleetBase = unleet.replaceAll("[\\d\\p{Punct}\\s]+$", "");
		return COMMON.contains(unleet) || (unleetBase.length() >= 4 && COMMON.contains(unleetBase));
	}

	private static String unleet(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			out.append(switch (c) {
				case '@', '4' -> 'a';
				case '0' -> 'o';
				case '1', '!' -> 'i';
				case '3' -> 'e';
				case '$', '5' -> 's';
				case '7' -> 't';
				default -> c;
			});
		}
		return out.toString();
	}

	private static Set<String> load(String resource) {
		Set<String> words = new HashSet<>();
		try (InputStream in = MemberPasswordRule.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				String word = line.strip().toLowerCase(Locale.ROOT);
				if (!word.isEmpty() && !word.startsWith("#")) {
					words.add(word);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(words);
	}

	/** Why a password is refused; {@link #messageKey()} in the security bundle. */
	public enum Problem {

		REQUIRED, TOO_SHORT, TOO_LONG, WHITESPACE_PADDED, CONTAINS_LOGIN, COMMON, WEAK;

		public String messageKey() {
			return "security.password." + name();
		}

	}

}

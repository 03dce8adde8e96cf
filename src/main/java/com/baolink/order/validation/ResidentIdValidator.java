package com.baolink.order.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The 18-character mainland resident ID (GB 11643): 17 digits and a check character computed with
 * ISO 7064 MOD 11-2, with the date of birth at positions 7–14 and the sex in position 17 (odd: male).
 * A lowercase {@code x} is accepted and treated as {@code X}; use {@link #normalise} before sending.
 */
public final class ResidentIdValidator {

	public enum Problem {

		/** Not 17 ASCII digits followed by a digit or X. */
		FORMAT,
		/** The embedded date of birth is not a real date, before 1900 or in the future. */
		BIRTH_DATE,
		/** The check character does not match. */
		CHECK_CHARACTER

	}

	private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

	private ResidentIdValidator() {
	}

	/** Upper-cases a trailing x; null stays null. */
	public static String normalise(String id) {
		return id == null ? null : id.toUpperCase(Locale.ROOT);
	}

	/** What is wrong with {@code id}, judged on {@code today}; empty when it is a valid ID. */
	public static Optional<Problem> problem(String id, LocalDate today) {
		String value = normalise(id);
		if (value == null || value.length() != 18 || !SHAPE.matcher(value).matches()) {
			return Optional.of(Problem.FORMAT);
		}
		Optional<LocalDate> birth = parseBirthDate(value);
		if (birth.isEmpty() || birth.get().getYear() < 1900 || birth.get().isAfter(today)) {
			return Optional.of(Problem.BIRTH_DATE);
		}
		if (checkCharacter(value) != value.charAt(17)) {
			return Optional.of(Problem.CHECK_CHARACTER);
		}
		return Optional.empty();
	}

	public static boolean isValid(String id, LocalDate today) {
		return problem(id, today).isEmpty();
	}

	/** The date of birth of a valid ID. */
	public static LocalDate birthDate(String validId) {
		return parseBirthDate(normalise(validId)).orElseThrow();
	}

	/** "M" or "F" from the sequence digit of a valid ID. */
	public static String gender(String validId) {
		return (validId.charAt(16) - '0') % 2 == 1 ? "M" : "F";
	}

	/** The check character for the first 17 digits (ISO 7064 MOD 11-2). */
	static char checkCharacter(String id) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (id.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK[sum % 11];
	}

	private static Optional<LocalDate> parseBirthDate(String id) {
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
					Integer.parseInt(id.substring(12, 14))));
		}
		catch (DateTimeException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

}

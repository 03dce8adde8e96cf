package com.baolink.sandbox.aigoubao;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** 18-digit PRC resident ID numbers (GB 11643): check character, birthday, gender, masking. */
final class IdCards {

	static final String TYPE_ID_CARD = "1";

	private static final Pattern SHAPE = Pattern.compile("\\d{17}[0-9X]");

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK_CHARS = "10X98765432";

	private IdCards() {
	}

	static boolean isValid(String number) {
		if (number == null || !SHAPE.matcher(number).matches() || birthday(number) == null) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (number.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_CHARS.charAt(sum % 11) == number.charAt(17);
	}

	/** Birthday encoded in a resident ID number, or null. */
	static LocalDate birthday(String number) {
		if (number == null || number.length() != 18) {
			return null;
		}
		try {
			return LocalDate.parse(number.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** "M" or "F" from the 17th digit, or null. */
	static String gender(String number) {
		if (number == null || number.length() != 18 || !Character.isDigit(number.charAt(16))) {
			return null;
		}
		return (number.charAt(16) - '0') % 2 == 1 ? "M" : "F";
	}

	/** {@code 110105********002X}: first 6 and last 4 characters kept. Short numbers keep less. */
	static String mask(String number) {
		if (number == null || number.isEmpty()) {
			return "";
		}
		int keepHead = number.length() >= 12 ? 6 : Math.min(2, number.length() / 3);
		int keepTail = number.length() >= 12 ? 4 : Math.min(3, number.length() / 3);
		int hidden = number.length() - keepHead - keepTail;
		return number.substring(0, keepHead) + "*".repeat(Math.max(hidden, 0))
				+ number.substring(number.length() - keepTail);
	}

	static String cardTypeText(String type) {
		return switch (type == null ? "" : type) {
			case "1" -> "身份证";
			case "2" -> "护照";
			case "3" -> "港澳通行证";
			case "4" -> "台胞证";
			case "5" -> "军官证";
			default -> "其他";
		};
	}

	static String genderText(String gender) {
		return "M".equals(gender) ? "男" : "F".equals(gender) ? "女" : null;
	}

}

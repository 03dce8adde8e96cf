package com.baolink.infrastructure.crypto;

/** How personal data is shown and logged: never in full. */
public final class Masking {

	private Masking() {
	}

	/** {@code 110101********1234}: first 6 and last 4 of an ID number kept (first/last 2 when shorter than 12). */
	public static String idNumber(String value) {
		if (value == null || value.isBlank()) {
			return value;
		}
		String v = value.strip();
		int keepStart = v.length() >= 12 ? 6 : Math.min(2, v.length() / 3);
		int keepEnd = v.length() >= 12 ? 4 : Math.min(2, v.length() / 3);
		return v.substring(0, keepStart) + "*".repeat(v.length() - keepStart - keepEnd) + v.substring(v.length() - keepEnd);
	}

	/** {@code 138****0001}. */
	public static String mobile(String value) {
		if (value == null || value.isBlank()) {
			return value;
		}
		String v = value.strip();
		if (v.length() < 7) {
			return "*".repeat(v.length());
		}
		return v.substring(0, 3) + "*".repeat(v.length() - 7) + v.substring(v.length() - 4);
	}

	/** {@code z***@example.com}. */
	public static String email(String value) {
		if (value == null || value.isBlank()) {
			return value;
		}
		String v = value.strip();
		int at = v.indexOf('@');
		if (at <= 0) {
			return "***";
		}
		return v.charAt(0) + "***" + v.substring(at);
	}

}

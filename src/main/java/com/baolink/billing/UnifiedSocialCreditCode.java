package com.baolink.billing;

import java.util.Locale;

/**
 * The 18-character unified social credit code (统一社会信用代码, GB 32100-2015) a company invoice
 * needs as taxpayer number: characters from {@code 0-9 A-H J-N P-R T-U W-Y} (no I, O, S, V, Z), the
 * last one a check character: weights 3^i mod 31, check = 31 − (Σ value·weight mod 31), 31 → '0'.
 */
public final class UnifiedSocialCreditCode {

	static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	static final int LENGTH = 18;

	private static final int[] WEIGHTS = new int[LENGTH - 1];

	static {
		int weight = 1;
		for (int i = 0; i < WEIGHTS.length; i++) {
			WEIGHTS[i] = weight;
			weight = weight * 3 % 31;
		}
	}

	private UnifiedSocialCreditCode() {
	}

	/** Upper-cased and stripped of surrounding blanks; null stays null. */
	public static String normalise(String code) {
		return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
	}

	/** Whether {@code code} (already normalised) has the right length, characters and check character. */
	public static boolean isValid(String code) {
		if (code == null || code.length() != LENGTH) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < LENGTH - 1; i++) {
			int value = CHARSET.indexOf(code.charAt(i));
			if (value < 0) {
				return false;
			}
			sum += value * WEIGHTS[i];
		}
		return CHARSET.indexOf(code.charAt(LENGTH - 1)) == checkValue(sum);
	}

	private static int checkValue(int sum) {
		int check = 31 - sum % 31;
		return check == 31 ? 0 : check;
	}

}

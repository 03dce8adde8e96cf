package com.baolink.order.validation;

import java.util.regex.Pattern;

/**
 * A person's name as printed on a policy: 1–50 letters of any script (Chinese, Latin…), with
 * spaces, the middle dot used in transliterated names, dots and hyphens. Markup and quotes are refused.
 */
public final class PersonNameValidator {

	private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} ·.\\-]{0,49}");

	private PersonNameValidator() {
	}

	public static boolean isValid(String name) {
		return name != null && name.length() <= 50 && NAME.matcher(name).matches();
	}

}

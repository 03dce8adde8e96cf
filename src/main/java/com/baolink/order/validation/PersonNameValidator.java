package com.baolink.order.validation;

import java.util.regex.Pattern;

/**
 * A person's name as printed on a policy: 1–32 letters (AiGouBao's String(32)) of any script (Chinese, Latin…), with
 * spaces, the middle dot used in transliterated names, dots and hyphens. Markup and quotes are refused.
 */
public final class PersonNameValidator {

	private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} ·.\\-]{0,31}");

	public static final int MAX = 32;

	private PersonNameValidator() {
	}

	public static boolean isValid(String name) {
		return name != null && name.length() <= MAX && NAME.matcher(name).matches();
	}

}

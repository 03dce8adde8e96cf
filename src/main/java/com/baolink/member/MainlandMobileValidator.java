package com.baolink.member;

import java.util.regex.Pattern;

/** A mainland China mobile number: 11 ASCII digits starting 13–19. */
public final class MainlandMobileValidator {

	// Java's \d matches ASCII digits only, so full-width digits are refused.
	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	private MainlandMobileValidator() {
	}

	public static boolean isValid(String mobile) {
		return mobile != null && mobile.length() == 11 && MOBILE.matcher(mobile).matches();
	}

}

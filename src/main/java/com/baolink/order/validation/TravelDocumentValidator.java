package com.baolink.order.validation;

import java.util.regex.Pattern;

/**
 * Card numbers other than the resident ID: a passport is 5–17 ASCII letters/digits; HK/Macau and
 * Taiwan passes and the military officer card are 5–20 ASCII letters/digits.
 */
public final class TravelDocumentValidator {

	private static final Pattern PASSPORT = Pattern.compile("[A-Za-z0-9]{5,17}");

	private static final Pattern OTHER = Pattern.compile("[A-Za-z0-9]{5,20}");

	private TravelDocumentValidator() {
	}

	public static boolean isValidPassport(String number) {
		return number != null && number.length() <= 17 && PASSPORT.matcher(number).matches();
	}

	public static boolean isValidOtherDocument(String number) {
		return number != null && number.length() <= 20 && OTHER.matcher(number).matches();
	}

}

package com.baolink.order;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import com.baolink.infrastructure.crypto.PersonalDataCipher;

/**
 * The one place that turns an ID number or a mobile number into the exact-match key history search
 * looks up (table {@code order_search_key}): normalised (spaces removed, upper case), then hashed
 * with the portal's keyed HMAC ({@link PersonalDataCipher#hash}, its key from the environment), so
 * the table cannot be reversed by hashing every possible ID number. A mobile number and an ID number
 * hash into different kinds, so they can never match each other.
 */
@Component
public final class SearchKeys {

	/** What a key was made of. */
	public enum Kind {

		ID_NUMBER, MOBILE

	}

	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	private static final Pattern DOCUMENT = Pattern.compile("[0-9A-Z]{5,20}");

	private final PersonalDataCipher cipher;

	SearchKeys(PersonalDataCipher cipher) {
		this.cipher = cipher;
	}

	/** The key of an ID/passport/pass number, or empty when the text cannot be one. */
	public Optional<String> idNumber(String cardNo) {
		String normalised = normalise(cardNo);
		return normalised != null && DOCUMENT.matcher(normalised).matches() && normalised.chars().anyMatch(Character::isDigit)
				? Optional.of(hash(Kind.ID_NUMBER, normalised)) : Optional.empty();
	}

	/** The key of a mainland mobile number, or empty when the text is not one. */
	public Optional<String> mobile(String mobile) {
		String normalised = normalise(mobile);
		return normalised != null && MOBILE.matcher(normalised).matches() ? Optional.of(hash(Kind.MOBILE, normalised))
				: Optional.empty();
	}

	private static String normalise(String text) {
		if (text == null) {
			return null;
		}
		String compact = text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		return compact.isEmpty() ? null : compact;
	}

	String hash(Kind kind, String normalised) {
		return this.cipher.hash(kind.name() + ":" + normalised);
	}

}

package com.baolink.order.validation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.baolink.order.CardType;

/**
 * The portal's card types ({@link CardType}, by their stored code), checking a number against its
 * type, and the masked form that is the only one ever stored.
 */
public final class CardTypes {

	public static final String RESIDENT_ID = CardType.RESIDENT_ID.code();

	public static final String PASSPORT = CardType.PASSPORT.code();

	public static final Set<String> ALL = Arrays.stream(CardType.values())
		.map(CardType::code)
		.collect(Collectors.toUnmodifiableSet());

	private CardTypes() {
	}

	public static boolean isKnown(String cardType) {
		return cardType != null && ALL.contains(cardType);
	}

	/** The message key of what is wrong with {@code cardNo} for {@code cardType}; empty when valid. */
	public static Optional<String> problem(String cardType, String cardNo, LocalDate today) {
		if (RESIDENT_ID.equals(cardType)) {
			return ResidentIdValidator.problem(cardNo, today).map(problem -> switch (problem) {
				case FORMAT -> "validation.residentId.format";
				case BIRTH_DATE -> "validation.residentId.birthDate";
				case CHECK_CHARACTER -> "validation.residentId.checkCharacter";
			});
		}
		if (PASSPORT.equals(cardType)) {
			return TravelDocumentValidator.isValidPassport(cardNo) ? Optional.empty()
					: Optional.of("validation.passport");
		}
		return TravelDocumentValidator.isValidOtherDocument(cardNo) ? Optional.empty()
				: Optional.of("validation.otherDocument");
	}

	/**
	 * A resident ID keeps its first 6 and last 4 characters, any other number its first 2 and last 3;
	 * everything between becomes '*'. Numbers too short to mask that way are fully starred.
	 */
	public static String mask(String cardType, String cardNo) {
		if (cardNo == null || cardNo.isEmpty()) {
			return cardNo;
		}
		int head = RESIDENT_ID.equals(cardType) ? 6 : 2;
		int tail = RESIDENT_ID.equals(cardType) ? 4 : 3;
		if (cardNo.length() <= head + tail) {
			return "*".repeat(cardNo.length());
		}
		return cardNo.substring(0, head) + "*".repeat(cardNo.length() - head - tail)
				+ cardNo.substring(cardNo.length() - tail);
	}

}

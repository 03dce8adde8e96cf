package com.baolink.order;

import java.util.Arrays;
import java.util.Optional;

/**
 * The identity documents a holder or insured person may buy with. {@link #code()} is the portal's
 * stored form (orders, personal data and the buy forms carry it); each channel adapter translates
 * it into its partner's own code. Labels: {@code order.cardType.<NAME>}.
 */
public enum CardType {

	RESIDENT_ID("1"), PASSPORT("2"), HK_MACAU_PASS("3"), TAIWAN_PASS("4"), MILITARY_OFFICER("5");

	private final String code;

	CardType(String code) {
		this.code = code;
	}

	/** The portal's stored code. */
	public String code() {
		return this.code;
	}

	/** The card type stored as {@code code}; empty for anything else (including null). */
	public static Optional<CardType> ofCode(String code) {
		return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
	}

}

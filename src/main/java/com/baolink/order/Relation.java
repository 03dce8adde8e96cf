package com.baolink.order;

import java.util.Arrays;
import java.util.Optional;

/**
 * How an insured person is related to the holder. {@link #code()} is the portal's stored form; each
 * channel adapter translates it into its partner's own code. Labels: {@code order.relation.<NAME>}.
 */
public enum Relation {

	SELF("1"), PARENT("2"), CHILD("3"), SPOUSE("4"), OTHER("5");

	private final String code;

	Relation(String code) {
		this.code = code;
	}

	/** The portal's stored code. */
	public String code() {
		return this.code;
	}

	/** The relation stored as {@code code}; empty for anything else (including null). */
	public static Optional<Relation> ofCode(String code) {
		return Arrays.stream(values()).filter(relation -> relation.code.equals(code)).findFirst();
	}

}

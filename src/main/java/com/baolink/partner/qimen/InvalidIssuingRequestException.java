package com.baolink.partner.qimen;

/** The business request is malformed: {@link #getMessage()} is {@code <field>: <reason>}. */
public class InvalidIssuingRequestException extends RuntimeException {

	public InvalidIssuingRequestException(String field, String reason) {
		super(field + ": " + reason, null, false, false);
	}

}

package com.baolink.partner;

/**
 * A partner could not be reached or did not answer in time (or answered something unreadable).
 * The member is told the partner is not answering and that the order is safe; background jobs retry.
 */
public class PartnerUnavailableException extends RuntimeException {

	public PartnerUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}

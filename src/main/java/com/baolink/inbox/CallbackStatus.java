package com.baolink.inbox;

/** Where a stored callback stands. */
public enum CallbackStatus {

	/** Stored and acknowledged, not processed yet. */
	RECEIVED,
	/** The order it names was pulled from the partner. */
	PROCESSED,
	/** Acknowledged, but no order of ours has that reference: flagged for staff. */
	UNMATCHED,
	/** Processing failed; retried while {@code next_attempt_at} is set, else left for staff. */
	FAILED,
	/** Malformed or badly signed: recorded, never processed. */
	REJECTED

}

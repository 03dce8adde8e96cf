package com.baolink.inbox;

/** Where a stored callback stands. */
public enum CallbackStatus {

	/** Stored and acknowledged, not processed yet. */
	RECEIVED,
	/** The order it names was pulled from the partner. */
	PROCESSED,
	/** Acknowledged, but no order of ours has that reference: flagged for staff. */
	UNMATCHED,
	/** The engine gave up processing it (last error kept); staff may replay it. */
	FAILED,
	/** Malformed or badly signed: recorded, never processed. */
	REJECTED

}

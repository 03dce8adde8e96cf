package com.baolink.inbox;

/** What a partner callback reports (it is only ever a hint to pull the order). */
public enum CallbackKind {

	/** Insure / issuing result. */
	DELIVER,
	/** Surrender result. */
	SURRENDER,
	/** Refund result. */
	REFUND

}

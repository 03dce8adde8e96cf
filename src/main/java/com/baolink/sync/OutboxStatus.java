package com.baolink.sync;

/** Where an outbox row stands. */
public enum OutboxStatus {

	/** Waiting for its (next) attempt. */
	PENDING,
	/** Rows from before the background engine; migrated to PENDING. */
	SENDING,
	/** The partner acknowledged it. */
	SENT,
	/** Refused for good or given up after the configured age: staff must look at it. */
	FAILED

}

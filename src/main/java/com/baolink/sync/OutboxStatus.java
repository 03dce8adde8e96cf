package com.baolink.sync;

/** Where an outbox row stands. */
public enum OutboxStatus {

	/** Waiting for its (next) attempt. */
	PENDING,
	/** Claimed by a worker until {@code claimed_until}; claimable again once that has passed. */
	SENDING,
	/** The partner acknowledged it. */
	SENT,
	/** Refused for good or given up after the configured age: staff must look at it. */
	FAILED

}

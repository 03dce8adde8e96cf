package com.baolink.engine;

/**
 * One kind of one-time task, implemented by the module that owns the work. An execution is
 * identified by {@code id} (our own key: a callback id, an outbox row id, an order id), so
 * scheduling the same work twice before it ran is one execution. Running an execution twice (after a
 * crash between the partner call and the commit) must be harmless: partner calls are idempotent on
 * our own serial numbers.
 */
public interface JobHandler {

	/** The task's name in the engine and in configuration ({@code baolink.engine.retry.<task>}). */
	String task();

	/**
	 * Does the work once. A thrown exception is a failed attempt: the task's {@link RetryPolicy}
	 * decides when it runs again, or gives up ({@link #gaveUp}).
	 */
	JobOutcome run(String id, JobAttempt attempt);

	/** The policy gave up on {@code id} (or {@link JobOutcome.GiveUp} was returned); staff may run it again. */
	default void gaveUp(String id, String error) {
	}

	/** Staff run a given-up {@code id} again: put the module's own record back in its waiting state. */
	default void beforeRunAgain(String id) {
	}

}

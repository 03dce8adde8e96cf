package com.baolink.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When a kind of task runs again: after the n-th failed (or unfinished) attempt in a row it waits
 * {@code backoff[n-1]}, past the list every {@code thenEvery}; once the work is older than
 * {@code giveUpAfter} it is given up (kept for staff, who may run it again).
 */
public record RetryPolicy(List<Duration> backoff, Duration thenEvery, Duration giveUpAfter) {

	public RetryPolicy {
		if (backoff == null || backoff.isEmpty() || thenEvery == null || giveUpAfter == null) {
			throw new IllegalArgumentException("A retry policy needs backoff steps, then-every and give-up-after");
		}
		if (backoff.stream().anyMatch(step -> step.isNegative() || step.isZero()) || (thenEvery.isNegative() || thenEvery.isZero())
				|| (giveUpAfter.isNegative() || giveUpAfter.isZero())) {
			throw new IllegalArgumentException("Retry policy durations must be positive");
		}
		backoff = List.copyOf(backoff);
	}

	/** The wait after {@code attempts} attempts in a row did not finish the work (1 = the first). */
	public Duration delayAfter(int attempts) {
		int index = Math.max(attempts, 1) - 1;
		return index < this.backoff.size() ? this.backoff.get(index) : this.thenEvery;
	}

	/** When to run next after {@code attempts} unfinished attempts, or null: give up. */
	public Instant nextAttempt(int attempts, Instant firstScheduledAt, Instant now) {
		Instant next = now.plus(delayAfter(attempts));
		return now.isBefore(firstScheduledAt.plus(this.giveUpAfter)) ? next : null;
	}

}

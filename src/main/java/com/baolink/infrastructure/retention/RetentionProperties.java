package com.baolink.infrastructure.retention;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long data is kept ({@code baolink.retention.*}): raw bodies of handled callbacks (processed,
 * unmatched, refused) and the refused-callback counters {@code callback-bodies} (P90D, at least
 * P7D: the portal does not start with less), login-throttle rows {@code login-attempts} (P1D after
 * their window and lock ended); expired sessions are deleted at once. {@code batch-size} rows per
 * statement, {@code max-batches} statements per table and pass.
 */
@ConfigurationProperties("baolink.retention")
public record RetentionProperties(Duration callbackBodies, Duration loginAttempts, Integer batchSize,
		Integer maxBatches, Duration interval) {

	public static final Duration MIN_CALLBACK_BODIES = Duration.ofDays(7);

	public RetentionProperties {
		callbackBodies = callbackBodies == null ? Duration.ofDays(90) : callbackBodies;
		loginAttempts = loginAttempts == null ? Duration.ofDays(1) : loginAttempts;
		batchSize = batchSize == null ? 500 : batchSize;
		maxBatches = maxBatches == null ? 20 : maxBatches;
		interval = interval == null ? Duration.ofHours(1) : interval;
		if (callbackBodies.compareTo(MIN_CALLBACK_BODIES) < 0) {
			throw new IllegalArgumentException("baolink.retention.callback-bodies must be at least P7D (staff and "
					+ "partners need a week to look into a callback), was " + callbackBodies);
		}
		if (loginAttempts.isNegative() || batchSize < 1 || maxBatches < 1) {
			throw new IllegalArgumentException("baolink.retention: login-attempts, batch-size and max-batches must be positive");
		}
	}

}

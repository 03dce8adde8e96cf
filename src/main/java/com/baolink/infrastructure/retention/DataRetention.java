package com.baolink.infrastructure.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Deletes what the portal no longer needs, in bounded batches: callbacks handled (processed,
 * unmatched, refused) longer ago than {@code callback-bodies} with their raw bodies, and the
 * refused-callback counters of that age; login-throttle rows whose window and lock ended
 * {@code login-attempts} ago; expired sessions. Callbacks still to process or failed (waiting for
 * staff) are never deleted. {@link #runOnce()} is one pass; {@link RetentionJob} schedules it.
 */
@Service
public class DataRetention {

	private static final Logger log = LoggerFactory.getLogger(DataRetention.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final RetentionProperties properties;

	DataRetention(JdbcClient jdbc, Clock clock, RetentionProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
	}

	/** One bounded pass over every table; returns what was deleted. */
	public Deleted runOnce() {
		Instant now = this.clock.instant();
		Timestamp callbacksBefore = Timestamp.from(now.minus(this.properties.callbackBodies()));
		Timestamp attemptsBefore = Timestamp.from(now.minus(this.properties.loginAttempts()));
		int callbacks = batched("""
				DELETE FROM inbound_callback
				WHERE status IN ('PROCESSED', 'UNMATCHED', 'REJECTED') AND COALESCE(processed_at, received_at) < :before
				LIMIT :batch""", "before", callbacksBefore);
		int counters = batched("DELETE FROM refused_callback_count WHERE hour_start < :before LIMIT :batch", "before",
				callbacksBefore);
		int attempts = batched("""
				DELETE FROM login_attempt
				WHERE window_start < :before AND (locked_until IS NULL OR locked_until < :before)
				LIMIT :batch""", "before", attemptsBefore);
		int sessions = batched("DELETE FROM SPRING_SESSION WHERE EXPIRY_TIME < :before LIMIT :batch", "before",
				now.toEpochMilli());
		// The engine's per-minute completion counters are read for the last hour only.
		batched("DELETE FROM engine_done WHERE minute < :before LIMIT :batch", "before",
				now.minus(java.time.Duration.ofDays(2)).toEpochMilli() / 60_000);
		Deleted deleted = new Deleted(callbacks, counters, attempts, sessions);
		if (deleted.total() > 0) {
			log.info("Retention deleted {} callbacks, {} refused-callback counters, {} login-throttle rows, {} expired sessions",
					callbacks, counters, attempts, sessions);
		}
		return deleted;
	}

	private int batched(String sql, String name, Object value) {
		int total = 0;
		for (int batch = 0; batch < this.properties.maxBatches(); batch++) {
			int deleted = this.jdbc.sql(sql).param(name, value).param("batch", this.properties.batchSize()).update();
			total += deleted;
			if (deleted < this.properties.batchSize()) {
				break;
			}
		}
		return total;
	}

	/** Rows deleted by one pass, per table. */
	public record Deleted(int callbacks, int refusedCounters, int loginAttempts, int sessions) {

		public int total() {
			return this.callbacks + this.refusedCounters + this.loginAttempts + this.sessions;
		}

	}

}

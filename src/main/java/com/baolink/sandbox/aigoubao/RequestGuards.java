package com.baolink.sandbox.aigoubao;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The gateway's replay protection and rate limit, kept in tables so that they hold across nodes:
 * a nonce may be used once (remembered for 10 minutes, longer than a timestamp stays acceptable),
 * and at most {@code rateLimitPerMinute} accepted requests fall into the current and the previous
 * six 10-second slots (a window of 60 to 70 seconds).
 */
@Component
@Profile("sandbox")
class RequestGuards {

	static final Duration NONCE_MEMORY = Duration.ofMinutes(10);

	private static final long SLOT_SECONDS = 10;

	private static final long PAST_SLOTS = 6;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SandboxAigoubaoProperties properties;

	RequestGuards(JdbcClient jdbc, Clock clock, SandboxAigoubaoProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
	}

	/** @return false when the nonce was already used */
	boolean firstUseOf(String nonce) {
		Instant now = this.clock.instant();
		this.jdbc.sql("DELETE FROM sbx_nonce WHERE seen_at < ?")
			.param(Timestamp.from(now.minus(NONCE_MEMORY)))
			.update();
		try {
			this.jdbc.sql("INSERT INTO sbx_nonce (nonce, seen_at) VALUES (?, ?)")
				.param(nonce)
				.param(Timestamp.from(now))
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/** Counts this request; @return false when the budget of the last minute is exceeded. */
	boolean withinRateLimit() {
		long slot = this.clock.instant().getEpochSecond() / SLOT_SECONDS;
		this.jdbc.sql("INSERT INTO sbx_rate_slot (slot, hits) VALUES (?, 1) ON DUPLICATE KEY UPDATE hits = hits + 1")
			.param(slot)
			.update();
		this.jdbc.sql("DELETE FROM sbx_rate_slot WHERE slot < ?").param(slot - 60).update();
		Long hits = this.jdbc.sql("SELECT COALESCE(SUM(hits), 0) FROM sbx_rate_slot WHERE slot BETWEEN ? AND ?")
			.param(slot - PAST_SLOTS)
			.param(slot)
			.query(Long.class)
			.single();
		return hits <= this.properties.rateLimitPerMinute();
	}

}

package com.baolink.infrastructure.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed logins per account and remote address in the database (so every node sees them)
 * and locks that pair for a while after too many failures.
 */
@Component
public class LoginThrottle {

	static final int MAX_FAILURES = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration LOCK = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate transactions;

	LoginThrottle(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	public boolean isLocked(String login, String address) {
		return lockedUntil(key(login, address)).filter(until -> until.isAfter(this.clock.instant())).isPresent();
	}

	/**
	 * Records a failure; returns true when the pair is now locked. The row is created first on its
	 * own (parallel first failures would otherwise deadlock on the insert and go uncounted), then
	 * counted under its row lock.
	 */
	public boolean recordFailure(String login, String address) {
		String key = key(login, address);
		Instant now = this.clock.instant();
		this.jdbc.sql("INSERT IGNORE INTO login_attempt (attempt_key, failures, window_start) VALUES (?, 0, ?)")
			.params(key, java.sql.Timestamp.from(now))
			.update();
		return Boolean.TRUE.equals(this.transactions.execute(status -> countFailure(key, now)));
	}

	private boolean countFailure(String key, Instant now) {
		Object[] row = this.jdbc.sql("SELECT failures, window_start FROM login_attempt WHERE attempt_key = ? FOR UPDATE")
			.param(key)
			.query((rs, i) -> new Object[] { rs.getInt(1), rs.getTimestamp(2).toInstant() })
			.optional()
			.orElse(null);
		if (row == null) {
			// A successful login of the same pair removed the row meanwhile.
			return false;
		}
		int failures = (int) row[0];
		Instant windowStart = (Instant) row[1];
		if (windowStart.plus(WINDOW).isBefore(now)) {
			failures = 0;
			windowStart = now;
		}
		failures++;
		Instant lockedUntil = failures >= MAX_FAILURES ? now.plus(LOCK) : null;
		this.jdbc.sql("UPDATE login_attempt SET failures = ?, window_start = ?, locked_until = ? WHERE attempt_key = ?")
			.params(failures, java.sql.Timestamp.from(windowStart),
					lockedUntil == null ? null : java.sql.Timestamp.from(lockedUntil), key)
			.update();
		return lockedUntil != null;
	}

	public void recordSuccess(String login, String address) {
		this.jdbc.sql("DELETE FROM login_attempt WHERE attempt_key = ?").param(key(login, address)).update();
	}

	private Optional<Instant> lockedUntil(String key) {
		return this.jdbc.sql("SELECT locked_until FROM login_attempt WHERE attempt_key = ?")
			.param(key)
			.query((rs, i) -> Optional.ofNullable(rs.getTimestamp(1)).map(java.sql.Timestamp::toInstant))
			.optional()
			.flatMap(o -> o);
	}

	private static String key(String login, String address) {
		String normalized = login == null ? "" : login.strip().toLowerCase();
		if (normalized.length() > 100) {
			normalized = normalized.substring(0, 100);
		}
		return normalized + "|" + address;
	}

}

package com.baolink.infrastructure.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed logins in the database (so every node sees them) on two independent counters:
 * <ul>
 * <li><b>per account</b>, whatever address the attempts come from: after
 * {@code baolink.login.account-max-failures} (10) failures within the window the account is locked
 * for {@code baolink.login.lock} (15 min) — staff can unlock it earlier;</li>
 * <li><b>per address</b>, whatever accounts are tried: after
 * {@code baolink.login.address-max-failures} (50) the address may not try any login for the lock
 * time.</li>
 * </ul>
 * The address is the request's remote address, which Tomcat takes from {@code X-Forwarded-For}
 * only when the connection comes from a configured proxy (see README), so a forged header can
 * neither dodge the account counter nor spread the address counter.
 */
@Component
public class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	static final String ACCOUNT = "acct|";

	static final String ADDRESS = "addr|";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final LoginThrottleProperties limits;

	LoginThrottle(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactionManager,
			LoginThrottleProperties limits) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		this.limits = limits;
	}

	/** Why a login may not be tried now, account first; empty when it may. */
	public Optional<Lock> lockOf(String login, String address) {
		Instant now = this.clock.instant();
		if (lockedUntil(accountKey(login)).filter(now::isBefore).isPresent()) {
			return Optional.of(Lock.ACCOUNT);
		}
		if (lockedUntil(addressKey(address)).filter(now::isBefore).isPresent()) {
			return Optional.of(Lock.ADDRESS);
		}
		return Optional.empty();
	}

	/** Until when the account is locked; empty when it is not (any more). */
	public Optional<Instant> accountLockedUntil(String login) {
		Instant now = this.clock.instant();
		return lockedUntil(accountKey(login)).filter(now::isBefore);
	}

	/**
	 * Records a failure on both counters; returns the lock now in force, if any. Each row is created
	 * first on its own (parallel first failures would otherwise deadlock on the insert and go
	 * uncounted), then counted under its row lock.
	 */
	public Optional<Lock> recordFailure(String login, String address) {
		Instant now = this.clock.instant();
		boolean account = count(accountKey(login), now, this.limits.accountMaxFailures());
		boolean addressLocked = count(addressKey(address), now, this.limits.addressMaxFailures());
		if (account) {
			return Optional.of(Lock.ACCOUNT);
		}
		return addressLocked ? Optional.of(Lock.ADDRESS) : Optional.empty();
	}

	/** A failure counted on the address only (an attempt refused because the account is locked). */
	public void recordAddressFailure(String address) {
		count(addressKey(address), this.clock.instant(), this.limits.addressMaxFailures());
	}

	/** A successful login clears the account's counter (the address keeps its count). */
	public void recordSuccess(String login) {
		this.jdbc.sql("DELETE FROM login_attempt WHERE attempt_key = ?").param(accountKey(login)).update();
	}

	/** Staff unlock: the account's failures are forgotten. True when it had any. */
	public boolean unlockAccount(String login) {
		boolean had = this.jdbc.sql("DELETE FROM login_attempt WHERE attempt_key = ?")
			.param(accountKey(login))
			.update() > 0;
		if (had) {
			log.info("Login lock of an account cleared by staff");
		}
		return had;
	}

	private boolean count(String key, Instant now, int max) {
		this.jdbc.sql("INSERT IGNORE INTO login_attempt (attempt_key, failures, window_start) VALUES (?, 0, ?)")
			.params(key, Timestamp.from(now))
			.update();
		return Boolean.TRUE.equals(this.transactions.execute(status -> countUnderLock(key, now, max)));
	}

	private boolean countUnderLock(String key, Instant now, int max) {
		Object[] row = this.jdbc.sql("SELECT failures, window_start, locked_until FROM login_attempt WHERE attempt_key = ? FOR UPDATE")
			.param(key)
			.query((rs, i) -> new Object[] { rs.getInt(1), rs.getTimestamp(2).toInstant(),
					rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant() })
			.optional()
			.orElse(null);
		if (row == null) {
			// A successful login (or staff) removed the row meanwhile.
			return false;
		}
		int failures = (int) row[0];
		Instant windowStart = (Instant) row[1];
		Instant lockedUntil = (Instant) row[2];
		if (lockedUntil != null && now.isBefore(lockedUntil)) {
			// already locked: attempts during the lock do not extend it (nobody can lock an account forever by itself)
			this.jdbc.sql("UPDATE login_attempt SET failures = failures + 1 WHERE attempt_key = ?").param(key).update();
			return true;
		}
		if (!windowStart.plus(this.limits.window()).isAfter(now) || lockedUntil != null) {
			failures = 0;
			windowStart = now;
			lockedUntil = null;
		}
		failures++;
		if (failures >= max) {
			lockedUntil = now.plus(this.limits.lock());
			log.warn("Login {} locked after {} failures", key.startsWith(ACCOUNT) ? "account" : "address", failures);
		}
		this.jdbc.sql("UPDATE login_attempt SET failures = ?, window_start = ?, locked_until = ? WHERE attempt_key = ?")
			.params(failures, Timestamp.from(windowStart), lockedUntil == null ? null : Timestamp.from(lockedUntil), key)
			.update();
		return lockedUntil != null;
	}

	private Optional<Instant> lockedUntil(String key) {
		return this.jdbc.sql("SELECT locked_until FROM login_attempt WHERE attempt_key = ?")
			.param(key)
			.query((rs, i) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
			.optional()
			.flatMap(o -> o);
	}

	static String accountKey(String login) {
		String normalized = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
		if (normalized.length() > 100) {
			normalized = normalized.substring(0, 100);
		}
		return ACCOUNT + normalized;
	}

	static String addressKey(String address) {
		String value = address == null ? "" : address;
		return ADDRESS + (value.length() > 64 ? value.substring(0, 64) : value);
	}

	/** What is locked: the account (for everyone), or the address (for every account). */
	public enum Lock {

		ACCOUNT, ADDRESS

	}

	/** Limits of {@link LoginThrottle}. */
	@org.springframework.boot.context.properties.ConfigurationProperties("baolink.login")
	public record LoginThrottleProperties(Integer accountMaxFailures, Integer addressMaxFailures, Duration window,
			Duration lock) {

		public LoginThrottleProperties {
			accountMaxFailures = accountMaxFailures == null ? 10 : accountMaxFailures;
			addressMaxFailures = addressMaxFailures == null ? 50 : addressMaxFailures;
			window = window == null ? Duration.ofMinutes(15) : window;
			lock = lock == null ? Duration.ofMinutes(15) : lock;
			if (accountMaxFailures < 1 || addressMaxFailures < 1 || window.isNegative() || lock.isNegative()) {
				throw new IllegalArgumentException("baolink.login limits must be positive");
			}
		}

	}

}

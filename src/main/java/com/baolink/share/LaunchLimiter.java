package com.baolink.share;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The per-link hourly launch limit, counted in the database so every node sees the same count: the
 * link's row is locked, the launches of the last hour counted and, when under the limit, this one
 * recorded — all in one transaction, so concurrent launches cannot overshoot.
 */
@Component
class LaunchLimiter {

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final ShareProperties properties;

	private final Clock clock;

	LaunchLimiter(JdbcClient jdbc, PlatformTransactionManager transactions, ShareProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.properties = properties;
		this.clock = clock;
	}

	/** Records a launch through the link and returns true, or returns false (nothing written) over the limit. */
	boolean tryAcquire(long shareLinkId) {
		Instant now = this.clock.instant();
		return Boolean.TRUE.equals(this.transaction.execute(status -> {
			this.jdbc.sql("SELECT id FROM share_link WHERE id = :id FOR UPDATE").param("id", shareLinkId).query(Long.class).single();
			long recent = this.jdbc.sql("""
					SELECT COUNT(*) FROM share_launch WHERE share_link_id = :id AND launched_at > :since""")
				.param("id", shareLinkId)
				.param("since", Timestamp.from(now.minus(ShareProperties.RATE_WINDOW)))
				.query(Long.class)
				.single();
			if (recent >= this.properties.launchesPerHour()) {
				return false;
			}
			this.jdbc.sql("INSERT INTO share_launch (share_link_id, launched_at) VALUES (:id, :now)")
				.param("id", shareLinkId)
				.param("now", Timestamp.from(now))
				.update();
			return true;
		}));
	}

}

package com.baolink.infrastructure.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** One retention pass deletes exactly what is old enough and keeps what staff may still need. */
@Tag("integration")
@SpringBootTest(properties = "baolink.engine.recurring=false")
class DataRetentionTests {

	@Autowired
	DataRetention retention;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void deletesOldHandledCallbacksStaleLoginRowsAndExpiredSessionsOnly() {
		Instant now = this.clock.instant();
		String tag = UUID.randomUUID().toString().substring(0, 8);
		long oldProcessed = callback(tag, "PROCESSED", now.minus(Duration.ofDays(95)));
		long oldRejected = callback(tag, "REJECTED", now.minus(Duration.ofDays(91)));
		long oldFailed = callback(tag, "FAILED", now.minus(Duration.ofDays(200)));
		long oldReceived = callback(tag, "RECEIVED", now.minus(Duration.ofDays(200)));
		long recentProcessed = callback(tag, "PROCESSED", now.minus(Duration.ofDays(80)));
		attempt("acct|old-" + tag, now.minus(Duration.ofDays(3)), null);
		attempt("acct|locked-" + tag, now.minus(Duration.ofDays(3)), now.plus(Duration.ofMinutes(5)));
		attempt("acct|fresh-" + tag, now.minus(Duration.ofMinutes(5)), null);
		session("expired-" + tag, now.minus(Duration.ofMinutes(1)));
		session("open-" + tag, now.plus(Duration.ofMinutes(29)));

		DataRetention.Deleted deleted = this.retention.runOnce();

		assertThat(deleted.callbacks()).isGreaterThanOrEqualTo(2);
		assertThat(callbackIds(tag)).containsExactlyInAnyOrder(oldFailed, oldReceived, recentProcessed)
			.doesNotContain(oldProcessed, oldRejected);
		assertThat(this.jdbc.sql("SELECT attempt_key FROM login_attempt WHERE attempt_key LIKE ?")
			.param("%" + tag)
			.query(String.class)
			.list()).containsExactlyInAnyOrder("acct|locked-" + tag, "acct|fresh-" + tag);
		assertThat(this.jdbc.sql("SELECT SESSION_ID FROM SPRING_SESSION WHERE SESSION_ID LIKE ?")
			.param("%" + tag)
			.query(String.class)
			.list()).containsExactly("open-" + tag);
	}

	@Test
	void refusesToStartWithLessThanSevenDaysOfCallbackBodies() {
		new ApplicationContextRunner().withUserConfiguration(PropertiesOnly.class)
			.withPropertyValues("baolink.retention.callback-bodies=P6D")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("at least P7D"));
		new ApplicationContextRunner().withUserConfiguration(PropertiesOnly.class)
			.withPropertyValues("baolink.retention.callback-bodies=P7D")
			.run(context -> assertThat(context.getBean(RetentionProperties.class).callbackBodies())
				.isEqualTo(Duration.ofDays(7)));
		assertThat(new RetentionProperties(null, null, null, null, null).callbackBodies()).isEqualTo(Duration.ofDays(90));
	}

	private long callback(String tag, String status, Instant at) {
		Timestamp time = Timestamp.from(at);
		this.jdbc.sql("""
				INSERT INTO inbound_callback (source, kind, dedupe_key, raw_body, signature_verdict, status, received_at,
				    processed_at, partner_ref)
				VALUES ('AIGOUBAO', 'DELIVER', ?, '{}', 'PLAIN_UNVERIFIED', ?, ?, ?, ?)""")
			.params(UUID.randomUUID().toString().replace("-", "") + tag + "xxxxxxxxxxxxxxxxxxxxxxxx".substring(0, 24), status,
					time, "PROCESSED".equals(status) ? time : null, tag)
			.update();
		return this.jdbc.sql("SELECT MAX(id) FROM inbound_callback").query(Long.class).single();
	}

	private java.util.List<Long> callbackIds(String tag) {
		return this.jdbc.sql("SELECT id FROM inbound_callback WHERE partner_ref = ?").param(tag).query(Long.class).list();
	}

	private void attempt(String key, Instant windowStart, Instant lockedUntil) {
		this.jdbc.sql("INSERT INTO login_attempt (attempt_key, failures, window_start, locked_until) VALUES (?, 3, ?, ?)")
			.params(key, Timestamp.from(windowStart), lockedUntil == null ? null : Timestamp.from(lockedUntil))
			.update();
	}

	private void session(String id, Instant expiry) {
		this.jdbc.sql("""
				INSERT INTO SPRING_SESSION (PRIMARY_ID, SESSION_ID, CREATION_TIME, LAST_ACCESS_TIME, MAX_INACTIVE_INTERVAL,
				    EXPIRY_TIME) VALUES (?, ?, ?, ?, 1800, ?)""")
			.params(UUID.randomUUID().toString(), id, expiry.toEpochMilli() - 1_800_000, expiry.toEpochMilli() - 1_800_000,
					expiry.toEpochMilli())
			.update();
	}

	/** Not a {@code @Configuration}: that would replace the application's own in this test. */
	@EnableConfigurationProperties(RetentionProperties.class)
	static class PropertiesOnly {

	}

}

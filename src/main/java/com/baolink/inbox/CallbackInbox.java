package com.baolink.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.baolink.engine.Jobs;

/**
 * The {@code inbound_callback} table: durable storage of every callback, and its processing state.
 * RECEIVED waits for (or is retried by) the engine's {@link InboxProcessor#TASK} execution of the
 * same id; PROCESSED and UNMATCHED are final; FAILED was given up (staff may replay it); REJECTED was
 * refused at the door and is never processed.
 */
@Repository
class CallbackInbox {

	private static final int ERROR_MAX = 500;

	private final JdbcClient jdbc;

	private final Jobs jobs;

	private final Clock clock;

	private final TransactionTemplate storing;

	private final RetryTemplate deadlockRetry;

	private final RefusedCallbackLog refused;

	CallbackInbox(JdbcClient jdbc, Jobs jobs, PlatformTransactionManager transactions, Clock clock,
			RefusedCallbackLog refused) {
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.clock = clock;
		this.storing = new TransactionTemplate(transactions);
		this.storing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.storing.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
		this.deadlockRetry = new RetryTemplate(RetryPolicy.builder()
			.includes(PessimisticLockingFailureException.class)
			.maxRetries(4)
			.delay(Duration.ofMillis(20))
			.multiplier(2)
			.maxDelay(Duration.ofMillis(100))
			.build());
		this.refused = refused;
	}

	/**
	 * Stores the callback in its own transaction, or counts it as a duplicate of the stored one with
	 * the same dedupe key, in one statement (concurrent identical copies never wait on each other's
	 * duplicate-key error). A stored callback to process is handed to the engine in the same
	 * transaction, so it exists exactly when the callback does. Database faults propagate: the caller
	 * must not acknowledge. InnoDB may still pick one of many concurrent writers of one key as a
	 * deadlock victim; that statement is simply run again (a few times, 20-100 ms apart).
	 */
	public Recorded record(NewCallback callback) {
		if (callback.status() == CallbackStatus.REJECTED) {
			// counted, and only sampled (bounded) while the hour's cap allows: see RefusedCallbackLog
			return this.refused.record(callback);
		}
		return this.deadlockRetry.invoke(() -> this.storing.execute(status -> insertOrCount(callback)));
	}

	private Recorded insertOrCount(NewCallback callback) {
		Instant now = this.clock.instant();
		int affected = this.jdbc.sql("""
				INSERT INTO inbound_callback (source, kind, dedupe_key, raw_body, headers, remote_addr,
				    signature_verdict, partner_ref, status, attempts, last_error, received_at)
				VALUES (:source, :kind, :dedupeKey, :rawBody, :headers, :remoteAddr, :verdict, :partnerRef,
				    :status, 0, :lastError, :receivedAt)
				ON DUPLICATE KEY UPDATE duplicate_count = duplicate_count + 1, id = LAST_INSERT_ID(id)""")
			.param("source", callback.source())
			.param("kind", callback.kind().name())
			.param("dedupeKey", callback.dedupeKey())
			.param("rawBody", callback.rawBody())
			.param("headers", callback.headers())
			.param("remoteAddr", callback.remoteAddr())
			.param("verdict", callback.verdict().name())
			.param("partnerRef", callback.partnerRef())
			.param("status", callback.status().name())
			.param("lastError", truncate(callback.lastError()))
			.param("receivedAt", Timestamp.from(now))
			.update();
		long id = this.jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
		boolean duplicate = affected != 1;
		if (!duplicate && callback.status() == CallbackStatus.RECEIVED) {
			this.jobs.scheduleNewNow(InboxProcessor.TASK, String.valueOf(id));
		}
		return new Recorded(id, duplicate);
	}

	Optional<StoredCallback> find(long id) {
		return this.jdbc
			.sql("SELECT id, source, kind, partner_ref, status, attempts, received_at FROM inbound_callback WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> new StoredCallback(rs.getLong("id"), rs.getString("source"),
					CallbackKind.valueOf(rs.getString("kind")), rs.getString("partner_ref"),
					CallbackStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
					rs.getTimestamp("received_at").toInstant()))
			.optional();
	}

	/** Callbacks of a partner reference that failed before and wait for their next attempt. */
	List<Long> waitingAfterFailure(String source, String partnerRef) {
		return this.jdbc.sql("""
				SELECT id FROM inbound_callback
				WHERE status = 'RECEIVED' AND partner_ref = :ref AND source = :source AND attempts > 0""")
			.param("source", source)
			.param("ref", partnerRef)
			.query(Long.class)
			.list();
	}

	/** The body as received. */
	String rawBody(long id) {
		return this.jdbc.sql("SELECT raw_body FROM inbound_callback WHERE id = :id").param("id", id).query(String.class).single();
	}

	void finished(long id, CallbackStatus outcome, Long orderId) {
		this.jdbc.sql("""
				UPDATE inbound_callback SET status = :status, order_id = :orderId, processed_at = :now,
				    attempts = attempts + 1, last_error = NULL
				WHERE id = :id""")
			.param("status", outcome.name())
			.param("orderId", orderId)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.update();
	}

	/** A failed attempt: the row keeps waiting (RECEIVED) for the engine's next one. */
	void attemptFailed(long id, String error, Long orderId) {
		this.jdbc.sql("""
				UPDATE inbound_callback SET attempts = attempts + 1, last_error = :error,
				    order_id = COALESCE(:orderId, order_id)
				WHERE id = :id AND status = 'RECEIVED'""")
			.param("error", truncate(error))
			.param("orderId", orderId)
			.param("id", id)
			.update();
	}

	/** The engine gave up: FAILED, for staff. */
	void gaveUp(long id, String error) {
		this.jdbc.sql("UPDATE inbound_callback SET status = 'FAILED', last_error = :error WHERE id = :id AND status = 'RECEIVED'")
			.param("error", truncate(error))
			.param("id", id)
			.update();
	}

	/**
	 * Staff replay: a processed, unmatched or failed callback goes back to RECEIVED and is handed to
	 * the engine again, in one transaction. False when the row does not exist or may not be replayed
	 * (rejected rows never are).
	 */
	boolean requeue(long id) {
		return Boolean.TRUE.equals(this.storing.execute(status -> {
			boolean requeued = this.jdbc.sql("""
					UPDATE inbound_callback SET status = 'RECEIVED'
					WHERE id = :id AND status IN ('PROCESSED', 'UNMATCHED', 'FAILED')""")
				.param("id", id)
				.update() == 1;
			if (requeued) {
				this.jobs.scheduleNow(InboxProcessor.TASK, String.valueOf(id));
			}
			return requeued;
		}));
	}

	/** Back to RECEIVED after the engine gave up, when staff run the execution again. */
	void reopen(long id) {
		this.jdbc.sql("UPDATE inbound_callback SET status = 'RECEIVED' WHERE id = :id AND status = 'FAILED'")
			.param("id", id)
			.update();
	}

	private static String truncate(String text) {
		return text == null || text.length() <= ERROR_MAX ? text : text.substring(0, ERROR_MAX);
	}

	/** {@code duplicate}: the same callback was stored before; {@code id} is the stored one. */
	record Recorded(long id, boolean duplicate) {
	}

	record StoredCallback(long id, String source, CallbackKind kind, String partnerRef, CallbackStatus status,
			int attempts, java.time.Instant receivedAt) {
	}

}

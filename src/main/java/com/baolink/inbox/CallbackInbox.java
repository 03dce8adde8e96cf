package com.baolink.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The {@code inbound_callback} table: durable storage of every callback, and processing bookkeeping. */
@Repository
class CallbackInbox {

	private static final int ERROR_MAX = 500;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final RefusedCallbackLog refused;

	CallbackInbox(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, RefusedCallbackLog refused) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.refused = refused;
	}

	/**
	 * Stores the callback in its own transaction, or counts it as a duplicate of the stored one with
	 * the same dedupe key. A stored callback to process is announced after commit
	 * ({@link CallbackRecorded}). Database faults propagate: the caller must not acknowledge.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Recorded record(NewCallback callback) {
		if (callback.status() == CallbackStatus.REJECTED) {
			// counted, and only sampled (bounded) while the hour's cap allows: see RefusedCallbackLog
			return this.refused.record(callback);
		}
		Instant now = this.clock.instant();
		try {
			KeyHolder keys = new GeneratedKeyHolder();
			this.jdbc.sql("""
					INSERT INTO inbound_callback (source, kind, dedupe_key, raw_body, headers, remote_addr,
					    signature_verdict, partner_ref, status, attempts, next_attempt_at, last_error, received_at)
					VALUES (:source, :kind, :dedupeKey, :rawBody, :headers, :remoteAddr, :verdict, :partnerRef,
					    :status, 0, :nextAttemptAt, :lastError, :receivedAt)""")
				.param("source", callback.source())
				.param("kind", callback.kind().name())
				.param("dedupeKey", callback.dedupeKey())
				.param("rawBody", callback.rawBody())
				.param("headers", callback.headers())
				.param("remoteAddr", callback.remoteAddr())
				.param("verdict", callback.verdict().name())
				.param("partnerRef", callback.partnerRef())
				.param("status", callback.status().name())
				.param("nextAttemptAt", callback.status() == CallbackStatus.RECEIVED ? Timestamp.from(now) : null)
				.param("lastError", truncate(callback.lastError()))
				.param("receivedAt", Timestamp.from(now))
				.update(keys, "id");
			long id = keys.getKey().longValue();
			if (callback.status() == CallbackStatus.RECEIVED) {
				this.events.publishEvent(new CallbackRecorded(id));
			}
			return new Recorded(id, false);
		}
		catch (DuplicateKeyException ex) {
			this.jdbc.sql("UPDATE inbound_callback SET duplicate_count = duplicate_count + 1 WHERE dedupe_key = :key")
				.param("key", callback.dedupeKey())
				.update();
			Long id = this.jdbc.sql("SELECT id FROM inbound_callback WHERE dedupe_key = :key")
				.param("key", callback.dedupeKey())
				.query(Long.class)
				.single();
			return new Recorded(id, true);
		}
	}

	/** Callbacks waiting or to retry whose next attempt is due, oldest first. */
	List<Long> dueIds(Instant now, int limit) {
		return this.jdbc.sql("""
				SELECT id FROM inbound_callback
				WHERE status IN ('RECEIVED', 'FAILED') AND next_attempt_at <= :now
				ORDER BY next_attempt_at, id LIMIT :limit""")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	Optional<StoredCallback> find(long id) {
		return this.jdbc.sql("""
				SELECT id, source, kind, partner_ref, status, attempts, next_attempt_at
				FROM inbound_callback WHERE id = :id""")
			.param("id", id)
			.query((rs, n) -> new StoredCallback(rs.getLong("id"), rs.getString("source"),
					CallbackKind.valueOf(rs.getString("kind")), rs.getString("partner_ref"),
					CallbackStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
					toInstant(rs.getTimestamp("next_attempt_at"))))
			.optional();
	}

	/**
	 * Makes the failed callbacks of a partner reference that still have attempts left due now;
	 * returns their ids.
	 */
	List<Long> retryFailedNow(String source, String partnerRef, Instant now) {
		List<Long> ids = this.jdbc.sql("""
				SELECT id FROM inbound_callback
				WHERE source = :source AND partner_ref = :ref AND status = 'FAILED' AND next_attempt_at IS NOT NULL""")
			.param("source", source)
			.param("ref", partnerRef)
			.query(Long.class)
			.list();
		ids.forEach(id -> this.jdbc.sql("""
				UPDATE inbound_callback SET next_attempt_at = :now
				WHERE id = :id AND status = 'FAILED' AND next_attempt_at IS NOT NULL""")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update());
		return ids;
	}

	/** The body as received. */
	String rawBody(long id) {
		return this.jdbc.sql("SELECT raw_body FROM inbound_callback WHERE id = :id").param("id", id).query(String.class).single();
	}

	/**
	 * Takes a due callback for one attempt: counts the attempt and moves its next attempt to
	 * {@code retryAt} (a lease: should this node die, the attempt is retried then). False when another
	 * worker took it first or it is not due.
	 */
	boolean claim(StoredCallback callback, Instant now, Instant retryAt) {
		return this.jdbc.sql("""
				UPDATE inbound_callback SET attempts = attempts + 1, next_attempt_at = :retryAt
				WHERE id = :id AND attempts = :attempts AND status IN ('RECEIVED', 'FAILED')
				  AND next_attempt_at <= :now""")
			.param("retryAt", Timestamp.from(retryAt))
			.param("id", callback.id())
			.param("attempts", callback.attempts())
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	void finished(long id, CallbackStatus outcome, Long orderId) {
		this.jdbc.sql("""
				UPDATE inbound_callback SET status = :status, order_id = :orderId, processed_at = :now,
				    next_attempt_at = NULL, last_error = NULL
				WHERE id = :id""")
			.param("status", outcome.name())
			.param("orderId", orderId)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.update();
	}

	/** A failed attempt; {@code retryAt} null: no more attempts, the row waits for staff. */
	void failed(long id, String error, Long orderId, Instant retryAt) {
		this.jdbc.sql("""
				UPDATE inbound_callback SET status = 'FAILED', last_error = :error, order_id = :orderId,
				    next_attempt_at = :retryAt
				WHERE id = :id""")
			.param("error", truncate(error))
			.param("orderId", orderId)
			.param("retryAt", retryAt == null ? null : Timestamp.from(retryAt))
			.param("id", id)
			.update();
	}

	/**
	 * Staff replay: a processed, unmatched or failed callback goes back to RECEIVED, due now. False
	 * when the row does not exist or may not be replayed (rejected rows never are).
	 */
	boolean requeue(long id, Instant now) {
		return this.jdbc.sql("""
				UPDATE inbound_callback SET status = 'RECEIVED', next_attempt_at = :now
				WHERE id = :id AND status IN ('PROCESSED', 'UNMATCHED', 'FAILED')""")
			.param("now", Timestamp.from(now.truncatedTo(ChronoUnit.MILLIS)))
			.param("id", id)
			.update() == 1;
	}

	private static String truncate(String text) {
		return text == null || text.length() <= ERROR_MAX ? text : text.substring(0, ERROR_MAX);
	}

	private static Instant toInstant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/** {@code duplicate}: the same callback was stored before; {@code id} is the stored one. */
	record Recorded(long id, boolean duplicate) {
	}

	record StoredCallback(long id, String source, CallbackKind kind, String partnerRef, CallbackStatus status,
			int attempts, Instant nextAttemptAt) {
	}

	/** Published inside the storing transaction; listeners act after commit. */
	record CallbackRecorded(long id) {
	}

}

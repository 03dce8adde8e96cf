package com.baolink.sync;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.baolink.partner.aigoubao.AigoubaoJson;

/**
 * The calls the portal owes a partner, stored first. {@link #enqueue} joins the caller's
 * transaction (it refuses to run without one), so the business change and the row commit or roll
 * back together; {@link OutboxProcessor} sends the row after the commit and retries it.
 */
@Component
public class Outbox {

	private static final String COLUMNS = """
			id, kind, order_id, payload, status, attempts, next_attempt_at, claimed_until, last_error, created_by,
			created_at, sent_at""";

	private static final int ERROR_MAX = 500;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Outbox(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Stores a call owed to the partner; {@code payload} is the request record of {@code kind}.
	 * @return the row's id
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long enqueue(OutboxKind kind, long orderId, Object payload, String createdBy) {
		if (!kind.payloadType().isInstance(payload)) {
			throw new IllegalArgumentException(kind + " needs a " + kind.payloadType().getSimpleName());
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO partner_outbox (kind, order_id, payload, status, attempts, next_attempt_at, created_by, created_at)
				VALUES (:kind, :orderId, :payload, 'PENDING', 0, :now, :createdBy, :now)""")
			.param("kind", kind.name())
			.param("orderId", orderId)
			.param("payload", AigoubaoJson.write(payload))
			.param("createdBy", createdBy)
			.param("now", now)
			.update(key, "id");
		long id = key.getKey().longValue();
		this.events.publishEvent(new OutboxEvents.Enqueued(id));
		return id;
	}

	/**
	 * Staff send a call again that was given up (FAILED): the newest such row of {@code kind} for the
	 * order is pending again, due now, and tried right after the commit, then retried as usual.
	 * @return whether there was a given-up row to send again
	 */
	@Transactional
	public boolean resend(long orderId, OutboxKind kind, String by) {
		Optional<OutboxEntry> failed = latest(orderId, kind).filter(entry -> entry.status() == OutboxStatus.FAILED);
		if (failed.isEmpty()) {
			return false;
		}
		int updated = this.jdbc.sql("""
				UPDATE partner_outbox SET status = 'PENDING', next_attempt_at = :now, claimed_until = NULL,
				       last_error = :note
				WHERE id = :id AND status = 'FAILED'""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("note", truncate("sent again by " + by + " after: " + failed.get().lastError()))
			.param("id", failed.get().id())
			.update();
		if (updated == 1) {
			this.events.publishEvent(new OutboxEvents.Enqueued(failed.get().id()));
		}
		return updated == 1;
	}

	public Optional<OutboxEntry> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM partner_outbox WHERE id = :id")
			.param("id", id)
			.query(Outbox::entry)
			.optional();
	}

	/** The newest row of {@code kind} for an order, if any. */
	public Optional<OutboxEntry> latest(long orderId, OutboxKind kind) {
		return this.jdbc.sql("SELECT " + COLUMNS
				+ " FROM partner_outbox WHERE order_id = :orderId AND kind = :kind ORDER BY id DESC LIMIT 1")
			.param("orderId", orderId)
			.param("kind", kind.name())
			.query(Outbox::entry)
			.optional();
	}

	/** Rows due for an attempt: pending and due, or claimed by a worker whose lease ran out. */
	List<Long> dueIds(Instant now, int limit) {
		return this.jdbc.sql("""
				SELECT id FROM partner_outbox
				WHERE (status = 'PENDING' AND next_attempt_at <= :now) OR (status = 'SENDING' AND claimed_until < :now)
				ORDER BY id LIMIT :limit""")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	/**
	 * Takes a row for one attempt. A single conditional UPDATE, so of two workers (on any nodes)
	 * exactly one wins; the winner holds the row until {@code leaseUntil}.
	 * @return whether this worker may send the row now
	 */
	boolean claim(long id, Instant now, Instant leaseUntil) {
		return this.jdbc.sql("""
				UPDATE partner_outbox SET status = 'SENDING', claimed_until = :leaseUntil, attempts = attempts + 1
				WHERE id = :id
				  AND ((status = 'PENDING' AND next_attempt_at <= :now) OR (status = 'SENDING' AND claimed_until < :now))""")
			.param("leaseUntil", Timestamp.from(leaseUntil))
			.param("id", id)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	void sent(long id) {
		this.jdbc.sql("""
				UPDATE partner_outbox SET status = 'SENT', sent_at = :now, claimed_until = NULL, next_attempt_at = NULL,
				    last_error = NULL
				WHERE id = :id""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.update();
	}

	void retryAt(long id, Instant next, String error) {
		this.jdbc.sql("""
				UPDATE partner_outbox SET status = 'PENDING', next_attempt_at = :next, claimed_until = NULL,
				    last_error = :error
				WHERE id = :id""")
			.param("next", Timestamp.from(next))
			.param("error", truncate(error))
			.param("id", id)
			.update();
	}

	void failed(long id, String error) {
		this.jdbc.sql("""
				UPDATE partner_outbox SET status = 'FAILED', next_attempt_at = NULL, claimed_until = NULL,
				    last_error = :error
				WHERE id = :id""")
			.param("error", truncate(error))
			.param("id", id)
			.update();
	}

	private static String truncate(String text) {
		return text == null || text.length() <= ERROR_MAX ? text : text.substring(0, ERROR_MAX);
	}

	private static OutboxEntry entry(ResultSet rs, int row) throws SQLException {
		return new OutboxEntry(rs.getLong("id"), OutboxKind.valueOf(rs.getString("kind")), rs.getLong("order_id"),
				rs.getString("payload"), OutboxStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
				instant(rs.getTimestamp("next_attempt_at")), instant(rs.getTimestamp("claimed_until")),
				rs.getString("last_error"), rs.getString("created_by"), instant(rs.getTimestamp("created_at")),
				instant(rs.getTimestamp("sent_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}

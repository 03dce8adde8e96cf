package com.baolink.sync;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.baolink.engine.Jobs;
import com.baolink.partner.aigoubao.AigoubaoJson;

/**
 * The calls the portal owes a partner, stored first. {@link #enqueue} joins the caller's
 * transaction (it refuses to run without one), so the business change, the row and the engine's
 * execution that sends it commit or roll back together; {@link OutboxProcessor} sends the row and the
 * engine retries it.
 */
@Component
public class Outbox {

	private static final String COLUMNS = """
			id, kind, order_id, payload, status, attempts, last_error, created_by, created_at, sent_at""";

	private static final int ERROR_MAX = 500;

	private final JdbcClient jdbc;

	private final Jobs jobs;

	private final Clock clock;

	Outbox(JdbcClient jdbc, Jobs jobs, Clock clock) {
		this.jdbc = jdbc;
		this.jobs = jobs;
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
				INSERT INTO partner_outbox (kind, order_id, payload, status, attempts, created_by, created_at)
				VALUES (:kind, :orderId, :payload, 'PENDING', 0, :createdBy, :now)""")
			.param("kind", kind.name())
			.param("orderId", orderId)
			.param("payload", AigoubaoJson.write(payload))
			.param("createdBy", createdBy)
			.param("now", now)
			.update(key, "id");
		long id = key.getKey().longValue();
		this.jobs.scheduleNewNow(OutboxProcessor.TASK, String.valueOf(id));
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
		boolean reopened = reopen(failed.get().id(), "sent again by " + by + " after: " + failed.get().lastError());
		if (reopened) {
			this.jobs.scheduleNow(OutboxProcessor.TASK, String.valueOf(failed.get().id()));
		}
		return reopened;
	}

	/** A given-up (FAILED) row is PENDING again, with a note; false when it was not FAILED. */
	boolean reopen(long id, String note) {
		return this.jdbc.sql("UPDATE partner_outbox SET status = 'PENDING', last_error = :note WHERE id = :id AND status = 'FAILED'")
			.param("note", truncate(note))
			.param("id", id)
			.update() == 1;
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

	void attempted(long id) {
		this.jdbc.sql("UPDATE partner_outbox SET attempts = attempts + 1 WHERE id = :id").param("id", id).update();
	}

	void sent(long id) {
		this.jdbc.sql("""
				UPDATE partner_outbox SET status = 'SENT', sent_at = :now, last_error = NULL
				WHERE id = :id""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.update();
	}

	/** A failed attempt; the row stays PENDING for the engine's next one. */
	void attemptFailed(long id, String error) {
		this.jdbc.sql("UPDATE partner_outbox SET last_error = :error WHERE id = :id")
			.param("error", truncate(error))
			.param("id", id)
			.update();
	}

	void failed(long id, String error) {
		this.jdbc.sql("""
				UPDATE partner_outbox SET status = 'FAILED', last_error = :error
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
				rs.getString("last_error"), rs.getString("created_by"), instant(rs.getTimestamp("created_at")),
				instant(rs.getTimestamp("sent_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}

package com.baolink.billing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** Table invoice_request. {@code active_order_id} (unique) is set while a request is not FAILED. */
@Component
class InvoiceRequests {

	private static final String COLUMNS = """
			id, order_id, invoice_type, title, taxpayer_no, status, requested_by, requested_at, updated_at,
			next_poll_at, polls, last_error""";

	private final JdbcClient jdbc;

	InvoiceRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @throws org.springframework.dao.DuplicateKeyException the order has an active request */
	long insert(long orderId, InvoiceType type, String title, String taxpayerNo, String requestedBy, Instant now) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO invoice_request (order_id, active_order_id, invoice_type, title, taxpayer_no, status,
				    requested_by, requested_at, updated_at)
				VALUES (:orderId, :orderId, :type, :title, :taxpayerNo, 'REQUESTED', :requestedBy, :now, :now)""")
			.param("orderId", orderId)
			.param("type", type.name())
			.param("title", title)
			.param("taxpayerNo", taxpayerNo)
			.param("requestedBy", requestedBy)
			.param("now", Timestamp.from(now))
			.update(key, "id");
		return key.getKey().longValue();
	}

	/** The newest request of an order (active or not). */
	Optional<InvoiceRequest> latest(long orderId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM invoice_request WHERE order_id = :orderId ORDER BY id DESC LIMIT 1")
			.param("orderId", orderId)
			.query(InvoiceRequests::row)
			.optional();
	}

	Optional<InvoiceRequest> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM invoice_request WHERE id = :id")
			.param("id", id)
			.query(InvoiceRequests::row)
			.optional();
	}

	/** The partner accepted the application: the invoices are polled for. */
	void accepted(long orderId, Instant now) {
		this.jdbc.sql("""
				UPDATE invoice_request SET status = 'IN_PROGRESS', updated_at = :now
				WHERE active_order_id = :orderId AND status = 'REQUESTED'""")
			.param("now", Timestamp.from(now))
			.param("orderId", orderId)
			.update();
	}

	/** The active request of an order failed; the member may ask again. */
	void failedActive(long orderId, String error, Instant now) {
		this.jdbc.sql("""
				UPDATE invoice_request SET status = 'FAILED', active_order_id = NULL, next_poll_at = NULL,
				    last_error = :error, updated_at = :now
				WHERE active_order_id = :orderId""")
			.param("error", truncate(error))
			.param("now", Timestamp.from(now))
			.param("orderId", orderId)
			.update();
	}

	Optional<Long> activeId(long orderId) {
		return this.jdbc.sql("SELECT id FROM invoice_request WHERE active_order_id = :orderId")
			.param("orderId", orderId)
			.query(Long.class)
			.optional();
	}

	/** When the engine polls next (shown to the member's page, which polls itself once that is due). */
	void nextPollAt(long id, Instant next) {
		this.jdbc.sql("UPDATE invoice_request SET next_poll_at = :next WHERE id = :id")
			.param("next", Timestamp.from(next))
			.param("id", id)
			.update();
	}

	void polled(long id, InvoiceRequestStatus status, Instant nextPoll, String error, Instant now) {
		this.jdbc.sql("""
				UPDATE invoice_request SET status = :status, next_poll_at = :nextPoll, last_error = :error,
				    updated_at = :now, polls = polls + 1,
				    active_order_id = CASE WHEN :status = 'FAILED' THEN NULL ELSE active_order_id END
				WHERE id = :id""")
			.param("status", status.name())
			.param("nextPoll", nextPoll == null ? null : Timestamp.from(nextPoll))
			.param("error", truncate(error))
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	private static String truncate(String text) {
		return text == null || text.length() <= 500 ? text : text.substring(0, 500);
	}

	private static InvoiceRequest row(ResultSet rs, int row) throws SQLException {
		return new InvoiceRequest(rs.getLong("id"), rs.getLong("order_id"), InvoiceType.valueOf(rs.getString("invoice_type")),
				rs.getString("title"), rs.getString("taxpayer_no"), InvoiceRequestStatus.valueOf(rs.getString("status")),
				rs.getString("requested_by"), instant(rs.getTimestamp("requested_at")),
				instant(rs.getTimestamp("updated_at")), instant(rs.getTimestamp("next_poll_at")), rs.getInt("polls"),
				rs.getString("last_error"));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}

package com.baolink.order;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The orders' timelines (table {@code order_event}): one insert per entry, joining the caller's
 * transaction, so an entry exists exactly when the change it describes was committed. Status
 * changes, pulls and launches are written when the aggregate is saved ({@link OrderEventsOnSave});
 * other modules add callbacks, documents and staff actions with {@link #record}.
 */
@Repository
public class OrderTimeline {

	/** Most entries the staff page shows (the newest); an order pulled for weeks has many pulls. */
	public static final int SHOWN_AT_MOST = 300;

	private final JdbcClient jdbc;

	OrderTimeline(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void record(long orderId, OrderEvent event) {
		this.jdbc.sql("""
				INSERT INTO order_event (order_id, occurred_at, kind, source, from_status, to_status, actor, ref, detail)
				VALUES (:order, :at, :kind, :source, :from, :to, :actor, :ref, :detail)""")
			.param("order", orderId)
			.param("at", Timestamp.from(event.occurredAt()))
			.param("kind", event.kind().name())
			.param("source", event.source().name())
			.param("from", event.from() == null ? null : event.from().name())
			.param("to", event.to() == null ? null : event.to().name())
			.param("actor", event.actor())
			.param("ref", event.ref())
			.param("detail", event.detail())
			.update();
	}

	/**
	 * Records {@code event} unless the order already has an entry of the same kind about the same
	 * {@code ref} (a callback processed again after a replay is still one callback received).
	 */
	public void recordOnce(long orderId, OrderEvent event) {
		boolean known = this.jdbc.sql("SELECT COUNT(*) FROM order_event WHERE order_id = :order AND kind = :kind AND ref = :ref")
			.param("order", orderId)
			.param("kind", event.kind().name())
			.param("ref", event.ref())
			.query(Long.class)
			.single() > 0;
		if (!known) {
			record(orderId, event);
		}
	}

	/** The order's newest {@value #SHOWN_AT_MOST} entries, newest first. */
	public List<OrderEvent> newestFirst(long orderId) {
		return this.jdbc.sql("""
				SELECT occurred_at, kind, source, from_status, to_status, actor, ref, detail FROM order_event
				WHERE order_id = :order ORDER BY occurred_at DESC, id DESC LIMIT :limit""")
			.param("order", orderId)
			.param("limit", SHOWN_AT_MOST)
			.query((rs, n) -> new OrderEvent(rs.getTimestamp("occurred_at").toInstant(),
					OrderEventKind.valueOf(rs.getString("kind")), OrderEventSource.valueOf(rs.getString("source")),
					status(rs.getString("from_status")), status(rs.getString("to_status")), rs.getString("actor"),
					rs.getString("ref"), rs.getString("detail")))
			.list();
	}

	/** How many entries the order has in all. */
	public long count(long orderId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM order_event WHERE order_id = :order")
			.param("order", orderId)
			.query(Long.class)
			.single();
	}

	private static OrderStatus status(String name) {
		return name == null ? null : OrderStatus.valueOf(name);
	}

}

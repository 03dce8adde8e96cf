package com.baolink.xiebao;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Tables {@code xiebao_order} (what Xiebao's notifications say about an order beyond the order
 * aggregate) and {@code xiebao_event} (endorsements, abnormal issuance, surrenders, refusals).
 * Written in the same transaction as the order itself.
 */
@Repository
public class XiebaoOrderFacts {

	private static final int TEXT_MAX = 500;

	private final JdbcClient jdbc;

	private final Clock clock;

	XiebaoOrderFacts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Xiebao's facts of one order. */
	public record Facts(long orderId, String insureNum, String caseCode, Instant payTime, String paymentChannel,
			boolean ePolicyReady, boolean abnormal, String abnormalMsg, String failMsg, Long reissuedFromOrder,
			Long reissuedToOrder) {
	}

	/** One line of an order's Xiebao history. */
	public record Event(long id, int notifyType, boolean state, Integer status, String msg, String remark,
			Instant receivedAt) {

		/** Message key of the event's kind (endorsement statuses have their own). */
		public String messageKey() {
			if (this.notifyType == 26 && this.status != null && this.status >= 1 && this.status <= 5) {
				return "xiebao.event.endorsement." + this.status;
			}
			return "xiebao.event.type." + (List.of(1, 2, 3, 4, 5, 9, 26, 27).contains(this.notifyType) ? this.notifyType : 0);
		}

	}

	public Optional<Facts> find(long orderId) {
		return this.jdbc.sql("SELECT * FROM xiebao_order WHERE order_id = :id")
			.param("id", orderId)
			.query(XiebaoOrderFacts::facts)
			.optional();
	}

	public List<Event> events(long orderId) {
		return this.jdbc.sql("SELECT * FROM xiebao_event WHERE order_id = :id ORDER BY id")
			.param("id", orderId)
			.query((rs, n) -> new Event(rs.getLong("id"), rs.getInt("notify_type"), rs.getBoolean("state"),
					(Integer) rs.getObject("status", Integer.class), rs.getString("msg"), rs.getString("remark"),
					rs.getTimestamp("received_at").toInstant()))
			.list();
	}

	/** Orders flagged abnormal by Xiebao (27): for staff. */
	public long countAbnormal() {
		return this.jdbc.sql("SELECT COUNT(*) FROM xiebao_order WHERE abnormal = TRUE").query(Long.class).single();
	}

	/** The row of an order, created on first use (the order's insureNum is fixed). */
	void ensure(long orderId, String insureNum, String caseCode) {
		int updated = this.jdbc.sql("""
				UPDATE xiebao_order SET case_code = COALESCE(case_code, :caseCode) WHERE order_id = :id""")
			.param("caseCode", caseCode)
			.param("id", orderId)
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO xiebao_order (order_id, insure_num, case_code, updated_at)
					VALUES (:id, :insureNum, :caseCode, :now)""")
				.param("id", orderId)
				.param("insureNum", insureNum)
				.param("caseCode", caseCode)
				.param("now", now())
				.update();
		}
	}

	void paid(long orderId, Instant payTime, String paymentChannel) {
		this.jdbc.sql("""
				UPDATE xiebao_order SET pay_time = COALESCE(:payTime, pay_time),
				    payment_channel = COALESCE(:channel, payment_channel), updated_at = :now
				WHERE order_id = :id""")
			.param("payTime", payTime == null ? null : Timestamp.from(payTime))
			.param("channel", truncate(paymentChannel, 16))
			.param("now", now())
			.param("id", orderId)
			.update();
	}

	void ePolicyReady(long orderId) {
		set(orderId, "e_policy_ready = TRUE");
	}

	void abnormal(long orderId, String failMsg) {
		this.jdbc.sql("UPDATE xiebao_order SET abnormal = TRUE, abnormal_msg = :msg, updated_at = :now WHERE order_id = :id")
			.param("msg", truncate(failMsg, TEXT_MAX))
			.param("now", now())
			.param("id", orderId)
			.update();
	}

	void failed(long orderId, String failMsg) {
		this.jdbc.sql("UPDATE xiebao_order SET fail_msg = :msg, updated_at = :now WHERE order_id = :id")
			.param("msg", truncate(failMsg, TEXT_MAX))
			.param("now", now())
			.param("id", orderId)
			.update();
	}

	void reissued(long oldOrderId, long newOrderId) {
		this.jdbc.sql("UPDATE xiebao_order SET reissued_to_order = :to, updated_at = :now WHERE order_id = :id")
			.param("to", newOrderId)
			.param("now", now())
			.param("id", oldOrderId)
			.update();
		this.jdbc.sql("UPDATE xiebao_order SET reissued_from_order = :from, updated_at = :now WHERE order_id = :id")
			.param("from", oldOrderId)
			.param("now", now())
			.param("id", newOrderId)
			.update();
	}

	void event(long orderId, String insureNum, int notifyType, boolean state, Integer status, String msg, String remark) {
		this.jdbc.sql("""
				INSERT INTO xiebao_event (order_id, insure_num, notify_type, state, status, msg, remark, received_at)
				VALUES (:orderId, :insureNum, :type, :state, :status, :msg, :remark, :now)""")
			.param("orderId", orderId)
			.param("insureNum", insureNum)
			.param("type", notifyType)
			.param("state", state)
			.param("status", status)
			.param("msg", truncate(msg, TEXT_MAX))
			.param("remark", truncate(remark, 1000))
			.param("now", now())
			.update();
	}

	private void set(long orderId, String assignment) {
		this.jdbc.sql("UPDATE xiebao_order SET " + assignment + ", updated_at = :now WHERE order_id = :id")
			.param("now", now())
			.param("id", orderId)
			.update();
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	private static Facts facts(ResultSet rs, int row) throws SQLException {
		Timestamp payTime = rs.getTimestamp("pay_time");
		return new Facts(rs.getLong("order_id"), rs.getString("insure_num"), rs.getString("case_code"),
				payTime == null ? null : payTime.toInstant(), rs.getString("payment_channel"),
				rs.getBoolean("e_policy_ready"), rs.getBoolean("abnormal"), rs.getString("abnormal_msg"),
				rs.getString("fail_msg"), (Long) rs.getObject("reissued_from_order", Long.class),
				(Long) rs.getObject("reissued_to_order", Long.class));
	}

	private static String truncate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

}

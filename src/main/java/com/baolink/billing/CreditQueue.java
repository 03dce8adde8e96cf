package com.baolink.billing;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.baolink.infrastructure.config.ChinaTime;
import com.baolink.order.OrderStatus;
import com.baolink.sync.OutboxStatus;

/** What staff see on the credit queue: orders waiting for a decision, and recent decisions with their 7.7 state. */
@Component
class CreditQueue {

	static final int DECIDED_SHOWN = 50;

	private final JdbcClient jdbc;

	private final CreditLimits limits;

	CreditQueue(JdbcClient jdbc, CreditLimits limits) {
		this.jdbc = jdbc;
		this.limits = limits;
	}

	/** The orders waiting, each with its member's credit standing (read once per member). */
	List<Awaiting> awaiting() {
		java.util.Map<Long, CreditLimits.Standing> standings = new java.util.HashMap<>();
		return this.jdbc.sql("""
				SELECT o.id, o.member_id, m.display_name, m.login, o.product_name, o.plan_name, o.total_amount,
				       o.insured_summary, o.created_at
				FROM purchase_order o JOIN member m ON m.id = o.member_id
				LEFT JOIN credit_decision d ON d.order_id = o.id
				WHERE o.status = 'AWAITING_CREDIT_APPROVAL' AND o.pay_type = 'CREDIT' AND o.channel = 'AIGOUBAO'
				  AND d.id IS NULL
				ORDER BY o.created_at, o.id""")
			.query((rs, row) -> new Awaiting(rs.getLong("id"), rs.getString("display_name"), rs.getString("login"),
					rs.getString("product_name"), rs.getString("plan_name"), rs.getBigDecimal("total_amount"),
					rs.getString("insured_summary"), local(rs.getTimestamp("created_at")),
					standings.computeIfAbsent(rs.getLong("member_id"), this.limits::standing)))
			.list();
	}

	List<Decided> decided() {
		return this.jdbc.sql("""
				SELECT o.id, m.display_name, o.product_name, o.total_amount, o.status AS order_status, d.decision,
				       d.reason, d.decided_by, d.decided_at, d.over_limit, d.override_reason, x.status AS outbox_status, x.attempts, x.last_error
				FROM credit_decision d JOIN purchase_order o ON o.id = d.order_id JOIN member m ON m.id = o.member_id
				LEFT JOIN partner_outbox x ON x.id = (SELECT MAX(y.id) FROM partner_outbox y
				                                      WHERE y.order_id = o.id AND y.kind = 'AIGOUBAO_PAYMENT_RESULT')
				ORDER BY d.decided_at DESC, d.id DESC
				LIMIT :limit""")
			.param("limit", DECIDED_SHOWN)
			.query((rs, row) -> new Decided(rs.getLong("id"), rs.getString("display_name"), rs.getString("product_name"),
					rs.getBigDecimal("total_amount"), OrderStatus.valueOf(rs.getString("order_status")),
					CreditDecision.valueOf(rs.getString("decision")), rs.getString("reason"), rs.getString("decided_by"),
					local(rs.getTimestamp("decided_at")),
					rs.getString("outbox_status") == null ? null : OutboxStatus.valueOf(rs.getString("outbox_status")),
					rs.getInt("attempts"), rs.getString("last_error"), rs.getBoolean("over_limit"),
					rs.getString("override_reason")))
			.list();
	}

	private static LocalDateTime local(Timestamp timestamp) {
		return timestamp == null ? null : LocalDateTime.ofInstant(timestamp.toInstant(), ChinaTime.ZONE);
	}

	record Awaiting(long orderId, String memberName, String memberLogin, String productName, String planName,
			BigDecimal amount, String insured, LocalDateTime createdAt, CreditLimits.Standing standing) {

		/** What would remain of the limit after approving this order (negative: beyond it). */
		public BigDecimal remainingAfter() {
			return this.standing.remainingAfter(this.amount);
		}

		public boolean withinLimit() {
			return this.standing.allows(this.amount);
		}

	}

	record Decided(long orderId, String memberName, String productName, BigDecimal amount, OrderStatus orderStatus,
			CreditDecision decision, String reason, String decidedBy, LocalDateTime decidedAt, OutboxStatus outboxStatus,
			int attempts, String lastError, boolean overLimit, String overrideReason) {

		/** Message key of the 7.7 delivery state. */
		public String deliveryKey() {
			return "billing.outbox.status." + (this.outboxStatus == null ? "NONE" : this.outboxStatus.name());
		}

		public String deliveryBadge() {
			if (this.outboxStatus == null) {
				return "muted";
			}
			return switch (this.outboxStatus) {
				case SENT -> "ok";
				case FAILED -> "bad";
				default -> "warn";
			};
		}

	}

}

package com.baolink.billing;

import java.sql.Timestamp;
import java.time.LocalDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.baolink.infrastructure.config.ChinaTime;
import com.baolink.order.Order;
import com.baolink.order.OrderStatus;
import com.baolink.order.PayType;

/**
 * Staff's decision on a credit-account order as the member's order page shows it (used by the
 * {@code billing/credit-decision} fragment as {@code @creditDecisionView.of(order)}): a rejected
 * order tells why, and that the member may buy again with cash.
 */
@Component("creditDecisionView")
public class CreditDecisionView {

	private final JdbcClient jdbc;

	CreditDecisionView(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The decision of a credit order that failed or waits, or null. */
	public View of(Order order) {
		if (order == null || order.getId() == null || order.getPayType() != PayType.CREDIT
				|| (order.getStatus() != OrderStatus.PAYMENT_FAILED && order.getStatus() != OrderStatus.AWAITING_CREDIT_APPROVAL)) {
			return null;
		}
		return this.jdbc.sql("SELECT decision, reason, decided_at FROM credit_decision WHERE order_id = ?")
			.param(order.getId())
			.query((rs, n) -> new View(CreditDecision.valueOf(rs.getString("decision")), rs.getString("reason"),
					toLocal(rs.getTimestamp("decided_at"))))
			.optional()
			.orElse(null);
	}

	private static LocalDateTime toLocal(Timestamp timestamp) {
		return timestamp == null ? null : LocalDateTime.ofInstant(timestamp.toInstant(), ChinaTime.ZONE);
	}

	public record View(CreditDecision decision, String reason, LocalDateTime decidedAt) {

		public boolean rejected() {
			return this.decision == CreditDecision.REJECTED;
		}

	}

}

package com.baolink.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.baolink.order.OrderStatus;

/**
 * A member's credit limit on the distributor's credit account and what of it is used.
 * <p>
 * <b>Limit</b> ({@code member.credit_limit}, yuan): set by staff on the member's page. No limit set
 * (NULL) counts as 0: every credit approval for that member then needs an explicit override.
 * <p>
 * <b>Used</b>: the sum of {@code total_amount} of the member's credit orders that staff approved
 * and whose money is still out, i.e. whose status is one of {@link #OWING}: approved but not yet
 * acknowledged by AiGouBao ({@code AWAITING_CREDIT_APPROVAL}), underwritten, paid, issued, or with a
 * surrender pending or partial (a partial surrender still counts in full until it is complete). An
 * approved order stops counting once the money is back or was never taken: payment failed (AiGouBao
 * refused the 7.7 notice), cancelled, surrendered or refunded. The portal records no repayment of
 * the member to the distributor, so an issued order counts until it ends that way.
 */
@Component("creditLimits")
public class CreditLimits {

	/** The largest limit staff may set (DECIMAL(12,2)). */
	static final BigDecimal MAX_LIMIT = new BigDecimal("9999999999.99");

	static final List<String> OWING = java.util.stream.Stream
		.of(OrderStatus.AWAITING_CREDIT_APPROVAL, OrderStatus.UNDERWRITTEN, OrderStatus.PAID, OrderStatus.ISSUED,
				OrderStatus.SURRENDER_PENDING, OrderStatus.PARTIALLY_SURRENDERED)
		.map(OrderStatus::name)
		.toList();

	private final JdbcClient jdbc;

	CreditLimits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The member's limit and use now (for the member page and the queue). */
	public Standing standing(long memberId) {
		return new Standing(limit(memberId), used(memberId));
	}

	/**
	 * Locks the member's row until the caller's transaction ends, so two approvals for one member
	 * are taken one after the other, and returns the standing as committed at that moment (the
	 * caller's transaction must be READ COMMITTED for the second to see the first's decision).
	 */
	Standing lockAndRead(long memberId) {
		this.jdbc.sql("SELECT id FROM member WHERE id = :id FOR UPDATE").param("id", memberId).query(Long.class).single();
		return standing(memberId);
	}

	/** Staff set (or with null clear) a member's limit. */
	@Transactional
	public void setLimit(long memberId, BigDecimal limit) {
		this.jdbc.sql("UPDATE member SET credit_limit = :limit WHERE id = :id")
			.param("limit", limit == null ? null : limit.setScale(2, RoundingMode.UNNECESSARY))
			.param("id", memberId)
			.update();
	}

	private BigDecimal limit(long memberId) {
		return this.jdbc.sql("SELECT credit_limit FROM member WHERE id = :id")
			.param("id", memberId)
			.query((rs, n) -> rs.getBigDecimal("credit_limit"))
			.optional()
			.orElse(null);
	}

	private BigDecimal used(long memberId) {
		return this.jdbc.sql("""
				SELECT COALESCE(SUM(o.total_amount), 0)
				FROM purchase_order o JOIN credit_decision d ON d.order_id = o.id
				WHERE o.member_id = :member AND o.status IN (:owing) AND o.pay_type = 'CREDIT'
				  AND d.decision = 'APPROVED'""")
			.param("member", memberId)
			.param("owing", OWING)
			.query(BigDecimal.class)
			.single()
			.setScale(2, RoundingMode.HALF_UP);
	}

	/** A member's limit (null: none set, counts as 0) and what is used of it. */
	public record Standing(BigDecimal limit, BigDecimal used) {

		public boolean limitSet() {
			return this.limit != null;
		}

		/** The limit in force: none set counts as 0. */
		public BigDecimal effectiveLimit() {
			return this.limit == null ? BigDecimal.ZERO.setScale(2) : this.limit;
		}

		public BigDecimal remaining() {
			return effectiveLimit().subtract(this.used);
		}

		/** What would remain after approving {@code amount} (negative: beyond the limit). */
		public BigDecimal remainingAfter(BigDecimal amount) {
			return remaining().subtract(amount == null ? BigDecimal.ZERO : amount);
		}

		public boolean allows(BigDecimal amount) {
			return remainingAfter(amount).signum() >= 0;
		}

	}

}

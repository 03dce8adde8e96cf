package com.baolink.billing;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import com.baolink.audit.AuditAction;
import com.baolink.audit.AuditTrail;
import com.baolink.member.Member;
import com.baolink.member.Members;
import com.baolink.catalog.Channel;
import com.baolink.order.Order;
import com.baolink.order.OrderEvent;
import com.baolink.order.OrderEvent.StaffAction;
import com.baolink.order.OrderTimeline;
import com.baolink.order.OrderStatus;
import com.baolink.order.Orders;
import com.baolink.order.PayType;
import com.baolink.partner.aigoubao.AigoubaoDistributor;
import com.baolink.sync.Outbox;
import com.baolink.sync.OutboxKind;

/**
 * Staff approve or reject a credit-account order (flow 9). The decision and the 7.7 payment notice
 * owed to AiGouBao are written in one transaction: either both exist or neither. One decision per
 * order — the unique key settles two staff clicking at the same moment.
 * <p>
 * An approval must fit the member's credit limit ({@link CreditLimits}: limit, minus what approved
 * orders still use, minus this order); beyond it only with an explicit override and its reason,
 * stored with the decision (limit and use as the approver saw them). Approvals for one member are
 * serialised on the member's row, so two at once cannot both pass the limit. Every decision is
 * recorded in the audit log.
 */
@Service
public class CreditApprovals {

	static final int REASON_MAX = 200;

	private final Orders orders;

	private final Members members;

	private final Outbox outbox;

	private final AigoubaoDistributor aigoubao;

	private final CreditLimits limits;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final OrderTimeline timeline;

	CreditApprovals(Orders orders, Members members, Outbox outbox, AigoubaoDistributor aigoubao, CreditLimits limits,
			AuditTrail audit, JdbcClient jdbc, Clock clock, OrderTimeline timeline) {
		this.orders = orders;
		this.timeline = timeline;
		this.members = members;
		this.outbox = outbox;
		this.aigoubao = aigoubao;
		this.limits = limits;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records the decision (an approval within the limit only) and enqueues the payment notice.
	 * @throws CreditDecisionRefused the order is not awaiting approval, was decided already, or an
	 * approval would go beyond the member's credit limit
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public void decide(long orderId, CreditDecision decision, String reason, String staffLogin) {
		decide(orderId, decision, reason, null, staffLogin);
	}

	/**
	 * Records the decision and enqueues the payment notice; {@code overrideReason} (not blank)
	 * approves beyond the member's credit limit.
	 * @throws CreditDecisionRefused the order is not awaiting approval, was decided already, or an
	 * approval goes beyond the limit without an override
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public void decide(long orderId, CreditDecision decision, String reason, String overrideReason, String staffLogin) {
		Order order = this.orders.findById(orderId)
			.orElseThrow(() -> new CreditDecisionRefused("billing.credit.error.notFound", "order " + orderId));
		if (order.getChannel() != Channel.AIGOUBAO || order.getPayType() != PayType.CREDIT) {
			throw new CreditDecisionRefused("billing.credit.error.notCredit", "order " + orderId);
		}
		if (alreadyDecided(orderId)) {
			throw new CreditDecisionRefused("billing.credit.error.alreadyDecided", "order " + orderId);
		}
		if (order.getStatus() != OrderStatus.AWAITING_CREDIT_APPROVAL) {
			throw new CreditDecisionRefused("billing.credit.error.notAwaiting", "order " + orderId);
		}
		String override = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
		if (override != null && override.length() > REASON_MAX) {
			throw new CreditDecisionRefused("billing.credit.error.overrideTooLong", "order " + orderId);
		}
		BigDecimal amount = order.getTotalAmount() == null ? BigDecimal.ZERO : order.getTotalAmount();
		CreditLimits.Standing standing = null;
		boolean overLimit = false;
		if (decision == CreditDecision.APPROVED) {
			// Serialises approvals of this member: the standing read now includes every approval committed before.
			standing = this.limits.lockAndRead(order.getMemberId());
			overLimit = !standing.allows(amount);
			if (overLimit && override == null) {
				throw new CreditDecisionRefused("billing.credit.error.overLimit", "order " + orderId + ": "
						+ amount + " beyond the remaining " + standing.remaining());
			}
		}
		insertDecision(orderId, decision, reason, staffLogin, standing, overLimit ? override : null);
		this.audit.record(decision == CreditDecision.APPROVED ? AuditAction.CREDIT_APPROVED : AuditAction.CREDIT_REJECTED,
				orderId, Objects.toString(order.getProductName(), "") + " · " + order.getOutSerialNo(),
				Map.of("status", order.getStatus().name()), decisionFields(decision, reason, amount, standing,
						overLimit ? override : null));
		Member member = this.members.findById(order.getMemberId()).orElseThrow();
		this.outbox.enqueue(OutboxKind.AIGOUBAO_PAYMENT_RESULT, orderId,
				this.aigoubao.paymentNotice(order.getPartnerRef(), member.aigoubaoMemberId(), decision.txnStatus()),
				staffLogin);
		this.timeline.record(orderId, OrderEvent.staffAction(decision == CreditDecision.APPROVED
				? StaffAction.CREDIT_APPROVED : StaffAction.CREDIT_REJECTED, staffLogin,
				reason == null || reason.isBlank() ? null : reason.strip(), this.clock.instant()));
	}

	/** The given-up payment notice (7.7) of a decided order is sent again; false when there is none. */
	@Transactional
	public boolean resendResult(long orderId, String staffLogin) {
		if (!this.outbox.resend(orderId, OutboxKind.AIGOUBAO_PAYMENT_RESULT, staffLogin)) {
			return false;
		}
		this.audit.record(AuditAction.CREDIT_RESENT, orderId, null, Map.of("paymentResult", "FAILED"),
				Map.of("paymentResult", "PENDING"));
		this.timeline.record(orderId,
				OrderEvent.staffAction(StaffAction.CREDIT_RESULT_RESENT, staffLogin, null, this.clock.instant()));
		return true;
	}

	/** What the audit log keeps of a decision: for an approval what the approver saw and any override. */
	private static Map<String, Object> decisionFields(CreditDecision decision, String reason, BigDecimal amount,
			CreditLimits.Standing standing, String override) {
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("decision", decision.name());
		if (reason != null && !reason.isBlank()) {
			after.put("reason", reason.strip());
		}
		if (standing != null) {
			after.put("amount", amount.toPlainString());
			after.put("creditLimit", standing.limit() == null ? null : standing.limit().toPlainString());
			after.put("creditUsed", standing.used().toPlainString());
		}
		if (override != null) {
			after.put("overrideReason", override);
		}
		return after;
	}

	private boolean alreadyDecided(long orderId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM credit_decision WHERE order_id = :orderId")
			.param("orderId", orderId)
			.query(Integer.class)
			.single() > 0;
	}

	private void insertDecision(long orderId, CreditDecision decision, String reason, String staffLogin,
			CreditLimits.Standing standing, String overrideReason) {
		try {
			this.jdbc.sql("""
					INSERT INTO credit_decision (order_id, decision, reason, decided_by, decided_at, credit_limit,
					  credit_used, over_limit, override_reason)
					VALUES (:orderId, :decision, :reason, :decidedBy, :now, :limit, :used, :overLimit, :override)""")
				.param("orderId", orderId)
				.param("decision", decision.name())
				.param("reason", reason == null || reason.isBlank() ? null : reason.strip())
				.param("decidedBy", staffLogin)
				.param("now", Timestamp.from(this.clock.instant()))
				.param("limit", standing == null ? null : standing.limit())
				.param("used", standing == null ? null : standing.used())
				.param("overLimit", overrideReason != null)
				.param("override", overrideReason)
				.update();
		}
		catch (DuplicateKeyException ex) {
			// Another member of staff decided a moment ago.
			throw new CreditDecisionRefused("billing.credit.error.alreadyDecided", "order " + orderId);
		}
	}

}

package com.baolink.billing;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.baolink.member.Member;
import com.baolink.member.Members;
import com.baolink.catalog.Channel;
import com.baolink.order.Order;
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
 */
@Service
public class CreditApprovals {

	static final int REASON_MAX = 200;

	private final Orders orders;

	private final Members members;

	private final Outbox outbox;

	private final AigoubaoDistributor aigoubao;

	private final JdbcClient jdbc;

	private final Clock clock;

	CreditApprovals(Orders orders, Members members, Outbox outbox, AigoubaoDistributor aigoubao, JdbcClient jdbc,
			Clock clock) {
		this.orders = orders;
		this.members = members;
		this.outbox = outbox;
		this.aigoubao = aigoubao;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records the decision and enqueues the payment notice.
	 * @throws CreditDecisionRefused the order is not awaiting approval or was decided already
	 */
	@Transactional
	public void decide(long orderId, CreditDecision decision, String reason, String staffLogin) {
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
		insertDecision(orderId, decision, reason, staffLogin);
		Member member = this.members.findById(order.getMemberId()).orElseThrow();
		this.outbox.enqueue(OutboxKind.AIGOUBAO_PAYMENT_RESULT, orderId,
				this.aigoubao.paymentNotice(order.getPartnerRef(), member.aigoubaoMemberId(), decision.txnStatus()),
				staffLogin);
	}

	private boolean alreadyDecided(long orderId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM credit_decision WHERE order_id = :orderId")
			.param("orderId", orderId)
			.query(Integer.class)
			.single() > 0;
	}

	private void insertDecision(long orderId, CreditDecision decision, String reason, String staffLogin) {
		try {
			this.jdbc.sql("""
					INSERT INTO credit_decision (order_id, decision, reason, decided_by, decided_at)
					VALUES (:orderId, :decision, :reason, :decidedBy, :now)""")
				.param("orderId", orderId)
				.param("decision", decision.name())
				.param("reason", reason == null || reason.isBlank() ? null : reason.strip())
				.param("decidedBy", staffLogin)
				.param("now", Timestamp.from(this.clock.instant()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			// Another member of staff decided a moment ago.
			throw new CreditDecisionRefused("billing.credit.error.alreadyDecided", "order " + orderId);
		}
	}

}

package com.baolink.billing;

import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.baolink.order.Order;
import com.baolink.order.OrderSync;
import com.baolink.order.Orders;
import com.baolink.order.SalesChannel.PullPriority;
import com.baolink.sync.OutboxEvents;
import com.baolink.sync.OutboxKind;

/**
 * Once AiGouBao acknowledged a 7.7 payment notice: a rejection moves the order to "payment failed"
 * (the partner now says 支付失败, which ranks below "awaiting approval"), and the order is pulled so
 * an approval shows the issued policies without waiting for the insure callback. If the pull fails
 * the order is still pending and reconciliation pulls it later.
 */
@Component
class CreditPaymentFollowUp {

	private static final Logger log = LoggerFactory.getLogger(CreditPaymentFollowUp.class);

	private final Orders orders;

	private final OrderSync sync;

	private final JdbcClient jdbc;

	private final Clock clock;

	CreditPaymentFollowUp(Orders orders, OrderSync sync, JdbcClient jdbc, Clock clock) {
		this.orders = orders;
		this.sync = sync;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	void onDelivered(OutboxEvents.Delivered event) {
		if (event.kind() != OutboxKind.AIGOUBAO_PAYMENT_RESULT) {
			return;
		}
		if (decisionOf(event.orderId()).filter(CreditDecision.REJECTED::equals).isPresent()) {
			markRejected(event.orderId());
		}
		this.orders.findById(event.orderId()).ifPresent(order -> {
			try {
				this.sync.refresh(order, PullPriority.BACKGROUND);
			}
			catch (RuntimeException ex) {
				log.info("Order {}: pull after the payment notice failed, reconciliation will retry: {}",
						event.orderId(), ex.toString());
			}
		});
	}

	private void markRejected(long orderId) {
		for (int attempt = 0; attempt < 3; attempt++) {
			Order order = this.orders.findById(orderId).orElse(null);
			if (order == null || !order.creditRejected(this.clock.instant())) {
				return;
			}
			try {
				this.orders.save(order);
				return;
			}
			catch (OptimisticLockingFailureException ex) {
				log.debug("Order {} changed while recording the credit rejection, retrying", orderId);
			}
		}
		log.warn("Order {}: the acknowledged credit rejection could not be recorded after 3 attempts; "
				+ "the order still shows awaiting approval", orderId);
	}

	private Optional<CreditDecision> decisionOf(long orderId) {
		return this.jdbc.sql("SELECT decision FROM credit_decision WHERE order_id = :orderId")
			.param("orderId", orderId)
			.query(String.class)
			.optional()
			.map(CreditDecision::valueOf);
	}

}

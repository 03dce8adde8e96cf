package com.baolink.admin;

import java.util.List;

import com.baolink.order.OrderStatus;

/**
 * The steps of an order as the dashboard counts them, from the order's current status (a status
 * only moves forward, see {@link OrderStatus#rank()}, so the current one tells every step passed):
 * <ul>
 * <li><b>launched</b>: every order created, except a launch that failed ({@code LAUNCH_FAILED}: it
 * never reached the partner);</li>
 * <li><b>paid</b>: {@code PAID} and everything after a payment: {@code ISSUED},
 * {@code SURRENDER_PENDING}, {@code PARTIALLY_SURRENDERED}, {@code SURRENDERED}, {@code REFUNDED}.
 * Not paid: {@code LAUNCHED}, {@code PAYMENT_FAILED}, {@code AWAITING_CREDIT_APPROVAL},
 * {@code UNDERWRITTEN}, {@code CANCELLED};</li>
 * <li><b>issued</b>: policies issued: {@code ISSUED}, {@code SURRENDER_PENDING},
 * {@code PARTIALLY_SURRENDERED}, {@code SURRENDERED} ({@code REFUNDED} is not counted: a refund may
 * come without a policy ever being issued);</li>
 * <li><b>surrendered</b>: the partner confirmed a surrender: {@code PARTIALLY_SURRENDERED},
 * {@code SURRENDERED} (a surrender still pending is not counted).</li>
 * </ul>
 * The premium on the dashboard is the {@code total_amount} of paid orders.
 */
final class OrderFunnel {

	static final String LAUNCH_FAILED = OrderStatus.LAUNCH_FAILED.name();

	static final List<String> PAID = names(OrderStatus.PAID, OrderStatus.ISSUED, OrderStatus.SURRENDER_PENDING,
			OrderStatus.PARTIALLY_SURRENDERED, OrderStatus.SURRENDERED, OrderStatus.REFUNDED);

	static final List<String> ISSUED = names(OrderStatus.ISSUED, OrderStatus.SURRENDER_PENDING,
			OrderStatus.PARTIALLY_SURRENDERED, OrderStatus.SURRENDERED);

	static final List<String> SURRENDERED = names(OrderStatus.PARTIALLY_SURRENDERED, OrderStatus.SURRENDERED);

	private OrderFunnel() {
	}

	private static List<String> names(OrderStatus... statuses) {
		return java.util.Arrays.stream(statuses).map(OrderStatus::name).toList();
	}

}

package com.baolink.order;

import java.time.LocalDate;
import java.util.List;

import com.baolink.catalog.Channel;
import com.baolink.order.OrderLauncher.Person;

/**
 * The order module's port to a partner platform: a channel adapter (a module of its own, such as
 * {@code partner.aigoubao.channel}) implements it with the partner's protocol, translating the
 * portal's values (pay type, card types, relations, the portal's paths) into the partner's codes.
 * The order module knows channels, never protocols: a new partner is a new adapter, not a change
 * here. What a channel does not support is said by {@link #capabilities()}; its optional operations
 * are then never called.
 */
public interface SalesChannel {

	/** The channel this adapter serves (one adapter per channel). */
	Channel channel();

	/** What the channel supports after and during a purchase. */
	Capabilities capabilities();

	/**
	 * Before an order row is written: the member's account at the partner, opened on first use.
	 * {@link Answer.Admitted} when the member may buy. Only for channels that {@link Capabilities#takesPreOrders()}.
	 */
	default Answer admit(long memberId) {
		throw new UnsupportedOperationException(channel() + " takes no pre-orders");
	}

	/**
	 * Creates the partner's pre-order for a written order: {@link Answer.Launched} with the
	 * partner's page the buyer goes to. Only for channels that {@link Capabilities#takesPreOrders()}.
	 */
	default Answer launch(PreOrder preOrder) {
		throw new UnsupportedOperationException(channel() + " takes no pre-orders");
	}

	/**
	 * What a channel supports. {@code takesPreOrders}: the portal's buy form creates the order and
	 * the partner's pre-order (otherwise the buyer fills in the partner's own hosted form);
	 * {@code servesPolicyFiles}: the portal downloads and serves policy documents; {@code surrender},
	 * {@code invoices}, {@code creditPayment}: the portal offers them for this channel's orders.
	 */
	record Capabilities(boolean takesPreOrders, boolean servesPolicyFiles, boolean surrender, boolean invoices,
			boolean creditPayment) {
	}

	/**
	 * A written order's purchase in the portal's own values. {@code returnPath} is the portal path
	 * the partner sends the buyer back to (the adapter makes it absolute); card numbers are in full
	 * here and nowhere else.
	 */
	record PreOrder(long memberId, long orderId, String outSerialNo, PayType payType, String productCode,
			String productName, LocalDate coverStart, LocalDate coverEnd, Person holder, List<Person> insured,
			String returnPath) {

		public PreOrder {
			insured = List.copyOf(insured);
		}

	}

	/** A channel's answer, in the portal's terms. */
	sealed interface Answer {

		/** The member may buy on the channel. */
		record Admitted() implements Answer {
		}

		/** The partner created the pre-order {@code partnerOrderCode}; the buyer goes to {@code redirectUrl}. */
		record Launched(String partnerOrderCode, String redirectUrl) implements Answer {
		}

		/** The partner refused this purchase; {@code partnerMessage} is shown, {@code reason} is kept on the order. */
		record Refused(String partnerMessage, String reason) implements Answer {
		}

		/**
		 * The partner did not answer, or refused for a reason of our own configuration (staff are
		 * alerted by the adapter's log): the order is kept as failed and can be retried.
		 */
		record Unavailable(String reason) implements Answer {
		}

	}

}

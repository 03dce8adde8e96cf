package com.baolink.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.baolink.catalog.Channel;
import com.baolink.order.InsuredPerson.PolicyStatus;
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
	 * The partner's current state of an order it knows ({@link Order#getPartnerRef()} set), in the
	 * portal's values; empty when the partner has no such order yet (the buyer has not finished the
	 * partner's form). The adapter may look at the order's current status to decide what to ask.
	 * Only for channels that {@link Capabilities#pulls()}.
	 * @throws com.baolink.partner.PartnerUnavailableException the partner did not answer
	 * @throws RuntimeException the partner's own refusal or rate limit, as the adapter's protocol says it
	 */
	default Optional<PulledState> pull(Order order, PullPriority priority) {
		throw new UnsupportedOperationException(channel() + " cannot be pulled");
	}

	/**
	 * What a channel supports. {@code takesPreOrders}: the portal's buy form creates the order and
	 * the partner's pre-order (otherwise the buyer fills in the partner's own hosted form);
	 * {@code servesPolicyFiles}: the portal downloads and serves policy documents; {@code surrender},
	 * {@code invoices}, {@code creditPayment}: the portal offers them for this channel's orders;
	 * {@code pulls}: the partner can be asked for an order's current state ({@link #pull}), otherwise
	 * its orders change only by the partner's notifications.
	 */
	record Capabilities(boolean takesPreOrders, boolean servesPolicyFiles, boolean surrender, boolean invoices,
			boolean creditPayment, boolean pulls) {
	}

	/** Who waits for a pull, for the partner's rate budget: a person, a hint the portal owes, or a background job. */
	enum PullPriority {

		/** A member or staff user is waiting for the answer. */
		USER,
		/** A pull a partner's hint (callback) asked for. */
		OWED,
		/** Reconciliation and follow-ups nobody waits for. */
		BACKGROUND

	}

	/**
	 * An order's state as the partner reports it, in the portal's values. {@code status} is null when
	 * the partner's status is unknown to the portal (the current status is kept); {@code statusText}
	 * is the partner's own wording, kept for staff. Null facts leave what is known; an empty
	 * {@code insured} leaves the insured persons as they are.
	 */
	record PulledState(OrderStatus status, String statusText, String partnerOrderCode, String insurerName,
			BigDecimal totalAmount, BigDecimal discountAmount, List<PulledPerson> insured) {

		public PulledState {
			insured = insured == null ? List.of() : List.copyOf(insured);
		}

	}

	/**
	 * An insured person as the partner reports them. {@code cardType} in the portal's codes where the
	 * adapter knows them; {@code cardNo} as the partner sent it (the order module masks it);
	 * {@code policyStatus} null when the partner's status text is unknown; null values leave what is
	 * known of the person.
	 */
	record PulledPerson(String name, String cardType, String cardNo, LocalDate birthday, String gender,
			BigDecimal premium, String policyCode, PolicyStatus policyStatus, String policyStatusText, String policyUrl,
			String certificateUrl, String invoiceUrl) {
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

package com.baolink.order;

/**
 * Where an order stands. Events from partners arrive out of order and repeatedly, so an order only
 * moves to a status of higher {@link #rank()} ("paid" after "issued" is ignored); the one way back
 * is a member retrying a launch that failed ({@link Order#relaunch}).
 */
public enum OrderStatus {

	/** The pre-order call failed or was refused; the member may try again. */
	LAUNCH_FAILED(0, false, "bad"),
	/** Order row written; the member was (or is being) sent to the partner's purchase page. */
	LAUNCHED(10, false, "info"),
	/** The member paid or tried to and the payment failed; they may pay again on the partner page. */
	PAYMENT_FAILED(15, false, "bad"),
	/** Credit-account order waiting for staff approval. */
	AWAITING_CREDIT_APPROVAL(20, false, "warn"),
	/** Application accepted / underwriting passed, not yet paid (Xiebao sends this before pay). */
	UNDERWRITTEN(25, false, "info"),
	/** Paid, policies not issued yet. */
	PAID(30, false, "info"),
	/** Policies issued. */
	ISSUED(50, false, "ok"),
	/** A surrender was requested and the partner has not confirmed yet. */
	SURRENDER_PENDING(60, false, "warn"),
	/** Some policies surrendered, others still in force. */
	PARTIALLY_SURRENDERED(65, false, "warn"),
	SURRENDERED(70, true, "muted"),
	REFUNDED(80, true, "muted"),
	/** Closed without being paid (expired or cancelled at the partner). */
	CANCELLED(90, true, "muted");

	private final int rank;

	private final boolean terminal;

	private final String badge;

	OrderStatus(int rank, boolean terminal, String badge) {
		this.rank = rank;
		this.terminal = terminal;
		this.badge = badge;
	}

	public int rank() {
		return this.rank;
	}

	/** No partner event can change a terminal order. */
	public boolean isTerminal() {
		return this.terminal;
	}

	/** Still waiting for something from the partner: the order page polls and reconciliation pulls. */
	public boolean isPending() {
		return this == LAUNCHED || this == PAYMENT_FAILED || this == AWAITING_CREDIT_APPROVAL || this == UNDERWRITTEN
				|| this == PAID || this == SURRENDER_PENDING;
	}

	/** CSS class of the status badge. */
	public String badge() {
		return this.badge;
	}

	/** Message key of the status label. */
	public String messageKey() {
		return "order.status." + name();
	}

}

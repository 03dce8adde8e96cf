package com.baolink.order;

/** What happened to an order, as its timeline shows it. */
public enum OrderEventKind {

	/** The order was written: a member or customer launched it, or a partner notification created it. */
	LAUNCHED,
	/** The status moved (from → to). */
	STATE_CHANGED,
	/** A partner callback named the order (AiGouBao: a hint to pull; Xiebao: applied). */
	CALLBACK_RECEIVED,
	/** The order's state was read from the partner. */
	PULLED,
	/** Reading the order's state from the partner failed (it is tried again later). */
	PULL_FAILED,
	/** A policy, certificate or invoice file was fetched from the partner and stored. */
	DOCUMENT_FETCHED,
	/** A member closed the unpaid order. */
	CLOSED,
	/** Distributor staff acted on the order (credit decision, resend, callback replay). */
	STAFF_ACTION;

	/** Message key of the label. */
	public String messageKey() {
		return "admin.order.event.kind." + name();
	}

}

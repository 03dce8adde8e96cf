package com.baolink.order;

/** Who or what caused an entry of an order's timeline. */
public enum OrderEventSource {

	/** A partner callback (notification). */
	CALLBACK,
	/** A pull of the order's state from the partner. */
	PULL,
	/** The member who owns the order. */
	MEMBER,
	/** An end customer buying through the member's share link. */
	CUSTOMER,
	/** Distributor staff. */
	STAFF,
	/** The portal's background engine (reconciliation, owed partner calls, prefetching). */
	ENGINE;

	/** Message key of the label. */
	public String messageKey() {
		return "admin.order.event.source." + name();
	}

}

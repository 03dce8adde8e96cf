package com.baolink.order;

import java.time.Instant;

/**
 * One entry of an order's timeline. {@code from}/{@code to} are set for status changes;
 * {@code actor} names the staff login (null when the order's own member or no person acted);
 * {@code ref} is what the entry is about in the portal's terms (a callback id, a document kind, a
 * staff action), {@code detail} a short free text (a partner's status text, an error, a reason).
 */
public record OrderEvent(Instant occurredAt, OrderEventKind kind, OrderEventSource source, OrderStatus from,
		OrderStatus to, String actor, String ref, String detail) {

	/** Longest {@code detail} kept (the column's width). */
	static final int DETAIL_MAX = 255;

	public OrderEvent {
		detail = truncate(detail, DETAIL_MAX);
		actor = truncate(actor, 100);
		ref = truncate(ref, 64);
	}

	static OrderEvent launched(OrderEventSource source, Instant at) {
		return new OrderEvent(at, OrderEventKind.LAUNCHED, source, null, OrderStatus.LAUNCHED, null, null, null);
	}

	static OrderEvent stateChanged(OrderStatus from, OrderStatus to, OrderEventSource source, Instant at) {
		return new OrderEvent(at, OrderEventKind.STATE_CHANGED, source, from, to, null, null, null);
	}

	/** A callback (stored as {@code callbackId}, of kind {@code callbackKind}) named the order. */
	public static OrderEvent callbackReceived(long callbackId, String callbackKind, Instant receivedAt) {
		return new OrderEvent(receivedAt, OrderEventKind.CALLBACK_RECEIVED, OrderEventSource.CALLBACK, null, null, null,
				String.valueOf(callbackId), callbackKind);
	}

	/** A {@code documentKind} file (of policy {@code policyCode}, if any) was fetched and stored. */
	public static OrderEvent documentFetched(String documentKind, String policyCode, OrderEventSource source,
			Instant at) {
		return new OrderEvent(at, OrderEventKind.DOCUMENT_FETCHED, source, null, null, null, documentKind, policyCode);
	}

	/** Staff {@code staffLogin} did {@code action} (see {@link StaffAction}), with an optional note. */
	public static OrderEvent staffAction(StaffAction action, String staffLogin, String note, Instant at) {
		return new OrderEvent(at, OrderEventKind.STAFF_ACTION, OrderEventSource.STAFF, null, null, staffLogin,
				action.name(), note);
	}

	/** What distributor staff can do to an order. */
	public enum StaffAction {

		CREDIT_APPROVED, CREDIT_REJECTED, CREDIT_RESULT_RESENT, CALLBACK_REPLAYED;

		public String messageKey() {
			return "admin.order.event.action." + name();
		}

	}

	private static String truncate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

}

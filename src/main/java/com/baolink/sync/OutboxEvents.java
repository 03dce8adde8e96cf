package com.baolink.sync;

/** Events of the outbox, for the features that own the business meaning of a row. */
public final class OutboxEvents {

	private OutboxEvents() {
	}

	/** The partner acknowledged a row (published after the row was marked SENT, outside any transaction). */
	public record Delivered(long id, OutboxKind kind, long orderId) {
	}

	/** A row was refused for good or given up ({@code error} says why; the partner's message if any). */
	public record GaveUp(long id, OutboxKind kind, long orderId, String error) {
	}

}

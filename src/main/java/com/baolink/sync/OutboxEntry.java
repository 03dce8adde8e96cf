package com.baolink.sync;

import java.time.Instant;

/** One stored call owed to a partner. */
public record OutboxEntry(long id, OutboxKind kind, long orderId, String payload, OutboxStatus status, int attempts,
		String lastError, String createdBy, Instant createdAt,
		Instant sentAt) {

}

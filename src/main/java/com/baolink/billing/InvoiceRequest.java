package com.baolink.billing;

import java.time.Instant;

/** A member's invoice request for an order (table invoice_request). */
record InvoiceRequest(long id, long orderId, InvoiceType type, String title, String taxpayerNo,
		InvoiceRequestStatus status, String requestedBy, Instant requestedAt, Instant updatedAt, Instant nextPollAt,
		int polls, String lastError) {

}

package com.baolink.billing;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.baolink.sync.OutboxEvents;
import com.baolink.sync.OutboxKind;

/** The 7.2 application was acknowledged (→ in progress, start polling) or refused for good (→ failed). */
@Component
class InvoiceOutboxFollowUp {

	private final InvoiceRequests requests;

	private final InvoicePoller poller;

	private final Clock clock;

	InvoiceOutboxFollowUp(InvoiceRequests requests, InvoicePoller poller, Clock clock) {
		this.requests = requests;
		this.poller = poller;
		this.clock = clock;
	}

	@EventListener
	void onDelivered(OutboxEvents.Delivered event) {
		if (event.kind() == OutboxKind.AIGOUBAO_INVOICE_APPLY) {
			this.poller.startPolling(event.orderId());
		}
	}

	@EventListener
	void onGaveUp(OutboxEvents.GaveUp event) {
		if (event.kind() == OutboxKind.AIGOUBAO_INVOICE_APPLY) {
			this.requests.failedActive(event.orderId(), event.error(), this.clock.instant());
		}
	}

}

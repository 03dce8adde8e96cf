package com.baolink.billing;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Polls invoice requests in progress whose next poll is due (one node at a time). */
@Component
class InvoicePollJob {

	static final int BATCH = 50;

	private final InvoicePoller poller;

	InvoicePollJob(InvoicePoller poller) {
		this.poller = poller;
	}

	@Scheduled(fixedDelayString = "${baolink.invoice.poll-interval:PT20S}", initialDelayString = "PT25S")
	@SchedulerLock(name = "invoice-poll", lockAtMostFor = "PT10M")
	void scheduled() {
		this.poller.pollDue(BATCH);
	}

}

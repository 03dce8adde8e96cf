package com.baolink.sync;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Retries outbox rows that are due (one node at a time; claims keep rows safe even without the lock). */
@Component
class OutboxJob {

	private static final Logger log = LoggerFactory.getLogger(OutboxJob.class);

	private final OutboxProcessor processor;

	OutboxJob(OutboxProcessor processor) {
		this.processor = processor;
	}

	@Scheduled(fixedDelayString = "${baolink.outbox.interval:PT15S}", initialDelayString = "PT10S")
	@SchedulerLock(name = "outbox", lockAtMostFor = "PT10M")
	void scheduled() {
		int due = this.processor.processDue();
		if (due > 0) {
			log.info("Outbox: {} due row(s) attempted", due);
		}
	}

}

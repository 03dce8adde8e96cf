package com.baolink.infrastructure.retention;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs {@link DataRetention#runOnce()} every {@code baolink.retention.interval} (PT1H) on one node. */
@Component
@ConditionalOnBooleanProperty(name = "baolink.scheduling.enabled", matchIfMissing = true)
class RetentionJob {

	private final DataRetention retention;

	RetentionJob(DataRetention retention) {
		this.retention = retention;
	}

	@Scheduled(fixedDelayString = "${baolink.retention.interval:PT1H}", initialDelayString = "PT2M")
	@SchedulerLock(name = "data-retention", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
	public void run() {
		this.retention.runOnce();
	}

}

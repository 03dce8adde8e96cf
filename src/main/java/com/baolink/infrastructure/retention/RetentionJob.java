package com.baolink.infrastructure.retention;

import java.time.Duration;

import org.springframework.stereotype.Component;

import com.baolink.engine.RecurringJob;

/**
 * Runs {@link DataRetention#runOnce()} every {@code baolink.retention.interval} (PT1H): a recurring
 * task of the engine, on one node at a time.
 */
@Component
class RetentionJob implements RecurringJob {

	private final DataRetention retention;

	private final Duration interval;

	RetentionJob(DataRetention retention, RetentionProperties properties) {
		this.retention = retention;
		this.interval = properties.interval();
	}

	@Override
	public String task() {
		return "data-retention";
	}

	@Override
	public Duration interval() {
		return this.interval;
	}

	@Override
	public void run() {
		this.retention.runOnce();
	}

}

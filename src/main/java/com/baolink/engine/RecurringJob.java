package com.baolink.engine;

import java.time.Duration;

/**
 * A recurring task, implemented by the module that owns the work: {@link #run} is called every
 * {@link #interval} (fixed delay) on one node of the cluster at a time. The first run after the task
 * is first registered is immediate; after a restart the stored schedule continues.
 */
public interface RecurringJob {

	String task();

	Duration interval();

	/** One bounded pass; an exception is logged and the next run comes at the usual interval. */
	void run() throws Exception;

}

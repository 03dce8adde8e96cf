package com.baolink.engine;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;

/**
 * Starts this node's workers once the application is ready (the sandbox partners they call are this
 * very server) and stops them first thing on shutdown, before the web server and the data source go:
 * running executions get {@code shutdown-max-wait} to finish; what is cut off is revived later. A
 * lifecycle stop that is not a shutdown (a cached test context paused while others run) only pauses
 * polling, and a start resumes it.
 */
class EngineLifecycle implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(EngineLifecycle.class);

	private final ObjectProvider<Scheduler> scheduler;

	private volatile boolean started;

	private volatile boolean running;

	private volatile boolean closed;

	EngineLifecycle(ObjectProvider<Scheduler> scheduler) {
		this.scheduler = scheduler;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		this.scheduler.ifAvailable(s -> {
			s.start();
			this.started = true;
			this.running = true;
		});
	}

	@EventListener(ContextClosedEvent.class)
	void onClose() {
		if (this.started && !this.closed) {
			this.closed = true;
			this.running = false;
			this.scheduler.ifAvailable(s -> {
				log.info("Stopping the background engine");
				s.stop();
			});
		}
	}

	@Override
	public void start() {
		if (this.started && !this.closed && !this.running) {
			this.scheduler.ifAvailable(Scheduler::resume);
			this.running = true;
		}
	}

	@Override
	public void stop() {
		if (this.running && !this.closed) {
			this.scheduler.ifAvailable(Scheduler::pause);
			this.running = false;
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}

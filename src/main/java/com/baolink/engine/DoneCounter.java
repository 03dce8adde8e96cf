package com.baolink.engine;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;

import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counts this node's finished executions per task and writes them to {@code engine_done} at most
 * every few seconds (a write per execution would double the commits of a burst), so "done in the
 * last hour" covers every node. Flushed from the engine's own events (each poll, each completion).
 */
class DoneCounter extends AbstractSchedulerListener {

	private static final Logger log = LoggerFactory.getLogger(DoneCounter.class);

	private static final long FLUSH_EVERY_MILLIS = 5_000;

	private final JdbcClient jdbc;

	private final String node;

	private final Clock clock;

	private final Map<String, LongAdder[]> pending = new ConcurrentHashMap<>();

	private final AtomicLong lastFlush;

	private final ReentrantLock flushing = new ReentrantLock();

	DoneCounter(JdbcClient jdbc, String node, Clock clock) {
		this.jdbc = jdbc;
		this.node = node;
		this.clock = clock;
		this.lastFlush = new AtomicLong(clock.millis());
	}

	@Override
	public void onExecutionComplete(ExecutionComplete complete) {
		LongAdder[] counts = this.pending.computeIfAbsent(complete.getExecution().getTaskName(),
				name -> new LongAdder[] { new LongAdder(), new LongAdder() });
		counts[complete.getResult() == ExecutionComplete.Result.OK ? 0 : 1].increment();
		flushIfDue();
	}

	@Override
	public void onSchedulerEvent(SchedulerEventType type) {
		flushIfDue();
	}

	void flushIfDue() {
		if (this.clock.millis() - this.lastFlush.get() >= FLUSH_EVERY_MILLIS) {
			flush();
		}
	}

	/** Writes what was counted since the last flush (one statement per task). */
	void flush() {
		if (!this.flushing.tryLock()) {
			return;
		}
		try {
			this.lastFlush.set(this.clock.millis());
			long minute = this.clock.millis() / 60_000;
			this.pending.forEach((task, counts) -> {
				long done = counts[0].sumThenReset();
				long failed = counts[1].sumThenReset();
				if (done + failed > 0) {
					write(task, minute, done, failed);
				}
			});
		}
		catch (RuntimeException ex) {
			log.debug("Engine counters not written now: {}", ex.toString());
		}
		finally {
			this.flushing.unlock();
		}
	}

	private void write(String task, long minute, long done, long failed) {
		this.jdbc.sql("""
				INSERT INTO engine_done (task_name, node, minute, done, failed) VALUES (:task, :node, :minute, :done, :failed)
				ON DUPLICATE KEY UPDATE done = done + VALUES(done), failed = failed + VALUES(failed)""")
			.param("task", task)
			.param("node", this.node)
			.param("minute", minute)
			.param("done", done)
			.param("failed", failed)
			.update();
	}

}

package com.baolink.engine;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Schedules work on the engine. Runs on the caller's connection (a transaction-aware data source),
 * so work scheduled inside a transaction exists exactly when the change that causes it commits.
 * Work due now wakes this node's workers right after the commit instead of waiting for the next
 * poll.
 */
public class Jobs {

	private final ObjectProvider<SchedulerClient> client;

	private final ObjectProvider<Scheduler> scheduler;

	private final EngineProperties properties;

	private final Clock clock;

	/** Both looked up when first used: the engine's tasks are made of the handlers that schedule work. */
	Jobs(ObjectProvider<SchedulerClient> client, ObjectProvider<Scheduler> scheduler, EngineProperties properties,
			Clock clock) {
		this.properties = properties;
		this.client = client;
		this.scheduler = scheduler;
		this.clock = clock;
	}

	/** Schedules {@code task}/{@code id} now unless it is already scheduled; true when scheduled here. */
	public boolean scheduleNow(String task, String id) {
		return schedule(task, id, this.clock.instant());
	}

	/**
	 * Schedules work for an id that was just created in this transaction (a new callback or outbox
	 * row), so it cannot be scheduled yet: one INSERT, no look-up first.
	 */
	public void scheduleNewNow(String task, String id) {
		Instant now = this.clock.instant();
		this.client.getObject().scheduleBatch(List.of(new TaskInstance<>(this.properties.qualified(task), id, now)), now);
		wakeAfterCommit();
	}

	/** Schedules {@code task}/{@code id} at {@code at} unless it is already scheduled (then it keeps its time). */
	public boolean schedule(String task, String id, Instant at) {
		Instant now = this.clock.instant();
		boolean created = this.client.getObject().scheduleIfNotExists(new TaskInstance<>(this.properties.qualified(task), id, now), at);
		if (created && !at.isAfter(now)) {
			wakeAfterCommit();
		}
		return created;
	}

	/** Moves a waiting execution to now; false when there is none or it is running. */
	public boolean runNow(String task, String id) {
		boolean moved = this.client.getObject().reschedule(TaskInstanceId.of(this.properties.qualified(task), id), this.clock.instant());
		if (moved) {
			wakeAfterCommit();
		}
		return moved;
	}

	/** When {@code task}/{@code id} runs next (empty: not scheduled). */
	public Optional<Instant> nextRun(String task, String id) {
		return this.client.getObject()
			.getScheduledExecution(TaskInstanceId.of(this.properties.qualified(task), id))
			.map(execution -> execution.getExecutionTime());
	}

	/** Whether {@code task}/{@code id} is scheduled (waiting or running). */
	public boolean isScheduled(String task, String id) {
		return this.client.getObject().getScheduledExecution(TaskInstanceId.of(this.properties.qualified(task), id)).isPresent();
	}

	private void wakeAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					wake();
				}
			});
		}
		else {
			wake();
		}
	}

	private void wake() {
		this.scheduler.ifAvailable(Scheduler::triggerCheckForDueExecutions);
	}

}

package com.baolink.engine;

import java.time.Clock;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.Execution;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the modules' handlers into db-scheduler tasks: the task data is when the work was first
 * scheduled; a failed attempt is retried by the task's {@link RetryPolicy} or given up (recorded
 * for staff, then {@link JobHandler#gaveUp}); dead executions (a node died while running them) are
 * revived by db-scheduler and run again.
 */
final class TaskFactory {

	private static final Logger log = LoggerFactory.getLogger(TaskFactory.class);

	private final EngineProperties properties;

	private final GivenUpTasks givenUp;

	private final Clock clock;

	TaskFactory(EngineProperties properties, GivenUpTasks givenUp, Clock clock) {
		this.properties = properties;
		this.givenUp = givenUp;
		this.clock = clock;
	}

	Task<Instant> oneTime(JobHandler handler) {
		String name = this.properties.qualified(handler.task());
		RetryPolicy policy = this.properties.policy(handler.task());
		return Tasks.custom(name, Instant.class)
			.onFailure(new PolicyFailureHandler(handler, policy))
			.onDeadExecutionRevive()
			.execute((instance, context) -> {
				Execution execution = context.getExecution();
				JobAttempt attempt = new JobAttempt(execution.consecutiveFailures, firstAt(instance, execution));
				return completion(handler, instance, attempt, handler.run(instance.getId(), attempt));
			});
	}

	RecurringTask<Void> recurring(RecurringJob job) {
		return Tasks.recurring(this.properties.qualified(job.task()), FixedDelay.of(job.interval()))
			.execute((instance, context) -> {
				try {
					job.run();
				}
				catch (Exception ex) {
					log.warn("Recurring task {} failed; next run at the usual interval: {}", job.task(), ex.toString());
					throw ex instanceof RuntimeException runtime ? runtime : new IllegalStateException(ex);
				}
			});
	}

	private CompletionHandler<Instant> completion(JobHandler handler, TaskInstance<Instant> instance, JobAttempt attempt,
			JobOutcome outcome) {
		if (outcome instanceof JobOutcome.Again again) {
			return (complete, operations) -> operations.reschedule(complete, again.at());
		}
		if (outcome instanceof JobOutcome.GiveUp giveUp) {
			return (complete, operations) -> {
				operations.remove();
				giveUp(handler, instance.getId(), attempt.failuresSoFar() + 1, giveUp.reason(), attempt.firstScheduledAt());
			};
		}
		return new CompletionHandler.OnCompleteRemove<>();
	}

	private void giveUp(JobHandler handler, String id, int attempts, String error, Instant firstAt) {
		log.warn("Task {} {} given up after {} attempt(s): {}", handler.task(), id, attempts, error);
		this.givenUp.record(this.properties.qualified(handler.task()), id, attempts, error, firstAt,
				this.properties.nodeName());
		try {
			handler.gaveUp(id, error);
		}
		catch (RuntimeException ex) {
			log.error("Task {} {}: recording the give-up in its module failed", handler.task(), id, ex);
		}
	}

	private static Instant firstAt(TaskInstance<Instant> instance, Execution execution) {
		return instance.getData() != null ? instance.getData() : execution.executionTime;
	}

	/** The retry policy applied to a failed attempt. */
	private final class PolicyFailureHandler implements FailureHandler<Instant> {

		private final JobHandler handler;

		private final RetryPolicy policy;

		PolicyFailureHandler(JobHandler handler, RetryPolicy policy) {
			this.handler = handler;
			this.policy = policy;
		}

		@Override
		public void onFailure(ExecutionComplete complete, ExecutionOperations<Instant> operations) {
			Execution execution = complete.getExecution();
			@SuppressWarnings("unchecked")
			Instant firstAt = firstAt((TaskInstance<Instant>) execution.taskInstance, execution);
			int attempts = execution.consecutiveFailures + 1;
			String error = complete.getCause().map(TaskFactory::describe).orElse("failed");
			Instant next = this.policy.nextAttempt(attempts, firstAt, TaskFactory.this.clock.instant());
			if (next == null) {
				operations.remove();
				giveUp(this.handler, execution.taskInstance.getId(), attempts, error, firstAt);
				return;
			}
			log.info("Task {} {} attempt {} failed, next at {}: {}", this.handler.task(), execution.taskInstance.getId(),
					attempts, next, error);
			operations.reschedule(complete, next);
		}

	}

	static String describe(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getMessage() == null) {
			cause = cause.getCause();
		}
		return cause.getClass().getSimpleName() + ": " + cause.getMessage();
	}

}

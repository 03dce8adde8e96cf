package com.baolink.engine;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.logging.LogLevel;
import com.github.kagkarlsson.scheduler.stats.MicrometerStatsRegistry;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Wires db-scheduler by hand (its Spring Boot starter targets Boot 3): one {@link SchedulerClient}
 * for scheduling (always present, on a transaction-aware data source so scheduling joins the
 * caller's transaction) and, unless {@code baolink.engine.enabled=false}, the {@link Scheduler}
 * that executes work on this node, started when the application is ready and stopped on shutdown
 * ({@link EngineLifecycle}). Its table {@code scheduled_tasks} is created by Flyway.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EngineProperties.class)
class EngineConfig {

	@Bean
	EngineTaskNames engineTaskNames(EngineProperties properties, ObjectProvider<JobHandler> handlers,
			ObjectProvider<RecurringJob> recurring) {
		return new EngineTaskNames(properties, handlers.orderedStream().toList(), recurring.orderedStream().toList());
	}

	@Bean
	EngineTasks engineTasks(EngineProperties properties, GivenUpTasks givenUp, ObjectProvider<JobHandler> handlers,
			ObjectProvider<RecurringJob> recurring, Clock clock) {
		TaskFactory factory = new TaskFactory(properties, givenUp, clock);
		List<Task<?>> oneTime = new ArrayList<>();
		handlers.orderedStream().forEach(handler -> oneTime.add(factory.oneTime(handler)));
		List<RecurringTask<?>> recurringTasks = properties.recurring()
				? recurring.orderedStream().<RecurringTask<?>>map(factory::recurring).toList() : List.of();
		return new EngineTasks(oneTime, recurringTasks);
	}

	@Bean
	SchedulerClient engineClient(DataSource dataSource, EngineTasks tasks) {
		return SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource), tasks.all()).build();
	}

	@Bean
	Jobs jobs(@Qualifier("engineClient") ObjectProvider<SchedulerClient> client, ObjectProvider<Scheduler> scheduler, EngineProperties properties,
			Clock clock) {
		return new Jobs(client, scheduler, properties, clock);
	}

	@Bean(destroyMethod = "")
	@ConditionalOnBooleanProperty(name = "baolink.engine.enabled", matchIfMissing = true)
	Scheduler engineScheduler(DataSource dataSource, EngineTasks tasks, EngineProperties properties, JdbcClient jdbc,
			MeterRegistry meters, Clock clock) {
		return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks.oneTime())
			.startTasks(tasks.recurring())
			.schedulerName(new SchedulerName.Fixed(properties.nodeName()))
			.threads(properties.threads())
			.pollingInterval(properties.pollingInterval())
			.heartbeatInterval(properties.heartbeatInterval())
			.shutdownMaxWait(properties.shutdownMaxWait())
			.commitWhenAutocommitDisabled(false)
			.statsRegistry(new MicrometerStatsRegistry(meters, tasks.all()))
			.addSchedulerListener(new DoneCounter(jdbc, properties.nodeName(), clock))
			.failureLogging(LogLevel.DEBUG, false)
			.build();
	}

	@Bean
	EngineLifecycle engineLifecycle(ObjectProvider<Scheduler> scheduler) {
		return new EngineLifecycle(scheduler);
	}

	/** The tasks of this node: one-time kinds and (unless switched off here) the recurring ones. */
	record EngineTasks(List<Task<?>> oneTime, List<RecurringTask<?>> recurring) {

		List<Task<?>> all() {
			List<Task<?>> all = new ArrayList<>(this.oneTime);
			all.addAll(this.recurring);
			return all;
		}

	}

}

package com.baolink.engine;

import java.time.Clock;
import java.util.List;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * The ops view as Prometheus gauges, per task: {@code baolink.engine.tasks} by {@code state} (due,
 * later, running, given_up), {@code baolink.engine.done_last_hour} and
 * {@code baolink.engine.oldest_due_seconds}. Cluster-wide (read from the database), refreshed at
 * most every 10 s whatever the scrape rate.
 */
@Component
class EngineMetrics implements MeterBinder {

	private static final long REFRESH_MILLIS = 10_000;

	private final EngineOverview overview;

	private final EngineTaskNames names;

	private final Clock clock;

	private volatile List<EngineOverview.TaskKindStats> cached = List.of();

	private volatile long readAt;

	EngineMetrics(EngineOverview overview, EngineTaskNames names, Clock clock) {
		this.overview = overview;
		this.names = names;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (String task : this.names.logical()) {
			gauge(registry, "baolink.engine.tasks", task, "due", EngineOverview.TaskKindStats::due);
			gauge(registry, "baolink.engine.tasks", task, "later", EngineOverview.TaskKindStats::later);
			gauge(registry, "baolink.engine.tasks", task, "running", EngineOverview.TaskKindStats::running);
			gauge(registry, "baolink.engine.tasks", task, "given_up", EngineOverview.TaskKindStats::givenUp);
			Gauge.builder("baolink.engine.done_last_hour", () -> value(task, EngineOverview.TaskKindStats::doneLastHour))
				.tag("task", task)
				.register(registry);
			Gauge.builder("baolink.engine.oldest_due_seconds",
					() -> value(task, stats -> stats.oldestDueAge().toMillis() / 1000.0))
				.tag("task", task)
				.baseUnit("seconds")
				.register(registry);
		}
	}

	private void gauge(MeterRegistry registry, String name, String task, String state,
			ToDoubleFunction<EngineOverview.TaskKindStats> value) {
		Gauge.builder(name, () -> value(task, value)).tag("task", task).tag("state", state).register(registry);
	}

	private double value(String task, ToDoubleFunction<EngineOverview.TaskKindStats> value) {
		return current().stream().filter(stats -> stats.task().equals(task)).findFirst().map(value::applyAsDouble)
			.orElse(Double.NaN);
	}

	private List<EngineOverview.TaskKindStats> current() {
		long now = this.clock.millis();
		if (now - this.readAt > REFRESH_MILLIS) {
			this.readAt = now;
			try {
				this.cached = this.overview.stats();
			}
			catch (RuntimeException ex) {
				this.cached = List.of();
			}
		}
		return this.cached;
	}

}

package com.baolink.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The kinds of task this node knows: the modules' handlers and recurring jobs, by logical name. */
final class EngineTaskNames {

	private final EngineProperties properties;

	private final Map<String, JobHandler> handlers;

	private final List<String> recurring;

	EngineTaskNames(EngineProperties properties, List<JobHandler> handlers, List<RecurringJob> recurring) {
		this.properties = properties;
		this.handlers = handlers.stream().collect(Collectors.toMap(JobHandler::task, Function.identity()));
		this.recurring = recurring.stream().map(RecurringJob::task).sorted().toList();
	}

	List<String> logical() {
		return java.util.stream.Stream.concat(this.handlers.keySet().stream().sorted(), this.recurring.stream()).toList();
	}

	List<String> qualified() {
		return logical().stream().map(this.properties::qualified).toList();
	}

	boolean isRecurring(String task) {
		return this.recurring.contains(task);
	}

	Optional<JobHandler> handler(String task) {
		return Optional.ofNullable(this.handlers.get(task));
	}

}

package com.baolink.engine;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ops view of the engine, across all nodes: per kind of task how many executions wait (due now
 * or later), run, were given up and were done in the last hour, and how long the oldest due one has
 * waited; the given-up executions with their last error, and running one again.
 */
@Component
public class EngineOverview {

	private final JdbcClient jdbc;

	private final EngineProperties properties;

	private final GivenUpTasks givenUp;

	private final EngineTaskNames names;

	private final Jobs jobs;

	private final Clock clock;

	EngineOverview(JdbcClient jdbc, EngineProperties properties, GivenUpTasks givenUp, EngineTaskNames names, Jobs jobs,
			Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.givenUp = givenUp;
		this.names = names;
		this.jobs = jobs;
		this.clock = clock;
	}

	/** One line per kind of task this node knows, in a stable order. */
	public List<TaskKindStats> stats() {
		Instant now = this.clock.instant();
		Map<String, long[]> counts = new HashMap<>();
		Map<String, Instant> oldestDue = new HashMap<>();
		List<String> qualified = this.names.qualified();
		if (qualified.isEmpty()) {
			return List.of();
		}
		this.jdbc.sql("""
				SELECT task_name,
				       SUM(CASE WHEN picked = 0 AND execution_time <= :now THEN 1 ELSE 0 END) AS due,
				       SUM(CASE WHEN picked = 0 AND execution_time > :now THEN 1 ELSE 0 END) AS later,
				       SUM(CASE WHEN picked = 1 THEN 1 ELSE 0 END) AS running,
				       MIN(CASE WHEN picked = 0 AND execution_time <= :now THEN execution_time END) AS oldest_due
				FROM scheduled_tasks WHERE task_name IN (:tasks) GROUP BY task_name""")
			.param("now", Timestamp.from(now))
			.param("tasks", qualified)
			.query(rs -> {
				String task = rs.getString("task_name");
				counts.computeIfAbsent(task, t -> new long[5]);
				long[] c = counts.get(task);
				c[0] = rs.getLong("due");
				c[1] = rs.getLong("later");
				c[2] = rs.getLong("running");
				Timestamp oldest = rs.getTimestamp("oldest_due");
				if (oldest != null) {
					oldestDue.put(task, oldest.toInstant());
				}
			});
		this.jdbc.sql("SELECT task_name, COUNT(*) AS n FROM engine_given_up WHERE task_name IN (:tasks) GROUP BY task_name")
			.param("tasks", qualified)
			.query(rs -> {
				counts.computeIfAbsent(rs.getString("task_name"), t -> new long[5])[3] = rs.getLong("n");
			});
		this.jdbc.sql("""
				SELECT task_name, SUM(done) AS n FROM engine_done
				WHERE task_name IN (:tasks) AND minute >= :since GROUP BY task_name""")
			.param("tasks", qualified)
			.param("since", now.minus(Duration.ofHours(1)).toEpochMilli() / 60_000)
			.query(rs -> {
				counts.computeIfAbsent(rs.getString("task_name"), t -> new long[5])[4] = rs.getLong("n");
			});
		List<TaskKindStats> stats = new ArrayList<>();
		for (String task : this.names.logical()) {
			String name = this.properties.qualified(task);
			long[] c = counts.getOrDefault(name, new long[5]);
			Instant oldest = oldestDue.get(name);
			Duration age = oldest == null ? Duration.ZERO : Duration.between(oldest, now);
			stats.add(new TaskKindStats(task, this.names.isRecurring(task), c[0], c[1], c[2], c[3], c[4],
					age.isNegative() ? Duration.ZERO : age));
		}
		return stats;
	}

	/** The newest given-up executions (at most {@code limit}). */
	public List<GivenUp> givenUp(int limit) {
		String prefix = this.properties.namespace();
		return this.givenUp.newest(this.names.qualified(), limit)
			.stream()
			.map(row -> row.withTask(row.task().substring(prefix.length())))
			.toList();
	}

	/**
	 * Staff run a given-up execution again: its module puts its record back to waiting, the record
	 * is removed and the work scheduled now with a fresh retry window. False when it was not given up
	 * (any more).
	 */
	@Transactional
	public boolean runAgain(String task, String id) {
		if (!this.names.logical().contains(task) || !this.givenUp.remove(this.properties.qualified(task), id)) {
			return false;
		}
		this.names.handler(task).ifPresent(handler -> handler.beforeRunAgain(id));
		this.jobs.scheduleNow(task, id);
		return true;
	}

	/** {@code oldestDueAge}: how long the oldest execution that is due has waited for a worker. */
	public record TaskKindStats(String task, boolean recurring, long due, long later, long running, long givenUp,
			long doneLastHour, Duration oldestDueAge) {

		public long waiting() {
			return this.due + this.later;
		}

	}

	public record GivenUp(String task, String id, int attempts, String lastError, Instant firstAt, Instant givenUpAt,
			String node) {

		GivenUp withTask(String name) {
			return new GivenUp(name, this.id, this.attempts, this.lastError, this.firstAt, this.givenUpAt, this.node);
		}

	}

}

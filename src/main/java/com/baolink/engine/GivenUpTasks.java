package com.baolink.engine;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code engine_given_up} table: executions a retry policy gave up on, for staff. */
@Repository
class GivenUpTasks {

	private static final int ERROR_MAX = 1000;

	private final JdbcClient jdbc;

	private final Clock clock;

	GivenUpTasks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void record(String task, String id, int attempts, String error, Instant firstAt, String node) {
		this.jdbc.sql("""
				INSERT INTO engine_given_up (task_name, task_instance, attempts, last_error, first_at, given_up_at, node)
				VALUES (:task, :id, :attempts, :error, :firstAt, :now, :node)
				ON DUPLICATE KEY UPDATE attempts = VALUES(attempts), last_error = VALUES(last_error),
				    given_up_at = VALUES(given_up_at), node = VALUES(node)""")
			.param("task", task)
			.param("id", id)
			.param("attempts", attempts)
			.param("error", error == null || error.length() <= ERROR_MAX ? error : error.substring(0, ERROR_MAX))
			.param("firstAt", Timestamp.from(firstAt))
			.param("now", Timestamp.from(this.clock.instant()))
			.param("node", node)
			.update();
	}

	/** Removes the record; false when there was none (already run again by someone else). */
	boolean remove(String task, String id) {
		return this.jdbc.sql("DELETE FROM engine_given_up WHERE task_name = :task AND task_instance = :id")
			.param("task", task)
			.param("id", id)
			.update() == 1;
	}

	/** The newest given-up executions of the tasks named (qualified names), at most {@code limit}. */
	List<EngineOverview.GivenUp> newest(List<String> tasks, int limit) {
		if (tasks.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT task_name, task_instance, attempts, last_error, first_at, given_up_at, node
				FROM engine_given_up WHERE task_name IN (:tasks) ORDER BY given_up_at DESC LIMIT :limit""")
			.param("tasks", tasks)
			.param("limit", limit)
			.query((rs, n) -> new EngineOverview.GivenUp(rs.getString("task_name"), rs.getString("task_instance"),
					rs.getInt("attempts"), rs.getString("last_error"), rs.getTimestamp("first_at").toInstant(),
					rs.getTimestamp("given_up_at").toInstant(), rs.getString("node")))
			.list();
	}

}

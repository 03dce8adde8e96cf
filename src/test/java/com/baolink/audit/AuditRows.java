package com.baolink.audit;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads audit rows back in tests (the newest of an action on a subject). */
public final class AuditRows {

	private AuditRows() {
	}

	public static Optional<Row> newest(JdbcClient jdbc, AuditAction action, Object subjectId) {
		return jdbc.sql("""
				SELECT actor_login, actor_name, actor_role, remote_address, subject_type, summary, before_json, after_json
				FROM audit_event WHERE action = :action AND subject_id = :subjectId ORDER BY id DESC LIMIT 1""")
			.param("action", action.name())
			.param("subjectId", String.valueOf(subjectId))
			.query((rs, n) -> new Row(rs.getString("actor_login"), rs.getString("actor_name"), rs.getString("actor_role"),
					rs.getString("remote_address"), rs.getString("subject_type"), rs.getString("summary"),
					rs.getString("before_json"), rs.getString("after_json")))
			.optional();
	}

	public static Row required(JdbcClient jdbc, AuditAction action, Object subjectId) {
		return newest(jdbc, action, subjectId)
			.orElseThrow(() -> new AssertionError("no audit row " + action + " for " + subjectId));
	}

	public static int count(JdbcClient jdbc, AuditAction action, Object subjectId) {
		return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = :action AND subject_id = :subjectId")
			.param("action", action.name())
			.param("subjectId", String.valueOf(subjectId))
			.query(Integer.class)
			.single();
	}

	public record Row(String actorLogin, String actorName, String actorRole, String remoteAddress, String subjectType,
			String summary, String before, String after) {
	}

}

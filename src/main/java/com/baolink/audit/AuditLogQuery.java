package com.baolink.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.baolink.infrastructure.config.ChinaTime;

/** Reads the audit log for {@code /admin/audit}: filtered, newest first, {@value #PAGE_SIZE} a page. Never writes. */
@Component
class AuditLogQuery {

	static final int PAGE_SIZE = 50;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	AuditLogQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Page page(AuditSearch search) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		StringBuilder where = new StringBuilder(" FROM audit_event WHERE 1 = 1");
		if (search.actor() != null) {
			where.append(" AND (actor_login LIKE :actor ESCAPE '!' OR actor_name LIKE :actor ESCAPE '!')");
			params.addValue("actor", "%" + likeEscaped(search.actor()) + "%");
		}
		if (search.action() != null) {
			where.append(" AND action = :action");
			params.addValue("action", search.action().name());
		}
		if (search.subjectType() != null) {
			where.append(" AND subject_type = :subjectType");
			params.addValue("subjectType", search.subjectType().name());
		}
		if (search.subjectId() != null) {
			where.append(" AND subject_id = :subjectId");
			params.addValue("subjectId", search.subjectId());
		}
		if (search.from() != null) {
			where.append(" AND occurred_at >= :from");
			params.addValue("from", Timestamp.from(search.from().atStartOfDay(ChinaTime.ZONE).toInstant()));
		}
		if (search.to() != null) {
			where.append(" AND occurred_at < :to");
			params.addValue("to", Timestamp.from(search.to().plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant()));
		}
		long total = this.jdbc.sql("SELECT COUNT(*)" + where).paramSource(params).query(Long.class).single();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int page = Math.min(search.page(), pages);
		params.addValue("limit", PAGE_SIZE).addValue("offset", (page - 1) * PAGE_SIZE);
		List<Row> rows = this.jdbc.sql("""
				SELECT id, occurred_at, actor_login, actor_name, actor_role, remote_address, action, subject_type,
				       subject_id, summary, before_json, after_json""" + where
				+ " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset")
			.paramSource(params)
			.query(AuditLogQuery::row)
			.list();
		return new Page(rows, total, page, pages);
	}

	/** The logins that appear as actors, for the filter's suggestions. */
	List<String> actors() {
		return this.jdbc.sql("SELECT DISTINCT actor_login FROM audit_event ORDER BY actor_login LIMIT 200")
			.query(String.class)
			.list();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor_login"),
				rs.getString("actor_name"), rs.getString("actor_role"), rs.getString("remote_address"),
				rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("summary"),
				changes(rs.getString("before_json"), rs.getString("after_json")));
	}

	/**
	 * The fields shown for a row: for a change, those whose value differs; when there is only a
	 * before or only an after (created, password set), all of its fields.
	 */
	static List<Change> changes(String beforeJson, String afterJson) {
		Map<String, Object> before = read(beforeJson);
		Map<String, Object> after = read(afterJson);
		Set<String> fields = new LinkedHashSet<>(before.keySet());
		fields.addAll(after.keySet());
		boolean both = beforeJson != null && afterJson != null;
		List<Change> changes = new ArrayList<>();
		for (String field : fields) {
			Object was = before.get(field);
			Object now = after.get(field);
			if (!both || !Objects.equals(was, now)) {
				changes.add(new Change(field, shown(was, before.containsKey(field)), shown(now, after.containsKey(field))));
			}
		}
		return changes;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> read(String json) {
		if (json == null || json.isBlank()) {
			return Map.of();
		}
		try {
			Object value = JSON.readValue(json, Object.class);
			return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of("value", value);
		}
		catch (JacksonException ex) {
			Map<String, Object> raw = new LinkedHashMap<>();
			raw.put("value", json);
			return raw;
		}
	}

	private static String shown(Object value, boolean present) {
		if (!present) {
			return null;
		}
		if (value == null) {
			return "—";
		}
		if (value instanceof Boolean flag) {
			return flag ? "✓" : "✗";
		}
		if (value instanceof Collection<?> list) {
			return list.stream().map(String::valueOf).collect(Collectors.joining(" · "));
		}
		return String.valueOf(value);
	}

	static String likeEscaped(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	/** One audit row as shown; {@code action} and {@code subjectType} are codes (labels in the bundle). */
	public record Row(long id, Instant occurredAt, String actorLogin, String actorName, String actorRole,
			String remoteAddress, String action, String subjectType, String subjectId, String summary,
			List<Change> changes) {
	}

	/** A field of the changed thing: its value before and after (null: not recorded on that side). */
	public record Change(String field, String before, String after) {
	}

	public record Page(List<Row> rows, long total, int page, int pages) {

		public boolean hasPrevious() {
			return this.page > 1;
		}

		public boolean hasNext() {
			return this.page < this.pages;
		}

	}

}

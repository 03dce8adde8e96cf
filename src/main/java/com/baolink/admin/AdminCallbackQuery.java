package com.baolink.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.baolink.infrastructure.config.ChinaTime;

/** Stored partner callbacks for staff: newest first, filtered by status and source, and one in full. */
@Component
class AdminCallbackQuery {

	static final int PAGE_SIZE = 50;

	static final Set<String> STATUSES = Set.of("RECEIVED", "PROCESSED", "UNMATCHED", "FAILED", "REJECTED");

	private static final String COLUMNS = """
			id, source, kind, partner_ref, signature_verdict, status, attempts, duplicate_count, last_error,
			received_at, processed_at, order_id, remote_addr""";

	private final JdbcClient jdbc;

	AdminCallbackQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Page page(String status, String source, int requestedPage) {
		List<String> where = new ArrayList<>();
		MapSqlParameterSource params = new MapSqlParameterSource();
		if (status != null) {
			where.add("status = :status");
			params.addValue("status", status);
		}
		if (source != null) {
			where.add("source = :source");
			params.addValue("source", source);
		}
		String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
		long total = this.jdbc.sql("SELECT COUNT(*) FROM inbound_callback" + filter)
			.paramSource(params)
			.query(Long.class)
			.single();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int page = Math.max(1, Math.min(requestedPage, pages));
		params.addValue("limit", PAGE_SIZE).addValue("offset", (page - 1) * PAGE_SIZE);
		List<Row> rows = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM inbound_callback" + filter
					+ " ORDER BY received_at DESC, id DESC LIMIT :limit OFFSET :offset")
			.paramSource(params)
			.query((rs, n) -> row(rs))
			.list();
		return new Page(rows, total, page, pages);
	}

	Optional<Detail> detail(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + ", raw_body, headers FROM inbound_callback WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> new Detail(row(rs), rs.getString("raw_body"), rs.getString("headers")))
			.optional();
	}

	/** Sources seen so far, for the filter (a short list: one per partner). */
	List<String> sources() {
		return this.jdbc.sql("SELECT DISTINCT source FROM inbound_callback ORDER BY source LIMIT 20")
			.query(String.class)
			.list();
	}

	static String status(String text) {
		if (text == null) {
			return null;
		}
		String value = text.strip().toUpperCase(Locale.ROOT);
		return STATUSES.contains(value) ? value : null;
	}

	private static Row row(ResultSet rs) throws SQLException {
		Object orderId = rs.getObject("order_id");
		return new Row(rs.getLong("id"), rs.getString("source"), rs.getString("kind"), rs.getString("partner_ref"),
				rs.getString("signature_verdict"), rs.getString("status"), rs.getInt("attempts"),
				rs.getInt("duplicate_count"), rs.getString("last_error"), china(rs.getTimestamp("received_at")),
				china(rs.getTimestamp("processed_at")),
				orderId == null ? null : ((Number) orderId).longValue(), rs.getString("remote_addr"));
	}

	private static LocalDateTime china(Timestamp timestamp) {
		return timestamp == null ? null : LocalDateTime.ofInstant(timestamp.toInstant(), ChinaTime.ZONE);
	}

	public record Row(long id, String source, String kind, String partnerRef, String verdict, String status,
			int attempts, int duplicates, String lastError, LocalDateTime receivedAt, LocalDateTime processedAt,
			Long orderId, String remoteAddr) {

		/** Staff may replay what was processed, unmatched or failed; never a rejected (malformed or forged) one. */
		public boolean replayable() {
			return "PROCESSED".equals(this.status) || "UNMATCHED".equals(this.status) || "FAILED".equals(this.status);
		}

	}

	public record Detail(Row row, String rawBody, String headers) {
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

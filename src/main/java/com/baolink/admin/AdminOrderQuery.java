package com.baolink.admin;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.baolink.infrastructure.config.ChinaTime;
import com.baolink.order.OrderStatus;

/** All members' orders for staff: newest first, filtered, one page of {@value #PAGE_SIZE} at a time. */
@Component
class AdminOrderQuery {

	static final int PAGE_SIZE = 20;

	private final JdbcClient jdbc;

	AdminOrderQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Page page(AdminOrderSearch search) {
		List<String> where = new ArrayList<>();
		MapSqlParameterSource params = new MapSqlParameterSource();
		if (search.status() != null) {
			where.add("o.status = :status");
			params.addValue("status", search.status().name());
		}
		if (search.mobile() != null) {
			where.add("m.mobile = :mobile");
			params.addValue("mobile", search.mobile());
		}
		if (search.product() != null) {
			where.add("o.product_code = :product");
			params.addValue("product", search.product());
		}
		if (search.q() != null) {
			where.add("(o.insured_summary LIKE :like ESCAPE '!' OR o.policy_codes LIKE :like ESCAPE '!')");
			params.addValue("like", "%" + likeEscaped(search.q()) + "%");
		}
		String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
		String from = " FROM purchase_order o JOIN member m ON m.id = o.member_id" + filter;
		long total = this.jdbc.sql("SELECT COUNT(*)" + from).paramSource(params).query(Long.class).single();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int page = Math.min(search.page(), pages);
		params.addValue("limit", PAGE_SIZE).addValue("offset", (page - 1) * PAGE_SIZE);
		List<Row> rows = this.jdbc.sql("""
				SELECT o.id, o.status, o.channel, o.product_code, o.product_name, o.insured_summary, o.policy_codes,
				    o.total_amount, o.created_at, m.mobile, m.login, m.display_name""" + from
				+ " ORDER BY o.created_at DESC, o.id DESC LIMIT :limit OFFSET :offset")
			.paramSource(params)
			.query((rs, n) -> new Row(rs.getLong("id"), OrderStatus.valueOf(rs.getString("status")),
					rs.getString("channel"), rs.getString("product_code"), rs.getString("product_name"),
					rs.getString("insured_summary"), rs.getString("policy_codes"), rs.getBigDecimal("total_amount"),
					china(rs.getTimestamp("created_at")), rs.getString("mobile") != null ? rs.getString("mobile")
							: rs.getString("login"),
					rs.getString("display_name")))
			.list();
		return new Page(rows, total, page, pages);
	}

	private static String likeEscaped(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	private static LocalDateTime china(Timestamp timestamp) {
		Instant instant = timestamp.toInstant();
		return LocalDateTime.ofInstant(instant, ChinaTime.ZONE);
	}

	public record Row(long id, OrderStatus status, String channel, String productCode, String productName,
			String insuredSummary, String policyCodes, java.math.BigDecimal totalAmount, LocalDateTime createdAt,
			String member, String memberName) {
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

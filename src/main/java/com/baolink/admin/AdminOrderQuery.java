package com.baolink.admin;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.baolink.infrastructure.config.ChinaTime;
import com.baolink.catalog.Channel;
import com.baolink.order.OrderStatus;

/**
 * All members' orders for staff, newest first, filtered by {@link AdminOrderSearch}: one page of
 * {@value #PAGE_SIZE} for the list, or every match for the export, read in key-set chunks of
 * {@value #CHUNK} ({@code (created_at, id)} below the last row seen), so an export of any size
 * holds one chunk in memory and no query or connection stays open while the client downloads.
 * Every filter is an index lookup (V55): the insured name and the policy number through
 * {@code order_insured}'s indexes, the member through its login or mobile.
 */
@Component
class AdminOrderQuery {

	static final int PAGE_SIZE = 20;

	static final int CHUNK = 500;

	private static final String COLUMNS = """
			SELECT o.id, o.status, o.channel, o.product_code, o.product_name, o.plan_name, o.insured_summary,
			    o.policy_codes, o.total_amount, o.partner_order_code, o.created_at, o.member_id, m.mobile, m.login,
			    m.display_name, m.company""";

	/**
	 * The orders first, then each one's member: without STRAIGHT_JOIN the optimiser may read the
	 * (small) member table first and sort every order of every member to find the newest 20.
	 */
	private static final String FROM = " FROM purchase_order o STRAIGHT_JOIN member m ON m.id = o.member_id";

	private static final String ORDER = " ORDER BY o.created_at DESC, o.id DESC";

	private final JdbcClient jdbc;

	AdminOrderQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Page page(AdminOrderSearch search) {
		Filter filter = filter(search);
		// Counted without the member join: every order has its member (foreign key), and no filter needs it.
		long total = this.jdbc.sql("SELECT COUNT(*) FROM purchase_order o" + filter.where())
			.paramSource(filter.params())
			.query(Long.class)
			.single();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int page = Math.min(search.page(), pages);
		filter.params().addValue("limit", PAGE_SIZE).addValue("offset", (page - 1) * PAGE_SIZE);
		List<Row> rows = this.jdbc.sql(COLUMNS + FROM + filter.where() + ORDER + " LIMIT :limit OFFSET :offset")
			.paramSource(filter.params())
			.query((rs, n) -> row(rs))
			.list();
		return new Page(rows, total, page, pages);
	}

	/** Hands every order of {@code search} to {@code each}, newest first, one chunk in memory at a time. */
	long forEach(AdminOrderSearch search, Consumer<Row> each) {
		Filter filter = filter(search);
		String first = COLUMNS + FROM + filter.where() + ORDER + " LIMIT " + CHUNK;
		String next = COLUMNS + FROM + and(filter.where(),
				"o.created_at <= :lastAt AND (o.created_at < :lastAt OR o.id < :lastId)")
				+ ORDER + " LIMIT " + CHUNK;
		long count = 0;
		List<Row> chunk = this.jdbc.sql(first).paramSource(filter.params()).query((rs, n) -> row(rs)).list();
		while (!chunk.isEmpty()) {
			chunk.forEach(each);
			count += chunk.size();
			if (chunk.size() < CHUNK) {
				break;
			}
			Row last = chunk.get(chunk.size() - 1);
			filter.params().addValue("lastAt", last.createdAtStored()).addValue("lastId", last.id());
			chunk = this.jdbc.sql(next).paramSource(filter.params()).query((rs, n) -> row(rs)).list();
		}
		return count;
	}

	private static Filter filter(AdminOrderSearch search) {
		List<String> where = new ArrayList<>();
		MapSqlParameterSource params = new MapSqlParameterSource();
		if (search.member() != null) {
			where.add("o.member_id IN (SELECT mm.id FROM member mm WHERE mm.login = :member OR mm.mobile = :member)");
			params.addValue("member", search.member());
		}
		if (search.channel() != null) {
			where.add("o.channel = :channel");
			params.addValue("channel", search.channel().name());
		}
		if (search.product() != null) {
			where.add("o.product_code = :product");
			params.addValue("product", search.product());
		}
		if (search.status() != null) {
			where.add("o.status = :status");
			params.addValue("status", search.status().name());
		}
		if (search.from() != null) {
			where.add("o.created_at >= :from");
			params.addValue("from", Timestamp.from(search.from().atStartOfDay(ChinaTime.ZONE).toInstant()));
		}
		if (search.to() != null) {
			where.add("o.created_at < :until");
			params.addValue("until", Timestamp.from(search.to().plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant()));
		}
		if (search.insured() != null) {
			where.add("o.id IN (SELECT i.purchase_order FROM order_insured i WHERE i.name = :insured)");
			params.addValue("insured", search.insured());
		}
		if (search.policy() != null) {
			where.add("o.id IN (SELECT p.purchase_order FROM order_insured p WHERE p.policy_code = :policy)");
			params.addValue("policy", search.policy());
		}
		return new Filter(where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where), params);
	}

	private static String and(String where, String condition) {
		return where.isEmpty() ? " WHERE " + condition : where + " AND " + condition;
	}

	private static Row row(ResultSet rs) throws SQLException {
		Timestamp created = rs.getTimestamp("created_at");
		return new Row(rs.getLong("id"), OrderStatus.valueOf(rs.getString("status")),
				Channel.valueOf(rs.getString("channel")), rs.getString("product_code"), rs.getString("product_name"),
				rs.getString("plan_name"), rs.getString("insured_summary"), rs.getString("policy_codes"),
				rs.getBigDecimal("total_amount"), rs.getString("partner_order_code"),
				LocalDateTime.ofInstant(created.toInstant(), ChinaTime.ZONE), created, rs.getLong("member_id"),
				rs.getString("mobile") != null ? rs.getString("mobile") : rs.getString("login"),
				rs.getString("display_name"), rs.getString("company"));
	}

	private record Filter(String where, MapSqlParameterSource params) {
	}

	/** One order as staff lists it; {@code member} is the member's mobile (or login). */
	public record Row(long id, OrderStatus status, Channel channel, String productCode, String productName,
			String planName, String insuredSummary, String policyCodes, BigDecimal totalAmount,
			String partnerOrderCode, LocalDateTime createdAt, Timestamp createdAtStored, long memberId, String member,
			String memberName, String company) {
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

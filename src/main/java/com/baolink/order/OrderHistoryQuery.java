package com.baolink.order;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.baolink.infrastructure.config.ChinaTime;

/**
 * Read model of a member's order history: only the columns a list needs, one COUNT and one page
 * query per request whatever the page size (no per-row loading). Always scoped to one member.
 */
@Component
public class OrderHistoryQuery {

	public static final int PAGE_SIZE = 20;

	private static final String COLUMNS = """
			id, product_code, product_name, plan_name, insured_summary, policy_codes, total_amount, status,
			created_at, partner_order_code, share_link_id, customer_name""";

	private final NamedParameterJdbcTemplate jdbc;

	OrderHistoryQuery(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** One page, newest first; a page past the end shows the last page. */
	public OrderPage page(long memberId, OrderSearch search) {
		Filter filter = filter(memberId, search);
		long total = this.jdbc.queryForObject("SELECT COUNT(*) FROM purchase_order WHERE " + filter.where(),
				filter.params(), Long.class);
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int page = Math.min(search.page(), pages);
		filter.params().addValue("limit", PAGE_SIZE).addValue("offset", (page - 1) * PAGE_SIZE);
		List<OrderRow> rows = this.jdbc.query("SELECT " + COLUMNS + " FROM purchase_order WHERE " + filter.where()
				+ " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset", filter.params(), OrderHistoryQuery::row);
		return new OrderPage(rows, total, page, pages);
	}

	/** Every matching order, newest first, at most {@code limit}. */
	public List<OrderRow> export(long memberId, OrderSearch search, int limit) {
		Filter filter = filter(memberId, search);
		filter.params().addValue("limit", limit);
		return this.jdbc.query("SELECT " + COLUMNS + " FROM purchase_order WHERE " + filter.where()
				+ " ORDER BY created_at DESC, id DESC LIMIT :limit", filter.params(), OrderHistoryQuery::row);
	}

	/** The products the member has orders for (the product filter's choices). */
	public List<ProductOption> productsOf(long memberId) {
		return this.jdbc.query("""
				SELECT product_code, MAX(product_name) AS product_name FROM purchase_order
				WHERE member_id = :memberId GROUP BY product_code ORDER BY MAX(created_at) DESC LIMIT 100""",
				new MapSqlParameterSource("memberId", memberId),
				(rs, n) -> new ProductOption(rs.getString("product_code"), rs.getString("product_name")));
	}

	private static Filter filter(long memberId, OrderSearch search) {
		StringBuilder where = new StringBuilder("member_id = :memberId");
		MapSqlParameterSource params = new MapSqlParameterSource("memberId", memberId);
		if (search.status() != null) {
			where.append(" AND status = :status");
			params.addValue("status", search.status().name());
		}
		if (search.product() != null) {
			where.append(" AND product_code = :product");
			params.addValue("product", search.product());
		}
		if (search.from() != null) {
			where.append(" AND created_at >= :from");
			params.addValue("from", Timestamp.from(search.from().atStartOfDay(ChinaTime.ZONE).toInstant()));
		}
		if (search.to() != null) {
			where.append(" AND created_at < :toExclusive");
			params.addValue("toExclusive",
					Timestamp.from(search.to().plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant()));
		}
		if (search.q() != null) {
			// Insured name or policy number, anywhere in it; the member's text is matched literally.
			where.append(" AND ").append("""
					EXISTS (SELECT 1 FROM order_insured i WHERE i.purchase_order = purchase_order.id
					   AND (i.name LIKE :q ESCAPE '!' OR i.policy_code LIKE :q ESCAPE '!'))""");
			params.addValue("q", "%" + escapeLike(search.q()) + "%");
		}
		return new Filter(where.toString(), params);
	}

	/** Makes {@code %}, {@code _} and the escape character itself literal in a LIKE pattern. */
	static String escapeLike(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	private static OrderRow row(ResultSet rs, int rowNum) throws SQLException {
		Timestamp created = rs.getTimestamp("created_at");
		return new OrderRow(rs.getLong("id"), rs.getString("product_code"), rs.getString("product_name"),
				rs.getString("plan_name"), rs.getString("insured_summary"), rs.getString("policy_codes"),
				rs.getBigDecimal("total_amount"), OrderStatus.valueOf(rs.getString("status")),
				created == null ? null : LocalDateTime.ofInstant(created.toInstant(), ChinaTime.ZONE),
				rs.getString("partner_order_code"), rs.getObject("share_link_id") != null, rs.getString("customer_name"));
	}

	private record Filter(String where, MapSqlParameterSource params) {
	}

	/**
	 * A history line; {@code createdAt} in China time. {@code fromShareLink}: an end customer
	 * ({@code customerName}) bought it through one of the member's share links.
	 */
	public record OrderRow(long id, String productCode, String productName, String planName, String insuredSummary,
			String policyCodes, BigDecimal totalAmount, OrderStatus status, LocalDateTime createdAt,
			String partnerOrderCode, boolean fromShareLink, String customerName) {
	}

	public record OrderPage(List<OrderRow> rows, long total, int page, int pages) {

		public boolean hasPrevious() {
			return this.page > 1;
		}

		public boolean hasNext() {
			return this.page < this.pages;
		}

	}

	public record ProductOption(String code, String name) {
	}

}

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
			created_at, partner_order_code, share_link_id, customer_name, closed_at""";

	private final NamedParameterJdbcTemplate jdbc;

	private final SearchKeys searchKeys;

	OrderHistoryQuery(NamedParameterJdbcTemplate jdbc, SearchKeys searchKeys) {
		this.searchKeys = searchKeys;
		this.jdbc = jdbc;
	}

	/** One page, newest first; a page past the end shows the last page. An invalid search finds nothing. */
	public OrderPage page(long memberId, OrderSearch search) {
		if (!search.valid()) {
			return new OrderPage(List.of(), 0, 1, 1);
		}
		Filter filter = filter(memberId, search);
		long total = this.jdbc.queryForObject("SELECT COUNT(*) FROM " + filter.from() + " WHERE " + filter.where(),
				filter.params(), Long.class);
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int page = Math.min(search.page(), pages);
		filter.params().addValue("limit", PAGE_SIZE).addValue("offset", (page - 1) * PAGE_SIZE);
		List<OrderRow> rows = this.jdbc.query("SELECT " + COLUMNS + " FROM " + filter.from() + " WHERE " + filter.where()
				+ " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset", filter.params(), OrderHistoryQuery::row);
		return new OrderPage(rows, total, page, pages);
	}

	/** Every matching order, newest first, at most {@code limit}. */
	public List<OrderRow> export(long memberId, OrderSearch search, int limit) {
		if (!search.valid()) {
			return List.of();
		}
		Filter filter = filter(memberId, search);
		filter.params().addValue("limit", limit);
		return this.jdbc.query("SELECT " + COLUMNS + " FROM " + filter.from() + " WHERE " + filter.where()
				+ " ORDER BY created_at DESC, id DESC LIMIT :limit", filter.params(), OrderHistoryQuery::row);
	}

	/**
	 * The products the member has orders for (the product filter's choices), most recently bought
	 * first: the distinct codes come from an index, each name from the newest order of that product.
	 */
	public List<ProductOption> productsOf(long memberId) {
		return this.jdbc.query("""
				SELECT p.product_code,
				       (SELECT o.product_name FROM purchase_order o WHERE o.member_id = :memberId
				         AND o.product_code = p.product_code ORDER BY o.created_at DESC LIMIT 1) AS product_name
				FROM (SELECT product_code, MAX(created_at) AS latest FROM purchase_order WHERE member_id = :memberId
				      GROUP BY product_code) p
				ORDER BY p.latest DESC LIMIT 100""",
				new MapSqlParameterSource("memberId", memberId),
				(rs, n) -> new ProductOption(rs.getString("product_code"), rs.getString("product_name")));
	}

	private Filter filter(long memberId, OrderSearch search) {
		StringBuilder where = new StringBuilder("member_id = :memberId");
		MapSqlParameterSource params = new MapSqlParameterSource("memberId", memberId);
		if (!search.closed()) {
			where.append(" AND closed_at IS NULL");
		}
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
		String from = "purchase_order";
		if (search.q() != null) {
			from = "purchase_order JOIN (" + matches(search.q(), params) + ") q ON q.order_id = purchase_order.id";
		}
		return new Filter(from, where.toString(), params);
	}

	/**
	 * The orders {@code q} finds, each once, every branch an index lookup: an insured person whose
	 * name is {@code q} or starts with it, a policy number, the order's serial number, and — when
	 * {@code q} can be one — an ID number or the holder's mobile through their search keys
	 * ({@link SearchKeys}). Never a {@code LIKE '%q%'} scan; the member's text is matched literally.
	 */
	private String matches(String q, MapSqlParameterSource params) {
		StringBuilder union = new StringBuilder("""
				SELECT i.purchase_order AS order_id FROM order_insured i WHERE i.name LIKE :qPrefix ESCAPE '!'
				UNION SELECT i.purchase_order FROM order_insured i WHERE i.policy_code = :q
				UNION SELECT o.id FROM purchase_order o WHERE o.out_serial_no = :q""");
		params.addValue("q", q).addValue("qPrefix", escapeLike(q) + "%");
		this.searchKeys.idNumber(q).ifPresent(key -> {
			union.append(" UNION SELECT k.order_id FROM order_search_key k WHERE k.key_hash = :idKey AND k.kind = 'ID_NUMBER'");
			params.addValue("idKey", key);
		});
		this.searchKeys.mobile(q).ifPresent(key -> {
			union.append(" UNION SELECT k.order_id FROM order_search_key k WHERE k.key_hash = :mobileKey AND k.kind = 'MOBILE'");
			params.addValue("mobileKey", key);
		});
		return union.toString();
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
				rs.getString("partner_order_code"), rs.getObject("share_link_id") != null, rs.getString("customer_name"),
				rs.getTimestamp("closed_at") != null);
	}

	private record Filter(String from, String where, MapSqlParameterSource params) {
	}

	/**
	 * A history line; {@code createdAt} in China time. {@code fromShareLink}: an end customer
	 * ({@code customerName}) bought it through one of the member's share links.
	 */
	public record OrderRow(long id, String productCode, String productName, String planName, String insuredSummary,
			String policyCodes, BigDecimal totalAmount, OrderStatus status, LocalDateTime createdAt,
			String partnerOrderCode, boolean fromShareLink, String customerName, boolean closed) {
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

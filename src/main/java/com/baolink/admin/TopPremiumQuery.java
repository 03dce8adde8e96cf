package com.baolink.admin;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The ten products and the ten members with the most premium paid (see {@link OrderFunnel}) on
 * orders launched in a range, with their number of paid orders; ties are broken by name so the
 * order is stable. Grouped over the range of {@code ix_order_dashboard} (it carries product and
 * member), then only the ten winners are joined to their names.
 */
@Component
class TopPremiumQuery {

	static final String BY_PRODUCT = "premium-by-product";

	static final String BY_MEMBER = "premium-by-member";

	static final int TOP = 10;

	private final JdbcClient jdbc;

	private final DashboardLabels labels;

	TopPremiumQuery(JdbcClient jdbc, DashboardLabels labels) {
		this.jdbc = jdbc;
		this.labels = labels;
	}

	ChartData byProduct(DashboardRange range) {
		// The name is the one an order of the range was sold under (found on the same index range).
		return chart(BY_PRODUCT, "admin.dashboard.col.product", """
				SELECT t.product_code AS name_key,
				       (SELECT o.product_name FROM purchase_order o
				        WHERE o.created_at >= :start AND o.created_at < :end AND o.product_code = t.product_code
				        LIMIT 1) AS name,
				       t.premium, t.orders
				FROM (SELECT product_code, SUM(total_amount) AS premium, COUNT(*) AS orders
				      FROM purchase_order
				      WHERE created_at >= :start AND created_at < :end AND status IN (:paid)
				      GROUP BY product_code
				      ORDER BY premium DESC, product_code
				      LIMIT :top) t
				ORDER BY t.premium DESC, t.product_code""", range);
	}

	ChartData byMember(DashboardRange range) {
		return chart(BY_MEMBER, "admin.dashboard.col.member", """
				SELECT m.login AS name_key, m.display_name AS name, t.premium, t.orders
				FROM (SELECT member_id, SUM(total_amount) AS premium, COUNT(*) AS orders
				      FROM purchase_order
				      WHERE created_at >= :start AND created_at < :end AND status IN (:paid)
				      GROUP BY member_id
				      ORDER BY premium DESC, member_id
				      LIMIT :top) t
				JOIN member m ON m.id = t.member_id
				ORDER BY t.premium DESC, t.member_id""", range);
	}

	private ChartData chart(String id, String categoryLabel, String sql, DashboardRange range) {
		List<String> names = new ArrayList<>();
		List<BigDecimal> premium = new ArrayList<>();
		List<Long> orders = new ArrayList<>();
		this.jdbc.sql(sql)
			.param("start", Timestamp.from(range.start()))
			.param("end", Timestamp.from(range.end()))
			.param("paid", OrderFunnel.PAID)
			.param("top", TOP)
			.query(rs -> {
				String name = rs.getString("name");
				String key = rs.getString("name_key");
				names.add(name == null || name.isBlank() ? key : name + " (" + key + ")");
				premium.add(rs.getBigDecimal("premium"));
				orders.add(rs.getLong("orders"));
			});
		return new ChartData(id, "bar", this.labels.get(categoryLabel), names,
				List.of(ChartData.Series.money("premium", this.labels.get("admin.dashboard.series.premium"), premium),
						ChartData.Series.counts("orders", this.labels.get("admin.dashboard.series.paidOrders"), orders)));
	}

}

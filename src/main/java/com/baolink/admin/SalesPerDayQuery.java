package com.baolink.admin;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Orders launched and premium paid per day (China time) of a range, every day of the range listed
 * (0 for a day without orders). One grouped query over the range of {@code ix_order_dashboard}.
 * The day is counted in the database as whole days since the range's first instant, so the
 * session's time zone does not matter (both ends are converted alike).
 */
@Component
class SalesPerDayQuery {

	static final String ID = "sales-per-day";

	private final JdbcClient jdbc;

	private final DashboardLabels labels;

	SalesPerDayQuery(JdbcClient jdbc, DashboardLabels labels) {
		this.jdbc = jdbc;
		this.labels = labels;
	}

	ChartData load(DashboardRange range) {
		int days = range.days();
		Long[] orders = new Long[days];
		BigDecimal[] premium = new BigDecimal[days];
		Arrays.fill(orders, 0L);
		Arrays.fill(premium, BigDecimal.ZERO);
		this.jdbc.sql("""
				SELECT FLOOR(TIMESTAMPDIFF(SECOND, :start, created_at) / 86400) AS day_index, COUNT(*) AS orders,
				       COALESCE(SUM(CASE WHEN status IN (:paid) THEN total_amount END), 0) AS premium
				FROM purchase_order
				WHERE created_at >= :start AND created_at < :end AND status <> :launchFailed
				GROUP BY day_index""")
			.param("start", Timestamp.from(range.start()))
			.param("end", Timestamp.from(range.end()))
			.param("paid", OrderFunnel.PAID)
			.param("launchFailed", OrderFunnel.LAUNCH_FAILED)
			.query(rs -> {
				int day = rs.getInt("day_index");
				if (day >= 0 && day < days) {
					orders[day] = rs.getLong("orders");
					premium[day] = rs.getBigDecimal("premium");
				}
			});
		List<String> dates = new ArrayList<>(days);
		range.dates().forEach(date -> dates.add(date.toString()));
		return new ChartData(ID, "daily", this.labels.get("admin.dashboard.col.day"), dates,
				List.of(ChartData.Series.counts("orders", this.labels.get("admin.dashboard.series.orders"), List.of(orders)),
						ChartData.Series.money("premium", this.labels.get("admin.dashboard.series.premium"),
								List.of(premium))));
	}

}

package com.baolink.admin;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Of the orders launched in a range, how many were paid, issued and surrendered ({@link OrderFunnel}). */
@Component
class FunnelQuery {

	static final String ID = "funnel";

	private final JdbcClient jdbc;

	private final DashboardLabels labels;

	FunnelQuery(JdbcClient jdbc, DashboardLabels labels) {
		this.jdbc = jdbc;
		this.labels = labels;
	}

	ChartData load(DashboardRange range) {
		List<Long> counts = this.jdbc.sql("""
				SELECT COUNT(*) AS launched,
				       COALESCE(SUM(CASE WHEN status IN (:paid) THEN 1 ELSE 0 END), 0) AS paid,
				       COALESCE(SUM(CASE WHEN status IN (:issued) THEN 1 ELSE 0 END), 0) AS issued,
				       COALESCE(SUM(CASE WHEN status IN (:surrendered) THEN 1 ELSE 0 END), 0) AS surrendered
				FROM purchase_order
				WHERE created_at >= :start AND created_at < :end AND status <> :launchFailed""")
			.param("start", Timestamp.from(range.start()))
			.param("end", Timestamp.from(range.end()))
			.param("paid", OrderFunnel.PAID)
			.param("issued", OrderFunnel.ISSUED)
			.param("surrendered", OrderFunnel.SURRENDERED)
			.param("launchFailed", OrderFunnel.LAUNCH_FAILED)
			.query((rs, n) -> List.of(rs.getLong("launched"), rs.getLong("paid"), rs.getLong("issued"),
					rs.getLong("surrendered")))
			.single();
		List<String> steps = List.of("launched", "paid", "issued", "surrendered").stream()
			.map(step -> this.labels.get("admin.dashboard.funnel." + step))
			.toList();
		return new ChartData(ID, "funnel", this.labels.get("admin.dashboard.col.step"), steps,
				List.of(ChartData.Series.counts("orders", this.labels.get("admin.dashboard.series.orders"), counts)));
	}

}

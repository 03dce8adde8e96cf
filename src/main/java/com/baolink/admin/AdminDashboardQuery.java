package com.baolink.admin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.baolink.order.OrderStatus;

/** Counts for the staff home: a handful of grouped queries, each bounded by an index or a time window. */
@Component
class AdminDashboardQuery {

	/** A pull later than this is "overdue" (the reconciliation job runs every minute or so). */
	static final Duration OVERDUE_AFTER = Duration.ofMinutes(10);

	static final Duration CALLBACK_WINDOW = Duration.ofHours(24);

	private static final List<String> PENDING = Arrays.stream(OrderStatus.values())
		.filter(OrderStatus::isPending)
		.map(OrderStatus::name)
		.toList();

	private static final List<String> ISSUED = List.of(OrderStatus.ISSUED.name(), OrderStatus.SURRENDER_PENDING.name(),
			OrderStatus.PARTIALLY_SURRENDERED.name());

	private final JdbcClient jdbc;

	private final Clock clock;

	AdminDashboardQuery(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	AdminDashboard load() {
		Instant now = this.clock.instant();
		Map<String, Long> orders = grouped("SELECT status, COUNT(*) AS n FROM purchase_order GROUP BY status", Map.of());
		Map<String, Long> callbacks = grouped("""
				SELECT status, COUNT(*) AS n FROM inbound_callback WHERE received_at >= :since GROUP BY status""",
				Map.of("since", Timestamp.from(now.minus(CALLBACK_WINDOW))));
		long invalid = this.jdbc.sql("""
				SELECT COUNT(*) FROM inbound_callback
				WHERE received_at >= :since AND signature_verdict = 'SIGNED_INVALID'""")
			.param("since", Timestamp.from(now.minus(CALLBACK_WINDOW)))
			.query(Long.class)
			.single();
		long gaveUp = this.jdbc.sql("SELECT COUNT(*) FROM purchase_order WHERE status IN (:pending) AND next_sync_at IS NULL")
			.param("pending", PENDING)
			.query(Long.class)
			.single();
		long overdue = this.jdbc.sql("SELECT COUNT(*) FROM purchase_order WHERE status IN (:pending) AND next_sync_at < :late")
			.param("pending", PENDING)
			.param("late", Timestamp.from(now.minus(OVERDUE_AFTER)))
			.query(Long.class)
			.single();
		Timestamp oldest = this.jdbc.sql("SELECT MIN(next_sync_at) FROM purchase_order WHERE status IN (:pending)")
			.param("pending", PENDING)
			.query(Timestamp.class)
			.optional()
			.orElse(null);
		Duration lag = oldest == null || oldest.toInstant().isAfter(now) ? null
				: Duration.between(oldest.toInstant(), now);
		return new AdminDashboard(orders, sum(orders, PENDING), sum(orders, ISSUED),
				orders.getOrDefault(OrderStatus.LAUNCH_FAILED.name(), 0L), callbacks, invalid, gaveUp, overdue, lag);
	}

	private Map<String, Long> grouped(String sql, Map<String, ?> params) {
		return this.jdbc.sql(sql)
			.params(params)
			.query((rs, n) -> Map.entry(rs.getString("status"), rs.getLong("n")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Long::sum, LinkedHashMap::new));
	}

	private static long sum(Map<String, Long> counts, List<String> statuses) {
		return statuses.stream().mapToLong(status -> counts.getOrDefault(status, 0L)).sum();
	}

}

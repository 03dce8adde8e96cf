package com.baolink.admin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.baolink.infrastructure.config.ChinaTime;
import com.baolink.inbox.CallbackStatus;

/**
 * Partner callbacks per hour over the last {@value #HOURS} hours of the range (ending now when the
 * range ends today), by what became of them. Accepted callbacks are counted from
 * {@code inbound_callback} by their current status: {@code PROCESSED} (the order was pulled and
 * updated), {@code UNMATCHED} (no order of ours), {@code FAILED} (processing gave up, waiting for
 * staff), {@code RECEIVED} (stored, not processed yet). Refused ones (bad signature, malformed)
 * are counted from {@code refused_callback_count} (every refusal, not only the sampled rows kept in
 * {@code inbound_callback} with status {@code REJECTED}). A duplicate delivery only raises the
 * stored row's {@code duplicate_count} and is not counted again.
 */
@Component
class CallbacksPerHourQuery {

	static final String ID = "callbacks-per-hour";

	static final int HOURS = 24;

	/** Accepted outcomes in the order shown; refused is appended. */
	static final List<CallbackStatus> ACCEPTED = List.of(CallbackStatus.PROCESSED, CallbackStatus.UNMATCHED,
			CallbackStatus.FAILED, CallbackStatus.RECEIVED);

	static final String REFUSED = "REFUSED";

	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("MM-dd HH:00");

	private final JdbcClient jdbc;

	private final DashboardLabels labels;

	private final Clock clock;

	CallbacksPerHourQuery(JdbcClient jdbc, DashboardLabels labels, Clock clock) {
		this.jdbc = jdbc;
		this.labels = labels;
		this.clock = clock;
	}

	/** The window: whole hours, the one under way included. */
	Instant windowEnd(DashboardRange range) {
		Instant now = this.clock.instant();
		Instant end = now.isBefore(range.end()) ? now : range.end();
		Instant hour = end.truncatedTo(ChronoUnit.HOURS);
		return hour.equals(end) ? hour : hour.plus(Duration.ofHours(1));
	}

	ChartData load(DashboardRange range) {
		Instant end = windowEnd(range);
		Instant start = end.minus(Duration.ofHours(HOURS));
		Map<String, Long[]> counts = new LinkedHashMap<>();
		ACCEPTED.forEach(status -> counts.put(status.name(), zeros()));
		counts.put(REFUSED, zeros());
		this.jdbc.sql("""
				SELECT FLOOR(TIMESTAMPDIFF(SECOND, :start, received_at) / 3600) AS hour_index, status, COUNT(*) AS n
				FROM inbound_callback
				WHERE received_at >= :start AND received_at < :end AND status IN (:accepted)
				GROUP BY hour_index, status""")
			.param("start", Timestamp.from(start))
			.param("end", Timestamp.from(end))
			.param("accepted", ACCEPTED.stream().map(CallbackStatus::name).toList())
			.query(rs -> {
				put(counts.get(rs.getString("status")), rs.getInt("hour_index"), rs.getLong("n"));
			});
		this.jdbc.sql("""
				SELECT FLOOR(TIMESTAMPDIFF(SECOND, :start, hour_start) / 3600) AS hour_index, SUM(refused) AS n
				FROM refused_callback_count
				WHERE verdict = 'ALL' AND reason = 'ALL' AND hour_start >= :start AND hour_start < :end
				GROUP BY hour_index""")
			.param("start", Timestamp.from(start))
			.param("end", Timestamp.from(end))
			.query(rs -> {
				put(counts.get(REFUSED), rs.getInt("hour_index"), rs.getLong("n"));
			});
		List<String> hours = new ArrayList<>(HOURS);
		for (int h = 0; h < HOURS; h++) {
			hours.add(LocalDateTime.ofInstant(start.plus(Duration.ofHours(h)), ChinaTime.ZONE).format(HOUR));
		}
		List<ChartData.Series> series = new ArrayList<>();
		counts.forEach((outcome, values) -> series.add(ChartData.Series.counts(outcome,
				this.labels.get("admin.dashboard.callbacks." + outcome), List.of(values))));
		return new ChartData(ID, "stacked", this.labels.get("admin.dashboard.col.hour"), hours, series);
	}

	private static Long[] zeros() {
		Long[] values = new Long[HOURS];
		Arrays.fill(values, 0L);
		return values;
	}

	private static void put(Long[] values, int hour, long n) {
		if (values != null && hour >= 0 && hour < HOURS) {
			values[hour] += n;
		}
	}

}

package com.baolink.admin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.baolink.infrastructure.config.ChinaTime;

/**
 * The days a dashboard shows, both ends included, as calendar days in China time: a day starts
 * at 00:00 Asia/Shanghai whatever the server's or the database session's zone.
 */
public record DashboardRange(LocalDate from, LocalDate to) {

	/** The default: the last 30 days, today included. */
	static final int DEFAULT_DAYS = 30;

	/** The longest range: a year and a leap day (a chart of more days is no longer readable). */
	static final int MAX_DAYS = 366;

	public DashboardRange {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("range ends before it starts: " + from + ".." + to);
		}
	}

	static LocalDate today(Clock clock) {
		return LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
	}

	static DashboardRange lastDays(Clock clock, int days) {
		LocalDate today = today(clock);
		return new DashboardRange(today.minusDays(days - 1L), today);
	}

	/** The first instant of {@code from}. */
	Instant start() {
		return this.from.atStartOfDay(ChinaTime.ZONE).toInstant();
	}

	/** The first instant after {@code to} (exclusive end). */
	Instant end() {
		return this.to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant();
	}

	public int days() {
		return (int) ChronoUnit.DAYS.between(this.from, this.to) + 1;
	}

	List<LocalDate> dates() {
		List<LocalDate> dates = new ArrayList<>(days());
		for (LocalDate day = this.from; !day.isAfter(this.to); day = day.plusDays(1)) {
			dates.add(day);
		}
		return dates;
	}

}

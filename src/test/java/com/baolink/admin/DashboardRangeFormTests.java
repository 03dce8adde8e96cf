package com.baolink.admin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardRangeFormTests {

	/** 2026-11-30 20:00 UTC is already 2026-12-01 in China. */
	private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T20:00:00Z"), ZoneOffset.UTC);

	@Test
	void emptyFieldsTakeTheLast30DaysEndingTodayInChina() {
		DashboardRangeForm form = new DashboardRangeForm();
		Errors errors = errors(form);
		DashboardRange range = form.validate(errors, this.clock);
		assertThat(errors.hasErrors()).isFalse();
		assertThat(range).isEqualTo(new DashboardRange(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 1)));
		assertThat(range.days()).isEqualTo(30);
		assertThat(form.getFrom()).as("the form shows what is displayed").isEqualTo("2026-11-02");
		assertThat(form.getTo()).isEqualTo("2026-12-01");
		assertThat(range.start()).isEqualTo(Instant.parse("2026-11-01T16:00:00Z"));
		assertThat(range.end()).isEqualTo(Instant.parse("2026-12-01T16:00:00Z"));
	}

	@Test
	void onlyAStartTakes30DaysFromItNotBeyondToday() {
		DashboardRangeForm form = form("2026-01-01", "");
		assertThat(form.validate(errors(form), this.clock))
			.isEqualTo(new DashboardRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 30)));
		DashboardRangeForm recent = form("2026-11-25", null);
		assertThat(recent.validate(errors(recent), this.clock))
			.isEqualTo(new DashboardRange(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 12, 1)));
	}

	@Test
	void aSingleDayAndTheLongestRangeAreAccepted() {
		DashboardRangeForm day = form("2026-03-05", "2026-03-05");
		assertThat(day.validate(errors(day), this.clock).days()).isEqualTo(1);
		DashboardRangeForm year = form("2024-01-01", "2024-12-31");
		assertThat(year.validate(errors(year), this.clock).days()).isEqualTo(366);
	}

	@Test
	void processRangeHasErrorsForBadDates() {
		DashboardRangeForm form = form("2026-02-30", "tomorrow");
		Errors errors = errors(form);
		assertThat(form.validate(errors, this.clock)).isNull();
		assertThat(errors.getFieldError("from").getCode()).isEqualTo("admin.dashboard.error.date");
		assertThat(errors.getFieldError("to").getCode()).isEqualTo("admin.dashboard.error.date");
		assertThat(form.getFrom()).as("kept as typed").isEqualTo("2026-02-30");
		assertThat(form.getTo()).isEqualTo("tomorrow");
	}

	@Test
	void processRangeHasErrorsWhenReversedTooLongOrInTheFuture() {
		assertThat(code(form("2026-05-02", "2026-05-01"), "to")).isEqualTo("admin.dashboard.error.beforeFrom");
		assertThat(code(form("2024-01-01", "2025-01-01"), "from")).isEqualTo("admin.dashboard.error.tooLong");
		assertThat(code(form("2026-11-20", "2026-12-02"), "to")).isEqualTo("admin.dashboard.error.future");
	}

	private String code(DashboardRangeForm form, String field) {
		Errors errors = errors(form);
		assertThat(form.validate(errors, this.clock)).isNull();
		assertThat(errors.getErrorCount()).isEqualTo(1);
		return errors.getFieldError(field).getCode();
	}

	private static DashboardRangeForm form(String from, String to) {
		DashboardRangeForm form = new DashboardRangeForm();
		form.setFrom(from);
		form.setTo(to);
		return form;
	}

	private static Errors errors(DashboardRangeForm form) {
		return new BeanPropertyBindingResult(form, "range");
	}

}

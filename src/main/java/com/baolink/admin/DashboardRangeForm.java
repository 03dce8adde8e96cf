package com.baolink.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import org.springframework.validation.Errors;

/**
 * The dashboard's date range as typed ({@code from}/{@code to}, ISO dates, both optional): kept
 * as text so a wrong value is shown back as typed with a message next to it. An empty field
 * takes the default (the last 30 days, ending today in China time).
 */
public class DashboardRangeForm {

	private String from;

	private String to;

	public String getFrom() {
		return this.from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getTo() {
		return this.to;
	}

	public void setTo(String to) {
		this.to = to;
	}

	/**
	 * Validates the fields into {@code errors} and returns the range, or null when a field is
	 * wrong. Empty fields are filled in with the default (so the form shows what is displayed).
	 */
	DashboardRange validate(Errors errors, Clock clock) {
		LocalDate today = DashboardRange.today(clock);
		LocalDate toDate = parse("to", this.to, errors);
		LocalDate fromDate = parse("from", this.from, errors);
		if (errors.hasErrors()) {
			return null;
		}
		if (toDate == null) {
			toDate = fromDate == null ? today : min(fromDate.plusDays(DashboardRange.DEFAULT_DAYS - 1L), today);
		}
		if (fromDate == null) {
			fromDate = toDate.minusDays(DashboardRange.DEFAULT_DAYS - 1L);
		}
		if (toDate.isAfter(today)) {
			errors.rejectValue("to", "admin.dashboard.error.future");
		}
		else if (fromDate.isAfter(toDate)) {
			errors.rejectValue("to", "admin.dashboard.error.beforeFrom");
		}
		else if (ChronoUnit.DAYS.between(fromDate, toDate) + 1 > DashboardRange.MAX_DAYS) {
			errors.rejectValue("from", "admin.dashboard.error.tooLong", new Object[] { DashboardRange.MAX_DAYS }, null);
		}
		if (errors.hasErrors()) {
			return null;
		}
		this.from = fromDate.toString();
		this.to = toDate.toString();
		return new DashboardRange(fromDate, toDate);
	}

	private static LocalDate parse(String field, String value, Errors errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "admin.dashboard.error.date");
			return null;
		}
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

}

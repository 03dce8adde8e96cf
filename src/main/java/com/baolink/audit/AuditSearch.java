package com.baolink.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import com.baolink.infrastructure.web.SearchLinks;

/**
 * The audit log filter as read from the request: actor (login or name, part of it), action,
 * subject type and id, a date range in China time (both days included), a page. Anything
 * unreadable is dropped rather than refused: a filter never fails the page.
 */
public record AuditSearch(String actor, AuditAction action, AuditSubjectType subjectType, String subjectId,
		LocalDate from, LocalDate to, int page) {

	static final int TEXT_MAX = 64;

	static AuditSearch of(String actor, String action, String subjectType, String subjectId, String from, String to,
			String page) {
		LocalDate fromDay = date(from);
		LocalDate toDay = date(to);
		if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
			LocalDate swap = fromDay;
			fromDay = toDay;
			toDay = swap;
		}
		return new AuditSearch(text(actor), constant(AuditAction.class, action), constant(AuditSubjectType.class, subjectType),
				text(subjectId), fromDay, toDay, SearchLinks.pageNumber(page));
	}

	public boolean filtered() {
		return this.actor != null || this.action != null || this.subjectType != null || this.subjectId != null
				|| this.from != null || this.to != null;
	}

	/** This search on another page. */
	public String link(int page) {
		return SearchLinks.to(AuditController.PATH)
			.with("actor", this.actor)
			.with("action", this.action)
			.with("subjectType", this.subjectType)
			.with("subjectId", this.subjectId)
			.with("from", this.from)
			.with("to", this.to)
			.page(page);
	}

	private static String text(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		return stripped.length() > TEXT_MAX ? stripped.substring(0, TEXT_MAX) : stripped;
	}

	private static LocalDate date(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static <E extends Enum<E>> E constant(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}

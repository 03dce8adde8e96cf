package com.baolink.order;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import com.baolink.infrastructure.web.SearchLinks;

/**
 * The history filters as typed by the member, read leniently: an unknown status, a bad date or an
 * absurd page simply do not filter. {@code from}/{@code to} are China dates, both inclusive.
 */
public record OrderSearch(OrderStatus status, String product, LocalDate from, LocalDate to, String q, int page) {

	static final int Q_MAX = 50;

	public static OrderSearch of(String status, String product, String from, String to, String q, String page) {
		return new OrderSearch(status(status), clean(product, 32), date(from), date(to), clean(q, Q_MAX), page(page));
	}

	/** This search on another page, as a link (only the filters in use appear in the query). */
	public String link(String path, int page) {
		return SearchLinks.to(path)
			.with("status", this.status == null ? null : this.status.name())
			.with("product", this.product)
			.with("from", this.from)
			.with("to", this.to)
			.with("q", this.q)
			.page(page);
	}

	public String statusName() {
		return this.status == null ? null : this.status.name();
	}

	private static OrderStatus status(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return OrderStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String clean(String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		return value.length() <= max ? value : value.substring(0, max);
	}

	private static int page(String text) {
		return SearchLinks.pageNumber(text);
	}

}

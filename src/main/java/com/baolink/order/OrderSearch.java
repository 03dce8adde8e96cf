package com.baolink.order;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The history filters as typed by the member, read leniently: an unknown status, a bad date or an
 * absurd page simply do not filter. {@code from}/{@code to} are China dates, both inclusive.
 */
public record OrderSearch(OrderStatus status, String product, LocalDate from, LocalDate to, String q, int page) {

	static final int Q_MAX = 50;

	static final int PAGE_MAX = 500;

	public static OrderSearch of(String status, String product, String from, String to, String q, String page) {
		return new OrderSearch(status(status), clean(product, 32), date(from), date(to), clean(q, Q_MAX), page(page));
	}

	/** This search on another page, as a link (only the filters in use appear in the query). */
	public String link(String path, int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		if (this.status != null) {
			uri.queryParam("status", this.status.name());
		}
		if (this.product != null) {
			uri.queryParam("product", this.product);
		}
		if (this.from != null) {
			uri.queryParam("from", this.from);
		}
		if (this.to != null) {
			uri.queryParam("to", this.to);
		}
		if (this.q != null) {
			uri.queryParam("q", this.q);
		}
		if (page > 1) {
			uri.queryParam("page", page);
		}
		return uri.encode().build().toUriString();
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
		try {
			int page = Integer.parseInt(text == null ? "1" : text.strip());
			return Math.max(1, Math.min(page, PAGE_MAX));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}

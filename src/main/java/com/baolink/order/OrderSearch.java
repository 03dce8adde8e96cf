package com.baolink.order;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.baolink.infrastructure.web.SearchLinks;

/**
 * The history filters as typed by the member. An unknown status or an absurd page simply do not
 * filter; a date that is not one, or a range that ends before it starts, is a field problem
 * ({@link #problems()}: field → message key) shown next to the field, and the search is not run.
 * {@code from}/{@code to} are China dates, both inclusive. {@code q} is an insured person's name
 * (whole or its beginning), a policy number, an ID number, the order's serial number or the
 * holder's mobile number — each matched exactly (names: by prefix) through an index.
 * {@code closed}: also the orders the member closed (hidden by default).
 */
public record OrderSearch(OrderStatus status, String product, LocalDate from, LocalDate to, String q, int page,
		boolean closed, String fromText, String toText, Map<String, String> problems) {

	static final int Q_MAX = 50;

	/** Oldest date worth searching from; anything earlier is a typo. */
	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	public OrderSearch {
		problems = Map.copyOf(problems);
	}

	public static OrderSearch of(String status, String product, String from, String to, String q, String page) {
		return of(status, product, from, to, q, page, null);
	}

	public static OrderSearch of(String status, String product, String from, String to, String q, String page,
			String closed) {
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate fromDate = date(from, "from", problems);
		LocalDate toDate = date(to, "to", problems);
		if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
			problems.put("to", "order.history.error.toBeforeFrom");
		}
		return new OrderSearch(status(status), clean(product, 32), fromDate, toDate, clean(q, Q_MAX), page(page),
				closed != null && !closed.isBlank() && !"false".equalsIgnoreCase(closed), clean(from, 10), clean(to, 10),
				problems);
	}

	public boolean valid() {
		return this.problems.isEmpty();
	}

	/** The message key of {@code field}'s problem, or null. */
	public String problem(String field) {
		return this.problems.get(field);
	}

	/** This search on another page, as a link (only the filters in use appear in the query). */
	public String link(String path, int page) {
		return SearchLinks.to(path)
			.with("status", this.status == null ? null : this.status.name())
			.with("product", this.product)
			.with("from", this.from)
			.with("to", this.to)
			.with("q", this.q)
			.with("closed", this.closed ? "1" : null)
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

	private static LocalDate date(String text, String field, Map<String, String> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(text.strip());
			if (date.isBefore(EARLIEST) || date.getYear() > 2999) {
				problems.put(field, "order.history.error.dateOutOfRange");
				return null;
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			problems.put(field, "order.history.error.date");
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

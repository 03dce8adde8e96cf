package com.baolink.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.baolink.infrastructure.web.SearchLinks;
import com.baolink.catalog.Channel;
import com.baolink.order.OrderStatus;

/**
 * Staff order filters as typed (the list at {@code /admin/orders} and its CSV export): member
 * (login or mobile, exact), partner, product code, status, creation date range (China dates,
 * both ends included), insured name (exact), policy number (exact). Choices read leniently (an
 * unknown status or partner does not filter); a date that is no date, or a range ending before it
 * starts, is a field error (in {@link #errors}) and that end does not filter. The typed dates are
 * kept (in the form and in the links) so the form shows them again with their message.
 */
public record AdminOrderSearch(String member, Channel channel, String product, OrderStatus status, LocalDate from,
		LocalDate to, String insured, String policy, String fromText, String toText, Map<String, String> errors,
		int page) {

	static final String ERROR_DATE = "admin.orders.error.date";

	static final String ERROR_RANGE = "admin.orders.error.range";

	static AdminOrderSearch of(String member, String channel, String product, String status, String from, String to,
			String insured, String policy, String page) {
		Map<String, String> errors = new LinkedHashMap<>();
		String fromText = clean(from, 10);
		String toText = clean(to, 10);
		LocalDate fromDate = date(fromText, "from", errors);
		LocalDate toDate = date(toText, "to", errors);
		if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
			errors.put("to", ERROR_RANGE);
			toDate = null;
		}
		return new AdminOrderSearch(clean(member, 64), channel(channel), clean(product, 32), status(status), fromDate,
				toDate, clean(insured, 100), clean(policy, 64), fromText, toText, Map.copyOf(errors), page(page));
	}

	/** This search on another page (only the filters in use appear). */
	public String link(int page) {
		return filters(SearchLinks.to("/admin/orders")).page(page);
	}

	/** The CSV export of this search (every page). */
	public String csvLink() {
		return filters(SearchLinks.to("/admin/orders.csv")).page(1);
	}

	public boolean hasErrors() {
		return !this.errors.isEmpty();
	}

	/** The message key of the field's error, or null. */
	public String error(String field) {
		return this.errors.get(field);
	}

	private SearchLinks filters(SearchLinks links) {
		return links.with("member", this.member)
			.with("channel", this.channel == null ? null : this.channel.name())
			.with("product", this.product)
			.with("status", this.status == null ? null : this.status.name())
			.with("from", this.fromText)
			.with("to", this.toText)
			.with("insured", this.insured)
			.with("policy", this.policy);
	}

	private static LocalDate date(String text, String field, Map<String, String> errors) {
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			errors.put(field, ERROR_DATE);
			return null;
		}
	}

	static OrderStatus status(String text) {
		return choice(OrderStatus.class, text);
	}

	static Channel channel(String text) {
		return choice(Channel.class, text);
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static String clean(String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		return value.length() <= max ? value : value.substring(0, max);
	}

	static int page(String text) {
		return SearchLinks.pageNumber(text);
	}

}

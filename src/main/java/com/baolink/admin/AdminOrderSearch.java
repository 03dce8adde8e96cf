package com.baolink.admin;

import java.util.Locale;

import org.springframework.web.util.UriComponentsBuilder;

import com.baolink.order.OrderStatus;

/** Staff order filters as typed, read leniently (an unknown status or an absurd page does not filter). */
public record AdminOrderSearch(OrderStatus status, String mobile, String product, String q, int page) {

	static final int PAGE_MAX = 500;

	static AdminOrderSearch of(String status, String mobile, String product, String q, String page) {
		return new AdminOrderSearch(status(status), clean(mobile, 20), clean(product, 32), clean(q, 50), page(page));
	}

	/** This search on another page (only the filters in use appear). */
	public String link(int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/admin/orders");
		if (this.status != null) {
			uri.queryParam("status", this.status.name());
		}
		if (this.mobile != null) {
			uri.queryParam("mobile", this.mobile);
		}
		if (this.product != null) {
			uri.queryParam("product", this.product);
		}
		if (this.q != null) {
			uri.queryParam("q", this.q);
		}
		if (page > 1) {
			uri.queryParam("page", page);
		}
		return uri.encode().build().toUriString();
	}

	static OrderStatus status(String text) {
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

	static String clean(String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		return value.length() <= max ? value : value.substring(0, max);
	}

	static int page(String text) {
		try {
			int page = Integer.parseInt(text == null ? "1" : text.strip());
			return Math.max(1, Math.min(page, PAGE_MAX));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}

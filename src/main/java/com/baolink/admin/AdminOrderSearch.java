package com.baolink.admin;

import java.util.Locale;

import com.baolink.infrastructure.web.SearchLinks;
import com.baolink.order.OrderStatus;

/** Staff order filters as typed, read leniently (an unknown status or an absurd page does not filter). */
public record AdminOrderSearch(OrderStatus status, String mobile, String product, String q, int page) {

	static AdminOrderSearch of(String status, String mobile, String product, String q, String page) {
		return new AdminOrderSearch(status(status), clean(mobile, 20), clean(product, 32), clean(q, 50), page(page));
	}

	/** This search on another page (only the filters in use appear). */
	public String link(int page) {
		return SearchLinks.to("/admin/orders")
			.with("status", this.status == null ? null : this.status.name())
			.with("mobile", this.mobile)
			.with("product", this.product)
			.with("q", this.q)
			.page(page);
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
		return SearchLinks.pageNumber(text);
	}

}

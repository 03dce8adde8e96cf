package com.baolink.order;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import com.baolink.order.OrderHistoryQuery.OrderRow;

/**
 * The history as CSV for Excel: UTF-8 with a byte-order mark (so Excel reads Chinese), CRLF lines,
 * RFC 4180 quoting, and cells that a spreadsheet would run as a formula defused with a leading
 * apostrophe.
 */
final class OrderCsv {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final List<String> HEADERS = List.of("order.csv.id", "order.csv.createdAt", "order.csv.product",
			"order.csv.plan", "order.csv.insured", "order.csv.policyCodes", "order.csv.amount", "order.csv.status",
			"order.csv.partnerOrderCode");

	private OrderCsv() {
	}

	static byte[] write(List<OrderRow> rows, MessageSource messages, Locale locale) {
		StringBuilder csv = new StringBuilder();
		line(csv, HEADERS.stream().map(key -> messages.getMessage(key, null, locale)).toList());
		for (OrderRow row : rows) {
			line(csv, List.of(String.valueOf(row.id()), row.createdAt() == null ? "" : TIME.format(row.createdAt()),
					nullToEmpty(row.productName()), nullToEmpty(row.planName()), nullToEmpty(row.insuredSummary()),
					nullToEmpty(row.policyCodes()), row.totalAmount() == null ? "" : row.totalAmount().toPlainString(),
					messages.getMessage(row.status().messageKey(), null, locale), nullToEmpty(row.partnerOrderCode())));
		}
		byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
		byte[] out = new byte[BOM.length + text.length];
		System.arraycopy(BOM, 0, out, 0, BOM.length);
		System.arraycopy(text, 0, out, BOM.length, text.length);
		return out;
	}

	private static void line(StringBuilder csv, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(cell(cells.get(i)));
		}
		csv.append("\r\n");
	}

	static String cell(String value) {
		return com.baolink.infrastructure.web.Csv.cell(value);
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}

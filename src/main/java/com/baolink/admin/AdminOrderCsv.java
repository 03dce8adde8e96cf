package com.baolink.admin;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.baolink.admin.AdminOrderQuery.Row;
import com.baolink.infrastructure.web.Csv;

/**
 * Writes staff's order export (see {@link Csv} for the format): a header row in the reader's
 * language, then one line per order with labels (partner, status), never the stored codes. Lines
 * go out as they are read ({@link AdminOrderQuery#forEach}), through a small buffer.
 */
@Component
class AdminOrderCsv {

	static final List<String> HEADERS = List.of("admin.orders.csv.id", "admin.orders.csv.createdAt",
			"admin.orders.csv.member", "admin.orders.csv.memberName", "admin.orders.csv.company",
			"admin.orders.csv.partner", "admin.orders.csv.product", "admin.orders.csv.plan", "admin.orders.csv.insured",
			"admin.orders.csv.policyCodes", "admin.orders.csv.amount", "admin.orders.csv.status",
			"admin.orders.csv.partnerOrderCode");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final int BUFFER_CHARS = 16 * 1024;

	private final AdminOrderQuery query;

	private final MessageSource messages;

	AdminOrderCsv(AdminOrderQuery query, MessageSource messages) {
		this.query = query;
		this.messages = messages;
	}

	/** Writes every order of {@code search} to {@code out}; returns how many. */
	long write(AdminOrderSearch search, Locale locale, OutputStream out) throws IOException {
		out.write(Csv.BOM);
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER_CHARS);
		Csv.line(writer, HEADERS.stream().map(key -> this.messages.getMessage(key, null, locale)).toList());
		long count;
		try {
			count = this.query.forEach(search, row -> Csv.line(writer, cells(row, locale)));
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		writer.flush();
		return count;
	}

	List<String> cells(Row row, Locale locale) {
		return List.of(String.valueOf(row.id()), TIME.format(row.createdAt()), nullToEmpty(row.member()),
				nullToEmpty(row.memberName()), nullToEmpty(row.company()),
				this.messages.getMessage("products.channel." + row.channel().name(), null, locale),
				nullToEmpty(row.productName()), nullToEmpty(row.planName()), nullToEmpty(row.insuredSummary()),
				nullToEmpty(row.policyCodes()), row.totalAmount() == null ? "" : row.totalAmount().toPlainString(),
				this.messages.getMessage(row.status().messageKey(), null, locale), nullToEmpty(row.partnerOrderCode()));
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}

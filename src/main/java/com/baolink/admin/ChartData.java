package com.baolink.admin;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One dashboard chart as the portal serves it (JSON, {@code /admin/dashboard/<id>.json}) and as
 * the page prints it as a table: one row per category, one column per series, in the viewer's
 * language. Money values are strings with exactly two decimals (yuan), counts are whole numbers.
 * {@code type} tells the script how to draw it: {@code daily} (bars + line on two axes),
 * {@code bar} (horizontal bars), {@code funnel}, {@code stacked} (stacked bars).
 */
public record ChartData(String id, String type, String categoryLabel, List<String> categories, List<Series> series) {

	public record Series(String key, String name, boolean money, List<Object> values) {

		static Series counts(String key, String name, List<Long> values) {
			return new Series(key, name, false, List.copyOf(values));
		}

		static Series money(String key, String name, List<BigDecimal> values) {
			return new Series(key, name, true, values.stream().map(ChartData::yuan).map(Object.class::cast).toList());
		}

	}

	/** The value of a series at a row, for the table. */
	public Object value(int series, int row) {
		return this.series.get(series).values().get(row);
	}

	static String yuan(BigDecimal amount) {
		return (amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

}

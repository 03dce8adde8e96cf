package com.baolink.partner.qimen;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The decoded system parameters of a qimen request, read from the raw query string (never from the
 * body). A parameter given twice makes the request ambiguous: {@link #parse} refuses it.
 */
public record QimenQuery(Map<String, String> params) {

	static final int MAX_LENGTH = 4096;

	public QimenQuery {
		params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
	}

	/** @throws IllegalArgumentException when the query is too long, badly encoded or repeats a name */
	public static QimenQuery parse(String rawQuery) {
		Map<String, String> params = new LinkedHashMap<>();
		if (rawQuery == null || rawQuery.isEmpty()) {
			return new QimenQuery(params);
		}
		if (rawQuery.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("query too long");
		}
		for (String pair : rawQuery.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			String name = decode(eq < 0 ? pair : pair.substring(0, eq));
			String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
			if (params.putIfAbsent(name, value) != null) {
				throw new IllegalArgumentException("repeated parameter " + name);
			}
		}
		return new QimenQuery(params);
	}

	public String get(String name) {
		return this.params.get(name);
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

}

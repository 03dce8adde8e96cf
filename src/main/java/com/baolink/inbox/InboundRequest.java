package com.baolink.inbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import com.baolink.infrastructure.web.BoundedBody;

/** What the callback endpoints keep of an inbound partner request: a bounded body and a few headers. */
final class InboundRequest {

	private static final List<String> KEPT_HEADERS = List.of("Content-Type", "Content-Length", "User-Agent",
			"X-Forwarded-For", "X-Real-IP", "X-Request-Id");

	private static final int MAX_HEADER_VALUE = 300;

	private InboundRequest() {
	}

	/** The body as UTF-8 text, or null when it is larger than {@code maxBytes} (see {@link BoundedBody}). */
	static String bodyUpTo(HttpServletRequest request, int maxBytes) throws IOException {
		byte[] bytes = BoundedBody.read(request, maxBytes);
		return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
	}

	/** The kept headers as {@code Name: value} lines, each value cut to a sane length. */
	static String keptHeaders(HttpServletRequest request) {
		StringBuilder kept = new StringBuilder();
		for (String name : KEPT_HEADERS) {
			String value = request.getHeader(name);
			if (value != null) {
				kept.append(name)
					.append(": ")
					.append(value.length() > MAX_HEADER_VALUE ? value.substring(0, MAX_HEADER_VALUE) : value)
					.append('\n');
			}
		}
		return kept.toString();
	}

}

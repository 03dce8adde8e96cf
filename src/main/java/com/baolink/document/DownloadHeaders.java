package com.baolink.document;

import java.nio.charset.StandardCharsets;

/** Content-Disposition with an ASCII fallback and the RFC 5987 UTF-8 name for current browsers. */
final class DownloadHeaders {

	private static final String ATTR_CHARS = "!#$&+-.^_`|~";

	private DownloadHeaders() {
	}

	static String attachment(String fileName, String asciiFallback) {
		return "attachment; filename=\"" + asciiFallback.replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''"
				+ rfc5987(fileName);
	}

	static String rfc5987(String value) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ATTR_CHARS.indexOf(c) >= 0) {
				encoded.append(c);
			}
			else {
				encoded.append('%').append(String.format("%02X", b & 0xff));
			}
		}
		return encoded.toString();
	}

}

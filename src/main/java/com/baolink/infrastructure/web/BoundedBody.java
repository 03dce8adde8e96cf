package com.baolink.infrastructure.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

/** Reads a request body that partners send, never more than a bound: larger bodies are refused unread. */
public final class BoundedBody {

	private BoundedBody() {
	}

	/**
	 * The body, or null when it is larger than {@code maxBytes}: refused from the declared length,
	 * or after reading at most one byte more, never read whole.
	 */
	public static byte[] read(HttpServletRequest request, int maxBytes) throws IOException {
		if (request.getContentLengthLong() > maxBytes) {
			return null;
		}
		try (InputStream in = request.getInputStream()) {
			byte[] bytes = in.readNBytes(maxBytes + 1);
			return bytes.length > maxBytes ? null : bytes;
		}
	}

}

package com.baolink.share;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers of every customer page: the token in the address must not reach other hosts through
 * {@code Referer} (the insurer's logo, the partner's page), search engines, or shared caches.
 */
final class ShareHeaders {

	private ShareHeaders() {
	}

	static void apply(HttpServletResponse response) {
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
		response.setHeader("Cache-Control", "no-store");
	}

}

package com.baolink.infrastructure.web;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links and page numbers of the paged search screens: a link carries only the filters in use,
 * and a page number from the request is clamped to 1..{@value #PAGE_MAX} (anything unreadable is page 1).
 */
public final class SearchLinks {

	public static final int PAGE_MAX = 500;

	private final UriComponentsBuilder uri;

	private SearchLinks(String path) {
		this.uri = UriComponentsBuilder.fromPath(path);
	}

	public static SearchLinks to(String path) {
		return new SearchLinks(path);
	}

	/** Adds the filter when it is in use (not null). */
	public SearchLinks with(String name, Object value) {
		if (value != null) {
			this.uri.queryParam(name, value);
		}
		return this;
	}

	/** The link to {@code page} (page 1 has no page parameter). */
	public String page(int page) {
		if (page > 1) {
			this.uri.queryParam("page", page);
		}
		return this.uri.encode().build().toUriString();
	}

	public static int pageNumber(String text) {
		try {
			return Math.max(1, Math.min(Integer.parseInt(text == null ? "1" : text.strip()), PAGE_MAX));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}

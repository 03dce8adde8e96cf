package com.baolink.member;

import org.springframework.web.util.UriComponentsBuilder;

/** The staff member list filter as typed: free text over mobile, name and company; a page number. */
public record MemberSearch(String q, int page) {

	static final int PAGE_MAX = 500;

	static final int Q_MAX = 50;

	static MemberSearch of(String q, String page) {
		String text = q == null || q.isBlank() ? null : q.strip();
		if (text != null && text.length() > Q_MAX) {
			text = text.substring(0, Q_MAX);
		}
		return new MemberSearch(text, page(page));
	}

	/** This search on another page. */
	public String link(int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/admin/members");
		if (this.q != null) {
			uri.queryParam("q", this.q);
		}
		if (page > 1) {
			uri.queryParam("page", page);
		}
		return uri.encode().build().toUriString();
	}

	private static int page(String text) {
		try {
			int page = Integer.parseInt(text == null ? "1" : text.strip());
			return Math.max(1, Math.min(page, PAGE_MAX));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}

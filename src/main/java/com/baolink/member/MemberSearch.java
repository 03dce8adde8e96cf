package com.baolink.member;

import com.baolink.infrastructure.web.SearchLinks;

/** The staff member list filter as typed: free text over mobile, name and company; a page number. */
public record MemberSearch(String q, int page) {

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
		return SearchLinks.to("/admin/members").with("q", this.q).page(page);
	}

	private static int page(String text) {
		return SearchLinks.pageNumber(text);
	}

}

package com.baolink.scenefinance;

import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

import com.baolink.infrastructure.web.SearchLinks;

/**
 * Staff search over issued scene-finance policies: one text matched (LIKE, escaped) against the
 * policy number, identifier, insureId and insured name; newest first, {@value #PAGE_SIZE} a page.
 */
@Component
class ScenePolicySearch {

	static final int PAGE_SIZE = 20;

	static final int QUERY_MAX = 64;

	private final ScenePolicies policies;

	ScenePolicySearch(ScenePolicies policies) {
		this.policies = policies;
	}

	Result search(String q, int requestedPage) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = "";
		if (q != null) {
			where = " WHERE policy_no LIKE :like ESCAPE '!' OR identifier LIKE :like ESCAPE '!'"
					+ " OR insure_id LIKE :like ESCAPE '!' OR insured_name LIKE :like ESCAPE '!'";
			params.addValue("like", "%" + likeEscaped(q) + "%");
		}
		long total = this.policies.count(where, params);
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int page = Math.min(requestedPage, pages);
		return new Result(q, this.policies.page(where, params, PAGE_SIZE, (page - 1) * PAGE_SIZE), total, page, pages);
	}

	static String query(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		return value.length() <= QUERY_MAX ? value : value.substring(0, QUERY_MAX);
	}

	static int page(String text) {
		return SearchLinks.pageNumber(text);
	}

	static String likeEscaped(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	record Result(String q, List<ScenePolicy> rows, long total, int page, int pages) {

		public boolean hasPrevious() {
			return this.page > 1;
		}

		public boolean hasNext() {
			return this.page < this.pages;
		}

		/** This search on another page. */
		public String link(int target) {
			return SearchLinks.to(SceneFinanceAdminController.PATH).with("q", this.q).page(target);
		}

		public String fileLink(ScenePolicy policy) {
			return ScenePolicyFileController.PATH_PREFIX + policy.downloadToken() + ".pdf";
		}

	}

}

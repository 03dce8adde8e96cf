package com.baolink.member;

import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Channel members (never staff) for the staff list: newest first, {@value #PAGE_SIZE} a page. */
@Component
class MemberListQuery {

	static final int PAGE_SIZE = 20;

	private final JdbcClient jdbc;

	MemberListQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Page page(MemberSearch search) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("role", Member.Role.MEMBER.name());
		String where = " FROM member WHERE role = :role";
		if (search.q() != null) {
			where += " AND (mobile LIKE :like ESCAPE '!' OR display_name LIKE :like ESCAPE '!'"
					+ " OR company LIKE :like ESCAPE '!')";
			params.addValue("like", "%" + likeEscaped(search.q()) + "%");
		}
		long total = this.jdbc.sql("SELECT COUNT(*)" + where).paramSource(params).query(Long.class).single();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int page = Math.min(search.page(), pages);
		params.addValue("limit", PAGE_SIZE).addValue("offset", (page - 1) * PAGE_SIZE);
		List<Row> rows = this.jdbc.sql("""
				SELECT id, mobile, display_name, company, province, city, credit_allowed, aigoubao_member_id, enabled"""
				+ where + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
			.paramSource(params)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("mobile"), rs.getString("display_name"),
					rs.getString("company"), rs.getString("province"), rs.getString("city"),
					rs.getBoolean("credit_allowed"), rs.getString("aigoubao_member_id"), rs.getBoolean("enabled")))
			.list();
		return new Page(rows, total, page, pages);
	}

	static String likeEscaped(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	public record Row(long id, String mobile, String displayName, String company, String province, String city,
			boolean creditAllowed, String aigoubaoMemberId, boolean enabled) {
	}

	public record Page(List<Row> rows, long total, int page, int pages) {

		public boolean hasPrevious() {
			return this.page > 1;
		}

		public boolean hasNext() {
			return this.page < this.pages;
		}

	}

}

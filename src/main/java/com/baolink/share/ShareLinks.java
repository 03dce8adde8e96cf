package com.baolink.share;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Share links and their figures. Every member-facing look-up is scoped by the member's id. */
@Repository
class ShareLinks {

	/** Orders whose premium counts as brought by a link: paid and not taken back. */
	private static final String PAID_STATUSES = "'PAID','ISSUED','SURRENDER_PENDING','PARTIALLY_SURRENDERED'";

	private static final String COLUMNS = "id, token, member_id, product_id, plan_code, note, created_at, expires_at, revoked_at, opens";

	private final JdbcClient jdbc;

	ShareLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	ShareLink insert(String token, long memberId, long productId, String planCode, String note, Instant createdAt,
			Instant expiresAt) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO share_link (token, member_id, product_id, plan_code, note, created_at, expires_at)
				VALUES (:token, :memberId, :productId, :planCode, :note, :createdAt, :expiresAt)""")
			.param("token", token)
			.param("memberId", memberId)
			.param("productId", productId)
			.param("planCode", planCode)
			.param("note", note)
			.param("createdAt", Timestamp.from(createdAt))
			.param("expiresAt", Timestamp.from(expiresAt))
			.update(key, "id");
		return new ShareLink(key.getKey().longValue(), token, memberId, productId, planCode, note, createdAt, expiresAt,
				null, 0);
	}

	Optional<ShareLink> findByToken(String token) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM share_link WHERE token = :token")
			.param("token", token)
			.query(ShareLinks::link)
			.optional();
	}

	Optional<ShareLink> findByIdAndMemberId(long id, long memberId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM share_link WHERE id = :id AND member_id = :memberId")
			.param("id", id)
			.param("memberId", memberId)
			.query(ShareLinks::link)
			.optional();
	}

	Optional<ShareLink> findById(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM share_link WHERE id = :id")
			.param("id", id)
			.query(ShareLinks::link)
			.optional();
	}

	void countOpen(long id) {
		this.jdbc.sql("UPDATE share_link SET opens = opens + 1 WHERE id = :id").param("id", id).update();
	}

	/** Revokes the member's link; false when it is not theirs or already revoked. */
	boolean revoke(long id, long memberId, Instant now) {
		return this.jdbc.sql("""
				UPDATE share_link SET revoked_at = :now
				WHERE id = :id AND member_id = :memberId AND revoked_at IS NULL""")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("memberId", memberId)
			.update() == 1;
	}

	/**
	 * The member's links, newest first, each with the product's name (if it still exists), the
	 * orders bought through it (failed launches left out) and the premium of those paid.
	 */
	List<ShareLinkRow> listOf(long memberId, int limit) {
		return this.jdbc.sql("SELECT l.id, l.token, l.product_id, l.plan_code, l.note, l.created_at, l.expires_at,"
				+ " l.revoked_at, l.opens, p.name AS product_name, p.enabled AS product_enabled,"
				+ " (SELECT pp.name FROM product_plan pp WHERE pp.product = l.product_id AND pp.plan_code = l.plan_code"
				+ "   ORDER BY pp.position LIMIT 1) AS plan_name,"
				+ " (SELECT COUNT(*) FROM purchase_order o WHERE o.share_link_id = l.id AND o.member_id = l.member_id"
				+ "   AND o.status <> 'LAUNCH_FAILED') AS orders,"
				+ " (SELECT SUM(o.total_amount) FROM purchase_order o WHERE o.share_link_id = l.id"
				+ "   AND o.member_id = l.member_id AND o.status IN (" + PAID_STATUSES + ")) AS premium"
				+ " FROM share_link l LEFT JOIN product p ON p.id = l.product_id"
				+ " WHERE l.member_id = :memberId ORDER BY l.created_at DESC, l.id DESC LIMIT :limit")
			.param("memberId", memberId)
			.param("limit", limit)
			.query((rs, n) -> new ShareLinkRow(rs.getLong("id"), rs.getString("token"), rs.getLong("product_id"),
					rs.getString("product_name"), rs.getBoolean("product_enabled"), rs.getString("plan_code"), rs.getString("plan_name"),
					rs.getString("note"), instant(rs, "created_at"), instant(rs, "expires_at"),
					instant(rs, "revoked_at"), rs.getInt("opens"), rs.getLong("orders"), rs.getBigDecimal("premium")))
			.list();
	}

	private static ShareLink link(ResultSet rs, int rowNum) throws SQLException {
		return new ShareLink(rs.getLong("id"), rs.getString("token"), rs.getLong("member_id"), rs.getLong("product_id"),
				rs.getString("plan_code"), rs.getString("note"), instant(rs, "created_at"), instant(rs, "expires_at"),
				instant(rs, "revoked_at"), rs.getInt("opens"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	/** A line of the member's {@code /shares} list. {@code productName} is null when the product is gone. */
	record ShareLinkRow(long id, String token, long productId, String productName, boolean productEnabled,
			String planCode, String planName, String note, Instant createdAt, Instant expiresAt, Instant revokedAt, int opens,
			long orders, BigDecimal premium) {

		/** The plan as members know it: its name, or its code when the catalogue no longer has it. */
		public String planLabel() {
			return this.planName != null && !this.planName.isBlank() ? this.planName : this.planCode;
		}

		boolean isActive(Instant now) {
			return this.revokedAt == null && now.isBefore(this.expiresAt);
		}

	}

}

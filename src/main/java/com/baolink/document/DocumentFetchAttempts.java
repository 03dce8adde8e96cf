package com.baolink.document;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Documents that could not be fetched yet and when to try again: exponential backoff from
 * {@link #FIRST_RETRY} up to {@link #MAX_RETRY}; after {@link #MAX_ATTEMPTS} failures the
 * background job leaves it alone (a member asking for it still triggers a fetch).
 */
@Repository
class DocumentFetchAttempts {

	static final Duration FIRST_RETRY = Duration.ofMinutes(5);

	static final Duration MAX_RETRY = Duration.ofHours(6);

	static final int MAX_ATTEMPTS = 30;

	enum Outcome {

		/** The partner has not given us a URL yet. */
		NO_URL,
		/** The partner said 404 / 1001. */
		NOT_READY,
		/** A check failed or the host could not be reached. */
		REFUSED

	}

	/** A document the prefetch job should try now. */
	record Candidate(long orderId, DocumentKind kind, String policyCode) {
	}

	private final JdbcClient jdbc;

	DocumentFetchAttempts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void recordFailure(long orderId, DocumentKind kind, String policyCode, Outcome outcome, Instant now) {
		int attempts = this.jdbc.sql(
				"SELECT attempts FROM document_fetch_attempt WHERE order_id = ? AND kind = ? AND policy_code = ?")
			.params(orderId, kind.name(), policyCode)
			.query(Integer.class)
			.optional()
			.orElse(0) + 1;
		Instant next = now.plus(backoff(attempts));
		this.jdbc.sql("""
				INSERT INTO document_fetch_attempt (order_id, kind, policy_code, attempts, last_outcome, next_attempt_at, updated_at)
				VALUES (?, ?, ?, 1, ?, ?, ?)
				ON DUPLICATE KEY UPDATE attempts = attempts + 1, last_outcome = VALUES(last_outcome),
				    next_attempt_at = VALUES(next_attempt_at), updated_at = VALUES(updated_at)""")
			.params(orderId, kind.name(), policyCode, outcome.name(), Timestamp.from(next), Timestamp.from(now))
			.update();
	}

	void clear(long orderId, DocumentKind kind, String policyCode) {
		this.jdbc.sql("DELETE FROM document_fetch_attempt WHERE order_id = ? AND kind = ? AND policy_code = ?")
			.params(orderId, kind.name(), policyCode)
			.update();
	}

	/**
	 * Up to {@code limit} documents of ISSUED orders that have a partner URL, are not stored yet and
	 * whose retry (if any) is due.
	 */
	List<Candidate> due(Instant now, int limit) {
		List<String> parts = new ArrayList<>();
		for (DocumentKind kind : DocumentKind.values()) {
			parts.add("""
					SELECT o.id AS order_id, '%1$s' AS kind, i.policy_code
					FROM purchase_order o JOIN order_insured i ON i.purchase_order = o.id
					WHERE o.status = 'ISSUED' AND i.policy_code <> '' AND i.%2$s <> ''
					  AND NOT EXISTS (SELECT 1 FROM stored_document d
					      WHERE d.order_id = o.id AND d.kind = '%1$s' AND d.policy_code = i.policy_code)
					  AND NOT EXISTS (SELECT 1 FROM document_fetch_attempt a
					      WHERE a.order_id = o.id AND a.kind = '%1$s' AND a.policy_code = i.policy_code
					        AND (a.next_attempt_at > :now OR a.attempts >= :maxAttempts))
					""".formatted(kind.name(), kind.urlColumn()));
		}
		String sql = "SELECT DISTINCT order_id, kind, policy_code FROM (" + String.join(" UNION ALL ", parts)
				+ ") c ORDER BY order_id, kind, policy_code LIMIT :limit";
		return this.jdbc.sql(sql)
			.param("now", Timestamp.from(now))
			.param("maxAttempts", MAX_ATTEMPTS)
			.param("limit", limit)
			.query((rs, row) -> new Candidate(rs.getLong("order_id"), DocumentKind.valueOf(rs.getString("kind")),
					rs.getString("policy_code")))
			.list();
	}

	static Duration backoff(int attempts) {
		int doublings = Math.min(Math.max(0, attempts - 1), 20);
		Duration delay = FIRST_RETRY.multipliedBy(1L << doublings);
		return delay.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : delay;
	}

}

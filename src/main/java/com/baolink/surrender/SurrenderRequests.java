package com.baolink.surrender;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code surrender_request} audit table: every surrender sent to a partner and its answer. */
@Repository
class SurrenderRequests {

	private static final int MESSAGE_MAX = 500;

	private static final int CODES_MAX = 2000;

	private final JdbcClient jdbc;

	SurrenderRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(long orderId, SurrenderScope scope, List<String> policyCodes, long requestedBy, Instant requestedAt,
			Outcome outcome, String partnerMessage) {
		this.jdbc.sql("""
				INSERT INTO surrender_request (order_id, scope, policy_codes, requested_by, requested_at, outcome,
				    partner_message)
				VALUES (:orderId, :scope, :codes, :requestedBy, :requestedAt, :outcome, :message)""")
			.param("orderId", orderId)
			.param("scope", scope.name())
			.param("codes", truncate(String.join(",", policyCodes), CODES_MAX))
			.param("requestedBy", requestedBy)
			.param("requestedAt", Timestamp.from(requestedAt))
			.param("outcome", outcome.name())
			.param("message", truncate(partnerMessage, MESSAGE_MAX))
			.update();
	}

	private static String truncate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

	enum Outcome {

		/** The partner accepted; the callback and the next pull settle the order. */
		ACCEPTED,
		/** The partner refused (4001, 1000, 9999 …); nothing changed. */
		REFUSED,
		/** The partner did not answer; nothing changed. */
		UNAVAILABLE

	}

}

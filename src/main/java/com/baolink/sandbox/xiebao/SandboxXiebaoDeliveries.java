package com.baolink.sandbox.xiebao;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import com.baolink.infrastructure.config.ChinaTime;

/** Every notification the simulated Xiebao sends, with its attempts (shown on the admin page). */
@Repository
@Profile("sandbox")
class SandboxXiebaoDeliveries {

	enum Outcome {
		PENDING, DELIVERED, RETRYING, GAVE_UP
	}

	record Delivery(long id, String insureNum, int notifyType, int attempts, Outcome outcome, String lastAnswer,
			LocalDateTime lastAttemptAt) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	SandboxXiebaoDeliveries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	long add(String insureNum, int notifyType, String body) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO sbx_xb_delivery (insure_num, notify_type, body, outcome, created_at) VALUES (?, ?, ?, ?, ?)")
			.params(insureNum, notifyType, body, Outcome.PENDING.name(), now())
			.update(keys);
		return keys.getKey().longValue();
	}

	void recordAttempt(long id, Outcome outcome, String answer) {
		String shortAnswer = answer == null || answer.length() <= 500 ? answer : answer.substring(0, 500);
		this.jdbc.sql("UPDATE sbx_xb_delivery SET attempts = attempts + 1, outcome = ?, last_answer = ?, last_attempt_at = ? "
				+ "WHERE id = ?")
			.params(outcome.name(), shortAnswer, now(), id)
			.update();
	}

	List<Delivery> forApplication(String insureNum) {
		return this.jdbc.sql("SELECT id, insure_num, notify_type, attempts, outcome, last_answer, last_attempt_at "
				+ "FROM sbx_xb_delivery WHERE insure_num = ? ORDER BY id")
			.param(insureNum)
			.query(Delivery.class)
			.list();
	}

	private LocalDateTime now() {
		return LocalDateTime.now(this.clock.withZone(ChinaTime.ZONE));
	}

}

package com.baolink.sandbox.aigoubao;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.client.RestClient;

/**
 * Posts the partner's asynchronous notifications (insure / surrender result) to the distributor's
 * notify URLs as plain JSON, from a background thread once the current transaction has committed,
 * so the browser or API caller never waits. Delay, duplicates, retries on a non-0000 answer and
 * lost callbacks follow {@link SandboxAigoubaoProperties}. Every callback is recorded in
 * {@code sbx_callback}.
 */
@Component
@Profile("sandbox")
class CallbackSender {

	private static final Logger log = LoggerFactory.getLogger(CallbackSender.class);

	private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2, runnable -> {
		Thread thread = new Thread(runnable, "sandbox-aigoubao-callback");
		thread.setDaemon(true);
		return thread;
	});

	private final RestClient http;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SandboxAigoubaoProperties properties;

	CallbackSender(JdbcClient jdbc, Clock clock, SandboxAigoubaoProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build());
		factory.setReadTimeout(Duration.ofSeconds(10));
		this.http = RestClient.builder().requestFactory(factory).build();
	}

	/** Sends {@code payload} to {@code url} in the background (after commit when in a transaction). */
	void send(String kind, String url, Map<String, Object> payload) {
		String json = SandboxJson.write(payload);
		// recorded and sent on the executor: after commit, this thread's transaction is already done
		Runnable start = () -> this.executor.execute(() -> start(kind, url, json));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					start.run();
				}
			});
		}
		else {
			start.run();
		}
	}

	private void start(String kind, String url, String json) {
		boolean drop = this.properties.dropCallbacks();
		long id = record(kind, url, json, drop ? "DROPPED" : "PENDING");
		if (drop) {
			log.info("Sandbox AiGouBao: {} callback {} dropped on purpose", kind, id);
			return;
		}
		long delay = this.properties.callbackDelay().toMillis();
		this.executor.schedule(() -> attempt(id, url, json, 1), delay, TimeUnit.MILLISECONDS);
		for (int copy = 1; copy <= this.properties.callbackDuplicates(); copy++) {
			this.executor.schedule(() -> post(url, json), delay + copy * 200L, TimeUnit.MILLISECONDS);
		}
	}

	private void attempt(long id, String url, String json, int attempt) {
		String answer = post(url, json);
		boolean acknowledged = answer != null && "0000".equals(code(answer));
		boolean retry = !acknowledged && attempt <= this.properties.callbackRetries();
		update(id, acknowledged ? "ACKNOWLEDGED" : retry ? "RETRYING" : "FAILED", attempt, answer);
		if (retry) {
			this.executor.schedule(() -> attempt(id, url, json, attempt + 1),
					this.properties.callbackRetryDelay().toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	/** @return the answer body, or null when the distributor could not be reached */
	private String post(String url, String json) {
		try {
			String body = this.http.post()
				.uri(url)
				.contentType(MediaType.APPLICATION_JSON)
				.body(json)
				.retrieve()
				.onStatus(status -> true, (request, response) -> {
				})
				.body(String.class);
			return body == null ? "" : body;
		}
		catch (RuntimeException ex) {
			log.info("Sandbox AiGouBao: callback to {} failed: {}", url, ex.toString());
			return null;
		}
	}

	private static String code(String answer) {
		Map<String, Object> body = SandboxJson.readObject(answer);
		return body == null ? null : String.valueOf(body.get("code"));
	}

	private long record(String kind, String url, String json, String outcome) {
		LocalDateTime now = LocalDateTime.now(this.clock);
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO sbx_callback (kind, url, payload, outcome, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)")
			.params(kind, url, json, outcome, now, now)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	private void update(long id, String outcome, int attempts, String answer) {
		String shortAnswer = answer == null ? null : answer.substring(0, Math.min(answer.length(), 500));
		this.jdbc.sql("UPDATE sbx_callback SET outcome = ?, attempts = ?, last_answer = ?, updated_at = ? WHERE id = ?")
			.params(outcome, attempts, shortAnswer, LocalDateTime.now(this.clock), id)
			.update();
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

}

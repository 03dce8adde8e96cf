package com.baolink.sandbox.xiebao;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.baolink.infrastructure.web.ServerAddress;
import com.baolink.sandbox.xiebao.SandboxXiebaoDeliveries.Outcome;

/**
 * Posts notification bodies to the portal in background threads (never on a page request) and
 * re-delivers like Xiebao: when the answer is not {@code {"state":true}}, once after
 * {@code first-retry-delay} (3 s), then every {@code retry-hour}, {@code hourly-retries} (5) times.
 * The pool and the number of queued deliveries are bounded.
 */
@Component
@Profile("sandbox")
class XiebaoNotificationSender implements DisposableBean {

	record Outgoing(long deliveryId, String body, boolean retry) {
	}

	static final int MAX_QUEUED = 1000;

	private static final Logger log = LoggerFactory.getLogger(XiebaoNotificationSender.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SandboxXiebaoProperties properties;

	private final SandboxXiebaoDeliveries deliveries;

	private final ServerAddress serverAddress;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private final ScheduledThreadPoolExecutor executor;

	private final AtomicInteger queued = new AtomicInteger();

	XiebaoNotificationSender(SandboxXiebaoProperties properties, SandboxXiebaoDeliveries deliveries,
			ServerAddress serverAddress) {
		this.properties = properties;
		this.deliveries = deliveries;
		this.serverAddress = serverAddress;
		AtomicInteger threads = new AtomicInteger();
		this.executor = new ScheduledThreadPoolExecutor(2, task -> {
			Thread thread = new Thread(task, "sandbox-xiebao-notify-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		this.executor.setRemoveOnCancelPolicy(true);
	}

	/** Sends the bodies one after the other (in list order); each is retried on its own. */
	void sendInOrder(List<Outgoing> batch) {
		schedule(() -> batch.forEach(outgoing -> attempt(outgoing, 1)), Duration.ZERO);
	}

	private void attempt(Outgoing outgoing, int attemptNo) {
		String answer;
		boolean success;
		try {
			HttpResponse<String> response = this.http.send(request(outgoing.body()),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			answer = response.statusCode() + " " + response.body();
			success = response.statusCode() / 100 == 2 && isSuccessBody(response.body());
		}
		catch (IOException | IllegalArgumentException ex) {
			answer = ex.getClass().getSimpleName() + ": " + ex.getMessage();
			success = false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		Duration retryIn = success || !outgoing.retry() ? null : retryDelay(attemptNo);
		Outcome outcome = success ? Outcome.DELIVERED : (retryIn == null ? Outcome.GAVE_UP : Outcome.RETRYING);
		this.deliveries.recordAttempt(outgoing.deliveryId(), outcome, answer);
		if (retryIn != null) {
			schedule(() -> attempt(outgoing, attemptNo + 1), retryIn);
		}
	}

	/** After attempt {@code attemptNo} failed: the wait before the next one, or null to give up. */
	Duration retryDelay(int attemptNo) {
		if (attemptNo == 1) {
			return this.properties.firstRetryDelay();
		}
		return attemptNo <= 1 + this.properties.hourlyRetries() ? this.properties.retryHour() : null;
	}

	private HttpRequest request(String body) {
		return HttpRequest.newBuilder(URI.create(this.serverAddress.resolve(this.properties.notifyUrl())))
			.timeout(Duration.ofSeconds(5))
			.header("Content-Type", "application/json;charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
	}

	private static boolean isSuccessBody(String body) {
		try {
			JsonNode state = JSON.readTree(body).path("state");
			return state.isBoolean() && state.booleanValue();
		}
		catch (JacksonException ex) {
			return false;
		}
	}

	private void schedule(Runnable task, Duration delay) {
		if (this.queued.incrementAndGet() > MAX_QUEUED) {
			this.queued.decrementAndGet();
			log.warn("Sandbox Xiebao notifier: {} deliveries already queued, one dropped", MAX_QUEUED);
			return;
		}
		this.executor.schedule(() -> {
			this.queued.decrementAndGet();
			try {
				task.run();
			}
			catch (RuntimeException ex) {
				log.warn("Sandbox Xiebao notification delivery failed", ex);
			}
		}, delay.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}

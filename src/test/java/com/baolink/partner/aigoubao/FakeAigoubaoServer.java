package com.baolink.partner.aigoubao;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A scripted HTTP server for the client tests: records every request and plays the queued answers
 * in order (the last one repeats). Knows nothing about signing: the tests check what it received.
 */
final class FakeAigoubaoServer implements AutoCloseable {

	record Received(String path, String contentType, String body) {

		Map<String, Object> envelope() {
			return AigoubaoJson.parseTree(this.body);
		}

	}

	record Answer(int status, String body, Duration delay) {
	}

	private final HttpServer server;

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final Deque<Answer> answers = new ArrayDeque<>();

	FakeAigoubaoServer(int port) throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
		this.server.createContext("/", this::handle);
		this.server.setExecutor(this.executor);
		this.server.start();
	}

	String baseUrl() {
		return "http://localhost:" + this.server.getAddress().getPort() + "/agb";
	}

	FakeAigoubaoServer answer(int status, String body, Duration delay) {
		synchronized (this.answers) {
			this.answers.add(new Answer(status, body, delay));
		}
		return this;
	}

	FakeAigoubaoServer answerJson(String json) {
		return answer(200, json, Duration.ZERO);
	}

	FakeAigoubaoServer answerCode(String code, String message) {
		return answerJson("{\"code\":\"" + code + "\",\"message\":\"" + message + "\",\"data\":null}");
	}

	FakeAigoubaoServer answerData(String dataJson) {
		return answerJson("{\"code\":\"0000\",\"message\":\"成功\",\"data\":" + dataJson + "}");
	}

	List<Received> received() {
		return this.received;
	}

	private Answer next() {
		synchronized (this.answers) {
			return (this.answers.size() > 1) ? this.answers.poll() : this.answers.peek();
		}
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		this.received.add(new Received(exchange.getRequestURI().getPath(),
				exchange.getRequestHeaders().getFirst("Content-Type"), body));
		Answer answer = next();
		try {
			Thread.sleep(answer.delay().toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
		exchange.sendResponseHeaders(answer.status(), bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}

package com.baolink.sandbox.aigoubao;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpServer;
import org.awaitility.Awaitility;

/** A tiny distributor stand-in for the tests: records every JSON POST and acknowledges it with 0000. */
final class CallbackReceiver implements AutoCloseable {

	private final HttpServer server;

	private final List<Map<String, Object>> received = new CopyOnWriteArrayList<>();

	CallbackReceiver() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		this.server.createContext("/", exchange -> {
			try (InputStream in = exchange.getRequestBody()) {
				String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				@SuppressWarnings("unchecked")
				Map<String, Object> json = SandboxEnvelopes.JSON.readValue(body, LinkedHashMap.class);
				json.put("_path", exchange.getRequestURI().getPath());
				this.received.add(json);
			}
			byte[] answer = "{\"code\":\"0000\",\"message\":\"成功\"}".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, answer.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(answer);
			}
		});
		this.server.start();
	}

	String url(String path) {
		return "http://localhost:" + this.server.getAddress().getPort() + path;
	}

	/** Waits up to {@code timeout} for a callback matching {@code match}. */
	Map<String, Object> await(Predicate<Map<String, Object>> match, Duration timeout) {
		return Awaitility.await("a matching callback; received " + this.received)
			.atMost(timeout)
			.pollInterval(Duration.ofMillis(50))
			.until(() -> this.received.stream().filter(match).findFirst(), Optional::isPresent)
			.orElseThrow();
	}

	List<Map<String, Object>> received() {
		return this.received;
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}

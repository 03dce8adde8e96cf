package com.baolink.sandbox.xiebao;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.sun.net.httpserver.HttpServer;

/** A tiny notify endpoint for tests: keeps every body it receives and answers as told. */
final class NotificationReceiver {

	record Received(String body, long atNanos) {
	}

	static final String SUCCESS = "{\"state\":true}";

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private volatile Function<String, String> answer = body -> SUCCESS;

	NotificationReceiver() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.server.createContext("/notify", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			this.received.add(new Received(body, System.nanoTime()));
			byte[] reply = this.answer.apply(body).getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, reply.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(reply);
			}
		});
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/notify";
	}

	List<Received> received() {
		return List.copyOf(this.received);
	}

	void answer(Function<String, String> answer) {
		this.answer = answer;
	}

}

package com.baolink.document;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A partner file host on a random loopback port: PDFs registered under paths, plus misbehaving
 * answers (HTML, oversize without Content-Length, slow body, redirects, 404, code 1001). Counts
 * every request it sees.
 */
final class FakeDocumentServer implements AutoCloseable {

	/** A tiny but well-formed PDF. */
	static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
			+ "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
			+ "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
			+ "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

	private final HttpServer server;

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private final AtomicInteger requests = new AtomicInteger();

	private final Map<String, AtomicInteger> requestsByPath = new ConcurrentHashMap<>();

	private final Map<String, byte[]> documents = new ConcurrentHashMap<>();

	FakeDocumentServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.setExecutor(this.executor);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	int port() {
		return this.server.getAddress().getPort();
	}

	/** {@code http://localhost:<port><path>}. */
	String url(String path) {
		return "http://localhost:" + port() + path;
	}

	/** Serves {@code content} as application/pdf at {@code path}. */
	void put(String path, byte[] content) {
		this.documents.put(path, content);
	}

	int requests() {
		return this.requests.get();
	}

	int requests(String path) {
		AtomicInteger count = this.requestsByPath.get(path);
		return count == null ? 0 : count.get();
	}

	private void handle(HttpExchange exchange) throws IOException {
		this.requests.incrementAndGet();
		String path = exchange.getRequestURI().getPath();
		this.requestsByPath.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
		try (exchange) {
			byte[] document = this.documents.get(path);
			if (document != null) {
				send(exchange, 200, "application/pdf", document);
				return;
			}
			answer(exchange, path);
		}
	}

	private void answer(HttpExchange exchange, String path) throws IOException {
		switch (path) {
			case "/good.pdf" -> send(exchange, 200, "application/pdf", PDF);
			case "/octet.pdf" -> send(exchange, 200, "application/octet-stream", PDF);
			case "/html" -> send(exchange, 200, "text/html; charset=utf-8",
					"<html><body>系统繁忙</body></html>".getBytes(StandardCharsets.UTF_8));
			case "/pdf-as-html" -> send(exchange, 200, "text/html", PDF);
			case "/not-ready-json" -> send(exchange, 200, "application/json",
					"{\"code\":\"1001\",\"message\":\"保单未生效\"}".getBytes(StandardCharsets.UTF_8));
			case "/oversize" -> oversize(exchange);
			case "/slow" -> slow(exchange);
			case "/to-evil" -> redirect(exchange, "http://evil.example/x.pdf");
			case "/to-ip" -> redirect(exchange, "http://127.0.0.1:" + port() + "/good.pdf");
			case "/to-file" -> redirect(exchange, "file:///etc/passwd");
			default -> {
				if (path.startsWith("/hop/")) {
					hop(exchange, Integer.parseInt(path.substring(5)));
				}
				else {
					send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
				}
			}
		}
	}

	/** {@code /hop/N} redirects N more times (relative Location), then serves the PDF. */
	private void hop(HttpExchange exchange, int remaining) throws IOException {
		if (remaining == 0) {
			send(exchange, 200, "application/pdf", PDF);
		}
		else {
			redirect(exchange, "/hop/" + (remaining - 1));
		}
	}

	private static void oversize(HttpExchange exchange) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "application/pdf");
		exchange.sendResponseHeaders(200, 0); // chunked: no Content-Length to trust
		OutputStream body = exchange.getResponseBody();
		body.write(PDF, 0, 8);
		byte[] filler = new byte[8192];
		try {
			for (int i = 0; i < 1024; i++) {
				body.write(filler);
			}
		}
		catch (IOException ex) {
			// the client hung up once over the limit: expected
		}
	}

	private static void slow(HttpExchange exchange) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "application/pdf");
		exchange.sendResponseHeaders(200, 0);
		OutputStream body = exchange.getResponseBody();
		body.write(PDF, 0, 8);
		body.flush();
		try {
			Thread.sleep(3000);
			body.write(PDF, 8, PDF.length - 8);
		}
		catch (InterruptedException | IOException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void redirect(HttpExchange exchange, String location) throws IOException {
		exchange.getResponseHeaders().set("Location", location);
		exchange.sendResponseHeaders(302, -1);
	}

	private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", type);
		exchange.sendResponseHeaders(status, body.length);
		exchange.getResponseBody().write(body);
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}

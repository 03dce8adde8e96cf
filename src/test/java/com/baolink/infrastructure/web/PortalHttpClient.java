package com.baolink.infrastructure.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for tests against a running portal: keeps cookies (so the session),
 * never follows redirects (tests look at them), and knows how to log in through the real form
 * with its CSRF token.
 */
public final class PortalHttpClient {

	private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");

	private static final Pattern VALUE = Pattern.compile("value=\"([^\"]+)\"");

	/** What a browser asks for when it navigates (error pages are HTML only for such requests). */
	private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private final String baseUrl;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient client;

	public PortalHttpClient(int port) {
		this.baseUrl = "http://localhost:" + port;
		this.client = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	public String baseUrl() {
		return this.baseUrl;
	}

	/** GET {@code path}; {@code headers} are name/value pairs. */
	public HttpResponse<String> get(String path, String... headers) {
		return send(request(path, headers).GET().build());
	}

	/** GET {@code path} as bytes (images, PDFs); fails unless the answer is 200. */
	public byte[] getBytes(String path) {
		try {
			HttpResponse<byte[]> answer = this.client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
			if (answer.statusCode() != 200) {
				throw new IllegalStateException("GET " + path + " answered " + answer.statusCode());
			}
			return answer.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** POST {@code form} url-encoded to {@code path}; add {@code _csrf} yourself when it is wanted. */
	public HttpResponse<String> postForm(String path, Map<String, String> form, String... headers) {
		String body = form.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/** POST one file as {@code multipart/form-data} (field {@code field}) plus plain {@code fields}. */
	public HttpResponse<String> postMultipart(String path, Map<String, String> fields, String field, String fileName,
			String contentType, byte[] content) {
		String boundary = "----baolink" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
		fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n").getBytes(utf8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(utf8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(utf8));
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	/** Fetches the login form (for its CSRF token) and submits it; returns the form's answer (a redirect). */
	public HttpResponse<String> login(String username, String password) {
		String token = csrfToken(get("/login").body());
		Map<String, String> form = new LinkedHashMap<>();
		form.put("username", username);
		form.put("password", password);
		form.put("_csrf", token);
		return postForm("/login", form);
	}

	/** Logs in and fails unless the portal accepted the credentials. */
	public void loginOrFail(String username, String password) {
		HttpResponse<String> answer = login(username, password);
		String location = answer.headers().firstValue("Location").orElse("");
		if (answer.statusCode() != 302 || location.contains("/login")) {
			throw new IllegalStateException(
					"Login of " + username + " refused: " + answer.statusCode() + " Location=" + location);
		}
	}

	/** The value of the hidden {@code _csrf} input of a rendered form. */
	public static String csrfToken(String html) {
		Matcher input = CSRF_INPUT.matcher(html);
		if (!input.find()) {
			throw new IllegalStateException("No _csrf input in the page");
		}
		Matcher value = VALUE.matcher(input.group());
		if (!value.find()) {
			throw new IllegalStateException("The _csrf input has no value");
		}
		return value.group(1);
	}

	public Optional<String> cookie(String name) {
		return this.cookies.getCookieStore()
			.get(URI.create(this.baseUrl))
			.stream()
			.filter(c -> c.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	private HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(30))
			.setHeader("Accept", BROWSER_ACCEPT);
		for (int i = 0; i + 1 < headers.length; i += 2) {
			builder.setHeader(headers[i], headers[i + 1]);
		}
		return builder;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}

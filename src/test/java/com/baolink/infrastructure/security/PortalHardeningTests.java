package com.baolink.infrastructure.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.baolink.infrastructure.web.PortalHttpClient;
import com.baolink.infrastructure.web.TestMembers;
import com.baolink.member.Members;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hardening of issue 11 over real HTTP: forwarded headers from an untrusted peer, anonymous
 * pages without sessions, CSRF refusals, security headers and the management port.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalHardeningTests {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	Members members;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void forgetAddressCounters() {
		this.jdbc.sql("DELETE FROM login_attempt WHERE attempt_key LIKE 'addr|%'").update();
	}

	@Test
	void forgedForwardedForFromAnUntrustedPeerIsIgnored() {
		PortalHttpClient attacker = new PortalHttpClient(this.port);
		String token = PortalHttpClient.csrfToken(attacker.get("/login").body());
		Map<String, String> form = new LinkedHashMap<>();
		form.put("username", "13700009999");
		form.put("password", "Wrong-Password-1");
		form.put("_csrf", token);
		attacker.postForm("/login", form, "X-Forwarded-For", "203.0.113.7", "X-Real-IP", "203.0.113.8");

		assertThat(this.jdbc.sql("SELECT attempt_key FROM login_attempt WHERE attempt_key LIKE 'addr|%'")
			.query(String.class)
			.list()).isNotEmpty().noneMatch(key -> key.contains("203.0.113")).allMatch(key -> key.contains("127.0.0.1")
					|| key.contains("0:0:0:0:0:0:0:1"));
	}

	@Test
	void anonymousPagesCreateNoSessionAndLoginStillReturnsToTheRequestedPage() {
		long sessionsBefore = sessions();
		PortalHttpClient browser = new PortalHttpClient(this.port);
		browser.get("/no-such-page");
		browser.get("/catalog");
		assertThat(browser.get("/orders").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		String loginPage = browser.get("/login").body();
		browser.get("/login?error");
		assertThat(browser.cookie("SESSION")).isEmpty();
		assertThat(sessions()).isEqualTo(sessionsBefore);
		assertThat(browser.cookie("XSRF-TOKEN")).isPresent();

		String login = TestMembers.create(this.members, this.encoder);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("username", login);
		form.put("password", TestMembers.PASSWORD);
		form.put("_csrf", PortalHttpClient.csrfToken(loginPage));
		HttpResponse<String> answer = browser.postForm("/login", form);
		assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/orders"));
		assertThat(browser.cookie("SESSION")).isPresent();
		assertThat(sessions()).isEqualTo(sessionsBefore + 1);
		assertThat(browser.get("/orders").statusCode()).isEqualTo(200);
	}

	@Test
	void tamperedWrongOrMissingCsrfTokenOnAFormIs403WithThePortalErrorPage() {
		PortalHttpClient member = loggedInMember();
		String token = PortalHttpClient.csrfToken(member.get("/orders").body());
		for (String bad : new String[] { tampered(token), "not-base64-%%%", "", "AAAA" + token.substring(4) }) {
			HttpResponse<String> answer = member.postForm("/logout", Map.of("_csrf", bad));
			assertThat(answer.statusCode()).as("token %s", bad).isEqualTo(403);
			assertThat(answer.body()).contains("id=\"csrf-rejected\"", "页面已过期").doesNotContain("Exception");
		}
		HttpResponse<String> missing = member.postForm("/logout", Map.of());
		assertThat(missing.statusCode()).isEqualTo(403);
		assertThat(missing.body()).contains("id=\"csrf-rejected\"");
		assertThat(member.get("/orders").statusCode()).as("still logged in").isEqualTo(200);
	}

	@Test
	void tamperedCsrfTokenOnAnHtmxRequestIs403AskingHtmxToReload() {
		PortalHttpClient member = loggedInMember();
		String token = PortalHttpClient.csrfToken(member.get("/orders").body());
		HttpResponse<String> answer = member.postForm("/logout", Map.of(), "HX-Request", "true", "X-CSRF-TOKEN",
				tampered(token));
		assertThat(answer.statusCode()).isEqualTo(403);
		assertThat(answer.headers().firstValue("HX-Refresh")).hasValue("true");
		assertThat(answer.body()).doesNotContain("<html");
	}

	@Test
	void pagesCarryContentSecurityReferrerAndPermissionsPolicies() {
		PortalHttpClient member = loggedInMember();
		for (HttpResponse<String> answer : new HttpResponse[] { new PortalHttpClient(this.port).get("/login"),
				member.get("/orders"), member.get("/no-such-page") }) {
			assertThat(answer.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
				.contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'",
						"object-src 'none'")
				.doesNotContain("unsafe-inline", "unsafe-eval"));
			assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
			assertThat(answer.headers().firstValue("Permissions-Policy"))
				.hasValueSatisfying(policy -> assertThat(policy).contains("camera=()", "geolocation=()", "microphone=()"));
			assertThat(answer.body()).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>")
				.doesNotContainPattern("\\sstyle=\"")
				.doesNotContainPattern("\\son[a-z]+=\"");
		}
	}

	@Test
	void metricsAndActuatorEndpointsAreOnlyOnTheManagementPort() throws Exception {
		assertThat(this.managementPort).isPositive().isNotEqualTo(this.port);
		HttpResponse<String> metrics = plainGet(this.managementPort, "/actuator/prometheus");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes", "application=\"baolink\"");
		assertThat(plainGet(this.managementPort, "/actuator").statusCode()).isEqualTo(200);

		PortalHttpClient anonymous = new PortalHttpClient(this.port);
		PortalHttpClient member = loggedInMember();
		for (String path : new String[] { "/actuator/prometheus", "/actuator", "/actuator/metrics", "/actuator/env",
				"/actuator/info", "/actuator/health/db" }) {
			assertThat(anonymous.get(path).statusCode()).as("anonymous %s", path).isIn(302, 404);
			HttpResponse<String> asMember = member.get(path);
			assertThat(asMember.statusCode()).as("member %s", path).isEqualTo(404);
			assertThat(asMember.body()).doesNotContain("jvm_memory", "_links");
		}
	}

	@Test
	void healthProbesStayOnThePortalPortWithoutLoginOrDetails() throws Exception {
		for (String path : new String[] { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
				"/livez", "/readyz" }) {
			HttpResponse<String> answer = plainGet(this.port, path);
			assertThat(answer.statusCode()).as(path).isEqualTo(200);
			assertThat(answer.body()).as(path).contains("\"status\":\"UP\"").doesNotContain("components", "diskSpace");
		}
	}

	private PortalHttpClient loggedInMember() {
		PortalHttpClient member = new PortalHttpClient(this.port);
		member.loginOrFail(TestMembers.create(this.members, this.encoder), TestMembers.PASSWORD);
		return member;
	}

	private long sessions() {
		return this.jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION").query(Long.class).single();
	}

	/**
	 * The same length and valid Base64, the unmasked half changed: decodes to bytes that are not
	 * UTF-8, what used to end in a 500.
	 */
	static String tampered(String token) {
		byte[] bytes = Base64.getUrlDecoder().decode(token);
		for (int i = bytes.length / 2; i < bytes.length; i++) {
			bytes[i] ^= (byte) 0xA5;
		}
		return Base64.getUrlEncoder().encodeToString(bytes);
	}

	private static HttpResponse<String> plainGet(int port, String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

}

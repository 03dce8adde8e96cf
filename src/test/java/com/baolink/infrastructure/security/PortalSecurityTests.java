package com.baolink.infrastructure.security;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.baolink.infrastructure.web.PortalHttpClient;
import com.baolink.infrastructure.web.TestMembers;
import com.baolink.member.Members;

import static org.assertj.core.api.Assertions.assertThat;

/** The security rules of the portal, over real HTTP against the running server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalSecurityTests {

	@LocalServerPort
	int port;

	@Autowired
	Members members;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fiveWrongPasswordsLockTheAccountFromThatAddressEvenForTheRightPassword() {
		String victim = TestMembers.create(this.members, this.encoder);
		String bystander = TestMembers.create(this.members, this.encoder);
		PortalHttpClient browser = new PortalHttpClient(this.port);

		for (int attempt = 1; attempt <= 4; attempt++) {
			assertThat(location(browser.login(victim, "wrong-" + attempt))).endsWith("/login?error");
		}
		assertThat(location(browser.login(victim, "wrong-5"))).endsWith("/login?locked");
		assertThat(location(browser.login(victim, TestMembers.PASSWORD))).endsWith("/login?locked");
		assertThat(browser.get("/login?locked").body()).contains("login-form");

		PortalHttpClient other = new PortalHttpClient(this.port);
		assertThat(location(other.login(bystander, TestMembers.PASSWORD))).doesNotContain("/login");
	}

	@Test
	void successfulLoginIssuesANewSessionIdStoredInTheDatabase() {
		String login = TestMembers.create(this.members, this.encoder);
		PortalHttpClient browser = new PortalHttpClient(this.port);
		browser.get("/login");
		String before = browser.cookie("SESSION").orElseThrow(() -> new AssertionError("no session before login"));

		browser.loginOrFail(login, TestMembers.PASSWORD);

		String after = browser.cookie("SESSION").orElseThrow();
		assertThat(after).isNotEqualTo(before);
		String sessionId = new String(Base64.getDecoder().decode(after), StandardCharsets.UTF_8);
		assertThat(this.jdbc.sql("SELECT PRINCIPAL_NAME FROM SPRING_SESSION WHERE SESSION_ID = ?")
			.param(sessionId)
			.query(String.class)
			.list()).containsExactly(login);
	}

	@Test
	void postWithoutCsrfTokenIsForbiddenAndChangesNothing() {
		String login = TestMembers.create(this.members, this.encoder);
		PortalHttpClient browser = new PortalHttpClient(this.port);
		browser.loginOrFail(login, TestMembers.PASSWORD);

		assertThat(browser.postForm("/logout", Map.of()).statusCode()).isEqualTo(403);
		assertThat(location(browser.get("/"))).doesNotContain("/login");
	}

	@Test
	void anonymousPageRequestIsRedirectedToTheLoginPage() {
		HttpResponse<String> answer = new PortalHttpClient(this.port).get("/orders");
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(location(answer)).endsWith("/login");
	}

	@Test
	void anonymousHtmxRequestGets401WithHxRedirectInsteadOfTheLoginPage() {
		HttpResponse<String> answer = new PortalHttpClient(this.port).get("/orders", "HX-Request", "true");
		assertThat(answer.statusCode()).isEqualTo(401);
		assertThat(answer.headers().firstValue("HX-Redirect")).hasValue("/login");
		assertThat(answer.body()).doesNotContain("login-form");
	}

	@Test
	void healthAndPrometheusAreServedWithoutLogin() {
		PortalHttpClient anonymous = new PortalHttpClient(this.port);
		HttpResponse<String> health = anonymous.get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");

		HttpResponse<String> metrics = anonymous.get("/actuator/prometheus");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("application=\"baolink\"");
	}

	@Test
	void pagesCarryAntiFramingAndNoSniffHeaders() {
		HttpResponse<String> answer = new PortalHttpClient(this.port).get("/login");
		assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("(no redirect, status " + response.statusCode() + ")");
	}

}

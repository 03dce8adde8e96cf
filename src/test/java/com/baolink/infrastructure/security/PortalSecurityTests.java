package com.baolink.infrastructure.security;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Tag;
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
@Tag("integration")
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
	void successfulLoginCreatesTheFirstSessionStoredInTheDatabase() {
		String login = TestMembers.create(this.members, this.encoder);
		PortalHttpClient browser = new PortalHttpClient(this.port);
		browser.get("/login");
		assertThat(browser.cookie("SESSION")).as("no session before login").isEmpty();

		browser.loginOrFail(login, TestMembers.PASSWORD);

		String after = browser.cookie("SESSION").orElseThrow();
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
	void anonymousHtmxRequestGets401WithHxLocationInsteadOfTheLoginPage() {
		HttpResponse<String> answer = new PortalHttpClient(this.port).get("/orders", "HX-Request", "true");
		assertThat(answer.statusCode()).isEqualTo(401);
		assertThat(answer.headers().firstValue("HX-Location")).hasValue("/login");
		assertThat(answer.body()).doesNotContain("login-form");
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

package com.baolink.infrastructure.web;

import java.net.http.HttpResponse;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.baolink.member.Members;

import static org.assertj.core.api.Assertions.assertThat;

/** Errors end on the portal's own pages (in the layout, in the user's language), never a stack trace. */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ErrorPagesTests.FailingController.class)
class ErrorPagesTests {

	static final String SECRET_DETAIL = "internal-detail-that-must-not-leak";

	@LocalServerPort
	int port;

	@Autowired
	Members members;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	MessageSource messages;

	PortalHttpClient member;

	@BeforeEach
	void logInAsAFreshMember() {
		this.member = new PortalHttpClient(this.port);
		this.member.loginOrFail(TestMembers.create(this.members, this.encoder), TestMembers.PASSWORD);
	}

	@Test
	void adminAreaAsMemberShowsThe403Page() {
		HttpResponse<String> answer = this.member.get("/admin/anything");
		assertThat(answer.statusCode()).isEqualTo(403);
		assertPortalPage(answer.body(), "error.403.title");
	}

	@Test
	void unknownUrlShowsThe404PageInTheLayout() {
		HttpResponse<String> answer = this.member.get("/no-such-page-" + System.nanoTime());
		assertThat(answer.statusCode()).isEqualTo(404);
		assertPortalPage(answer.body(), "error.404.title");
		assertThat(answer.body()).contains("action=\"/logout\"");
	}

	@Test
	void unexpectedExceptionShowsThe5xxPageWithoutDetails() {
		HttpResponse<String> answer = this.member.get("/test-only/fail");
		assertThat(answer.statusCode()).isEqualTo(500);
		assertPortalPage(answer.body(), "error.5xx.title");
		assertThat(answer.body()).doesNotContain(SECRET_DETAIL, "IllegalStateException");
	}

	@Test
	void errorPagesFollowTheChosenLanguage() {
		this.member.get("/login?lang=en");
		HttpResponse<String> answer = this.member.get("/no-such-page-en");
		assertThat(answer.body()).contains(text("error.404.title", Locale.ENGLISH));
	}

	private void assertPortalPage(String body, String titleKey) {
		assertThat(body).contains(text(titleKey, Locale.SIMPLIFIED_CHINESE))
			.contains(text("app.footer", Locale.SIMPLIFIED_CHINESE))
			.doesNotContain("Whitelabel", "Exception", "\tat ", "java.lang", "\"trace\"");
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	@TestConfiguration(proxyBeanMethods = false)
	@RestController
	static class FailingController {

		@GetMapping("/test-only/fail")
		String fail() {
			throw new IllegalStateException(SECRET_DETAIL);
		}

	}

}

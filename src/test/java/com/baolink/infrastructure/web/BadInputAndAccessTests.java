package com.baolink.infrastructure.web;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.baolink.member.Members;
import com.baolink.order.Order;
import com.baolink.order.OrderFixtures;
import com.baolink.order.Orders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile or malformed requests a member can make by hand: wrong types, absurd numbers, someone
 * else's order in every order-scoped URL. Each ends on a portal page with a 4xx status, never a
 * 500, a stack trace or another member's data.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "baolink.engine.recurring=false")
class BadInputAndAccessTests {

	@LocalServerPort
	int port;

	@Autowired
	Members members;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	Orders orders;

	@Autowired
	MessageSource messages;

	PortalHttpClient stranger;

	Order othersOrder;

	@BeforeEach
	void aStrangerAndSomeoneElsesIssuedOrder() {
		String owner = TestMembers.create(this.members, this.encoder);
		long ownerId = this.members.findByLogin(owner).orElseThrow().id();
		this.othersOrder = OrderFixtures.issued(this.orders, ownerId, "200437", Instant.now(),
				OrderFixtures.unique("-x"), "王秘密");
		this.stranger = new PortalHttpClient(this.port);
		this.stranger.loginOrFail(TestMembers.create(this.members, this.encoder), TestMembers.PASSWORD);
	}

	@Test
	void idsThatCannotNameAnythingAre404PagesInTheLayout() {
		for (String path : new String[] { "/orders/abc", "/orders/99999999999999999999999", "/orders/1e3/status",
				"/catalog/abc", "/catalog/abc/buy", "/orders/abc/surrender", "/orders/abc/documents.zip",
				"/xiebao/orders/abc/policy" }) {
			HttpResponse<String> answer = this.stranger.get(path);
			assertThat(answer.statusCode()).as(path).isEqualTo(404);
			assertPortalPage(path, answer.body());
		}
	}

	@Test
	void absurdHistoryParametersStillShowTheHistory() {
		for (String query : new String[] { "?page=999999999999", "?page=-5", "?page=2147483647", "?from=zzz&to=2026-13-45",
				"?status=%27%20OR%201%3D1", "?q=%25%25_!", "?product=" + "x".repeat(500) }) {
			assertThat(this.stranger.get("/orders" + query).statusCode()).as(query).isEqualTo(200);
			assertThat(this.stranger.get("/orders.csv" + query).statusCode()).as(query).isEqualTo(200);
		}
	}

	@Test
	void someoneElsesOrderIsNotFoundEverywhere() {
		long id = this.othersOrder.getId();
		String policy = this.othersOrder.getInsured().get(0).policyCode();
		for (String path : new String[] { "/orders/" + id, "/orders/" + id + "/status", "/orders/" + id + "/surrender",
				"/orders/" + id + "/surrender/confirm?scope=ORDER", "/orders/" + id + "/invoice",
				"/orders/" + id + "/documents/policy/" + policy, "/orders/" + id + "/documents.zip",
				"/xiebao/orders/" + id + "/policy" }) {
			HttpResponse<String> answer = this.stranger.get(path);
			assertThat(answer.statusCode()).as(path).isEqualTo(404);
			assertThat(answer.body()).as(path).doesNotContain("王秘密", policy);
			HttpResponse<String> htmx = this.stranger.get(path, "HX-Request", "true");
			assertThat(htmx.statusCode()).as("htmx " + path).isEqualTo(404);
			assertThat(htmx.body()).as("htmx " + path).doesNotContain("王秘密", policy);
		}
		String token = PortalHttpClient.csrfToken(this.stranger.get("/catalog").body());
		for (String path : new String[] { "/orders/" + id + "/surrender", "/orders/" + id + "/invoice" }) {
			HttpResponse<String> answer = this.stranger.postForm(path,
					Map.of("_csrf", token, "scope", "ORDER", "type", "PERSONAL", "title", "x"));
			assertThat(answer.statusCode()).as("POST " + path).isEqualTo(404);
		}
		assertThat(this.stranger.get("/orders?q=王秘密").body()).doesNotContain(policy);
		assertThat(this.stranger.get("/orders.csv?q=王秘密").body()).doesNotContain(policy, "王秘密");
	}

	@Test
	void absurdListIndexesInFormsAreRefusedWithoutA500() {
		long id = this.othersOrder.getId();
		String token = PortalHttpClient.csrfToken(this.stranger.get("/catalog").body());
		Map<String, Map<String, String>> forms = Map.of(
				"/orders/launch", Map.of("_csrf", token, "productId", "1", "insured[100000].name", "x"),
				"/orders/" + id + "/surrender", Map.of("_csrf", token, "scope", "POLICIES", "policy[100000]", "x"));
		forms.forEach((path, form) -> {
			HttpResponse<String> answer = this.stranger.postForm(path, form);
			assertThat(answer.statusCode()).as(path).isBetween(400, 499);
			assertPortalPage(path, answer.body());
		});
	}

	private void assertPortalPage(String path, String body) {
		assertThat(body).as(path)
			.contains(this.messages.getMessage("app.footer", null, Locale.SIMPLIFIED_CHINESE))
			.doesNotContain("Whitelabel", "Exception", "\tat ", "java.lang", "\"trace\"");
	}

}

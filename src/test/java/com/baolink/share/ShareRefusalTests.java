package com.baolink.share;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.baolink.catalog.Product;
import com.baolink.catalog.Products;
import com.baolink.infrastructure.web.PortalHttpClient;
import com.baolink.infrastructure.web.TestMembers;
import com.baolink.member.Members;
import com.baolink.catalog.Channel;
import com.baolink.order.Order;
import com.baolink.order.Orders;
import com.baolink.order.PayType;

import static com.baolink.share.ShareFixtures.createLink;
import static com.baolink.share.ShareFixtures.customerForm;
import static com.baolink.share.ShareFixtures.linkId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile and refused cases of share links: each answers a friendly page in the layout with
 * its status, and writes nothing (no open counted, no launch, no order).
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShareRefusalTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Members members;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	Products products;

	@Autowired
	CustomerOrderTokens orderTokens;

	@Autowired
	Orders orders;

	PortalHttpClient member;

	long productId;

	@BeforeEach
	void memberLoggedIn() {
		this.productId = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> this.jdbc
			.sql("SELECT id FROM product WHERE channel = 'AIGOUBAO' AND code = ? AND enabled")
			.param(ShareFixtures.SANDBOX_PRODUCT)
			.query(Long.class)
			.optional(), java.util.Optional::isPresent).orElseThrow();
		this.member = new PortalHttpClient(this.port);
		this.member.loginOrFail(TestMembers.create(this.members, this.encoder), TestMembers.PASSWORD);
	}

	@Test
	void openWithATamperedOrUnknownTokenIsNotFoundAndCountsNothing() {
		String token = createLink(this.member, this.jdbc, this.productId, null, null);
		char last = token.charAt(token.length() - 1);
		String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
		PortalHttpClient customer = new PortalHttpClient(this.port);
		for (String path : new String[] { "/s/" + tampered, "/s/abc", "/s/" + token + "x", "/s/" + tampered + "/qr.png",
				"/s/%27%20OR%201=1" }) {
			HttpResponse<String> answer = customer.get(path);
			assertThat(answer.statusCode()).as(path).isEqualTo(404);
			assertThat(answer.body()).as(path).contains("无法打开此页面").contains("class=\"topbar\"");
		}
		assertThat(opens(token)).isZero();
	}

	@Test
	void openAnExpiredLinkIsGoneAndItsFormLaunchesNothing() {
		String token = createLink(this.member, this.jdbc, this.productId, null, null);
		PortalHttpClient customer = new PortalHttpClient(this.port);
		Map<String, String> form = customerForm(customer.get("/s/" + token).body(), "30543");
		this.jdbc.sql("UPDATE share_link SET expires_at = ? WHERE token = ?")
			.params(Timestamp.from(Instant.now().minusSeconds(60)), token)
			.update();

		HttpResponse<String> open = customer.get("/s/" + token);
		assertThat(open.statusCode()).isEqualTo(410);
		assertThat(open.body()).contains("此分享链接已过期");
		HttpResponse<String> submit = customer.postForm("/s/" + token, form);
		assertThat(submit.statusCode()).isEqualTo(410);
		assertThat(orders(token)).isZero();
		assertThat(launches(token)).isZero();
		assertThat(opens(token)).isEqualTo(1);
	}

	@Test
	void revokeNeedsCsrfAndConfirmationThenTheLinkIsGone() {
		String token = createLink(this.member, this.jdbc, this.productId, null, null);
		long id = linkId(this.jdbc, token);
		assertThat(this.member.postForm("/shares/" + id + "/revoke", Map.of()).statusCode()).isEqualTo(403);
		assertThat(new PortalHttpClient(this.port).get("/s/" + token).statusCode()).isEqualTo(200);

		String confirm = this.member.get("/shares/" + id + "/revoke").body();
		assertThat(confirm).contains("确定撤销");
		HttpResponse<String> revoked = this.member.postForm("/shares/" + id + "/revoke",
				Map.of("_csrf", PortalHttpClient.csrfToken(confirm)));
		assertThat(revoked.statusCode()).isEqualTo(302);

		HttpResponse<String> open = new PortalHttpClient(this.port).get("/s/" + token);
		assertThat(open.statusCode()).isEqualTo(410);
		assertThat(open.body()).contains("已被推荐人撤销");
		assertThat(new PortalHttpClient(this.port).get("/s/" + token + "/qr.png").statusCode()).isEqualTo(410);
		assertThat(this.member.get("/shares").body()).contains("已撤销");
	}

	@Test
	void anotherMemberCannotSeeRevokeOrPostAMembersLink() {
		String token = createLink(this.member, this.jdbc, this.productId, null, null);
		long id = linkId(this.jdbc, token);
		PortalHttpClient other = new PortalHttpClient(this.port);
		other.loginOrFail(TestMembers.create(this.members, this.encoder), TestMembers.PASSWORD);
		String page = other.get("/shares").body();
		assertThat(page).doesNotContain(token);
		assertThat(other.get("/shares/" + id + "/revoke").statusCode()).isEqualTo(404);
		assertThat(other.postForm("/shares/" + id + "/revoke", Map.of("_csrf", PortalHttpClient.csrfToken(page)))
			.statusCode()).isEqualTo(404);
		assertThat(other.get("/shares/" + id + "/poster.png").statusCode()).isEqualTo(404);
		assertThat(this.jdbc.sql("SELECT revoked_at FROM share_link WHERE id = ?").param(id).query(Timestamp.class).optional())
			.isEmpty();
	}

	@Test
	void createLinkHasErrorsKeepsWhatWasTypedAndCreatesNothing() {
		String page = this.member.get("/shares").body();
		long before = this.jdbc.sql("SELECT COUNT(*) FROM share_link").query(Long.class).single();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", PortalHttpClient.csrfToken(page));
		form.put("productId", String.valueOf(this.productId));
		form.put("plan", "NOT-A-PLAN");
		form.put("note", "备".repeat(201));
		form.put("expiresOn", "2020-01-01");
		HttpResponse<String> answer = this.member.postForm("/shares", form);
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("所选计划不属于此产品").contains("备注最多 200 个字").contains("有效期不能早于今天")
			.contains("备".repeat(201)).contains("value=\"2020-01-01\"");
		form.put("plan", "");
		form.put("note", "");
		form.put("expiresOn", java.time.LocalDate.now(com.baolink.infrastructure.config.ChinaTime.ZONE).plusDays(400).toString());
		assertThat(this.member.postForm("/shares?lang=en", form).body()).contains("A link is valid for at most 365 days");
		form.put("productId", "999999999");
		assertThat(this.member.postForm("/shares?lang=zh-CN", form).body()).contains("请选择一个在售的产品");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM share_link").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void staffHaveNoSharesPage() {
		PortalHttpClient staff = new PortalHttpClient(this.port);
		staff.loginOrFail("admin", "Harbor-Quill-Lantern-73");
		assertThat(staff.get("/shares").statusCode()).isEqualTo(403);
	}

	@Test
	void aLinkToAHiddenOrDeletedProductIsGone() {
		Product product = Product.newProduct(Channel.XIEBAO, "SHARE-GONE-" + System.nanoTime() % 1_000_000, "临时产品",
				Instant.now());
		product.curated("临时产品", new java.math.BigDecimal("9.90"));
		long id = this.products.save(product).getId();
		String token = createLink(this.member, this.jdbc, id, null, null);
		assertThat(new PortalHttpClient(this.port).get("/s/" + token).statusCode()).isEqualTo(200);

		this.jdbc.sql("UPDATE product SET enabled = FALSE WHERE id = ?").param(id).update();
		HttpResponse<String> hidden = new PortalHttpClient(this.port).get("/s/" + token);
		assertThat(hidden.statusCode()).isEqualTo(410);
		assertThat(hidden.body()).contains("此产品已下架");

		this.jdbc.sql("DELETE FROM product WHERE id = ?").param(id).update();
		assertThat(new PortalHttpClient(this.port).get("/s/" + token).statusCode()).isEqualTo(410);
		assertThat(orders(token)).isZero();
	}

	@Test
	void launchesOverTheHourlyLimitAreRefusedWith429AndWriteNothing() {
		String token = createLink(this.member, this.jdbc, this.productId, null, null);
		long id = linkId(this.jdbc, token);
		for (int i = 0; i < 20; i++) {
			this.jdbc.sql("INSERT INTO share_launch (share_link_id, launched_at) VALUES (?, ?)")
				.params(id, Timestamp.from(Instant.now().minusSeconds(60 + i)))
				.update();
		}
		PortalHttpClient customer = new PortalHttpClient(this.port);
		HttpResponse<String> answer = customer.postForm("/s/" + token,
				customerForm(customer.get("/s/" + token).body(), "30543"));
		assertThat(answer.statusCode()).isEqualTo(429);
		assertThat(answer.headers().firstValue("Retry-After")).hasValue("3600");
		assertThat(answer.body()).contains("请一小时后再试");
		assertThat(orders(token)).isZero();
		assertThat(launches(token)).isEqualTo(20);

		// launches older than an hour no longer count
		this.jdbc.sql("UPDATE share_launch SET launched_at = ? WHERE share_link_id = ?")
			.params(Timestamp.from(Instant.now().minus(Duration.ofMinutes(61))), id)
			.update();
		assertThat(customer.postForm("/s/" + token, customerForm(customer.get("/s/" + token).body(), "30543"))
			.statusCode()).isEqualTo(302);
		assertThat(orders(token)).isEqualTo(1);
	}

	@Test
	void aMemberNotRegisteredWithAigoubaoCannotBeBoughtForAndNothingIsWritten() {
		String token = createLink(this.member, this.jdbc, this.productId, null, null);
		this.jdbc.sql("UPDATE member SET aigoubao_member_id = NULL WHERE id = (SELECT member_id FROM share_link WHERE token = ?)")
			.param(token)
			.update();
		PortalHttpClient customer = new PortalHttpClient(this.port);
		HttpResponse<String> answer = customer.postForm("/s/" + token,
				customerForm(customer.get("/s/" + token).body(), "30543"));
		assertThat(answer.statusCode()).isEqualTo(503);
		assertThat(answer.body()).contains("推荐人的账户暂未开通");
		assertThat(orders(token)).isZero();
		assertThat(launches(token)).isZero();
	}

	@Test
	void customerFormWithoutCsrfIsForbidden() {
		String token = createLink(this.member, this.jdbc, this.productId, null, null);
		PortalHttpClient customer = new PortalHttpClient(this.port);
		Map<String, String> form = new LinkedHashMap<>(customerForm(customer.get("/s/" + token).body(), "30543"));
		form.remove("_csrf");
		assertThat(customer.postForm("/s/" + token, form).statusCode()).isEqualTo(403);
		assertThat(orders(token)).isZero();
	}

	@Test
	void aCustomerReachesNoMemberPageAndNoOtherOrder() {
		String token = createLink(this.member, this.jdbc, this.productId, null, null);
		PortalHttpClient customer = new PortalHttpClient(this.port);
		HttpResponse<String> launched = customer.postForm("/s/" + token,
				customerForm(customer.get("/s/" + token).body(), "30543"));
		assertThat(launched.statusCode()).isEqualTo(302);
		long orderId = this.jdbc.sql("SELECT id FROM purchase_order WHERE share_link_id = ?")
			.param(linkId(this.jdbc, token))
			.query(Long.class)
			.single();
		String own = "/s/o/" + this.orderTokens.issue(orderId);
		assertThat(customer.get(own).statusCode()).isEqualTo(200);

		for (String memberPage : new String[] { "/orders", "/orders/" + orderId, "/shares", "/catalog",
				"/orders/" + orderId + "/documents.zip", "/shares/" + linkId(this.jdbc, token) + "/poster.png" }) {
			HttpResponse<String> answer = customer.get(memberPage);
			assertThat(answer.statusCode()).as(memberPage).isEqualTo(302);
			assertThat(answer.headers().firstValue("Location").orElse("")).as(memberPage).endsWith("/login");
		}

		// Another order's id with this order's signature, a changed signature, a member's own order.
		String signature = own.substring(own.indexOf('-') + 1);
		long membersOwnOrder = this.orders.save(Order.launch(this.jdbc.sql("SELECT member_id FROM share_link WHERE token = ?")
			.param(token)
			.query(Long.class)
			.single(), Channel.AIGOUBAO, PayType.CASH, "BLS" + System.nanoTime() % 1_000_000_000L, null, "200437",
				"国内旅游意外险", null, null, null, null, "王五", List.of(), Instant.now())).getId();
		for (String path : new String[] { "/s/o/" + (orderId + 1) + "-" + signature,
				own.substring(0, own.length() - 2) + (own.endsWith("AA") ? "BB" : "AA"), "/s/o/" + orderId,
				"/s/o/" + this.orderTokens.issue(membersOwnOrder), own + "x",
				own + "/policy/UNKNOWN" }) {
			HttpResponse<String> answer = customer.get(path);
			assertThat(answer.statusCode()).as(path).isEqualTo(404);
			assertThat(answer.body()).as(path).contains("订单不存在");
		}
	}

	private int opens(String token) {
		return this.jdbc.sql("SELECT opens FROM share_link WHERE token = ?").param(token).query(Integer.class).single();
	}

	private long orders(String token) {
		return this.jdbc.sql("SELECT COUNT(*) FROM purchase_order o JOIN share_link l ON l.id = o.share_link_id WHERE l.token = ?")
			.param(token)
			.query(Long.class)
			.single();
	}

	private long launches(String token) {
		return this.jdbc.sql("SELECT COUNT(*) FROM share_launch s JOIN share_link l ON l.id = s.share_link_id WHERE l.token = ?")
			.param(token)
			.query(Long.class)
			.single();
	}

}

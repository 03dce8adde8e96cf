package com.baolink.xiebao;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import com.baolink.order.OrderStatus;
import com.baolink.order.Orders;
import com.baolink.partner.xiebao.XiebaoLinks;
import com.baolink.partner.xiebao.XiebaoProperties;
import com.baolink.sync.ReconciliationJob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The member's and staff's side of Xiebao over real HTTP: launch, home and policy links, product admin. */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "baolink.engine.recurring=false")
class XiebaoPortalTests {

	static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148";

	@LocalServerPort
	int port;

	@Autowired
	XiebaoProperties properties;

	@Autowired
	Members members;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	Products products;

	@Autowired
	Orders orders;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReconciliationJob reconciliation;

	PortalHttpClient browser;

	long memberId;

	@BeforeEach
	void logIn() {
		String login = TestMembers.create(this.members, this.encoder);
		this.memberId = this.members.findByLogin(login).orElseThrow().id();
		this.browser = new PortalHttpClient(this.port);
		this.browser.loginOrFail(login, TestMembers.PASSWORD);
	}

	@Test
	void buyingRecordsOneLaunchedOrderAndRedirectsToTheSignedProductPage() {
		Product product = this.products.findByChannelAndCode(Channel.XIEBAO, "XB-TRAVEL-01").orElseThrow();
		String page = this.browser.get("/catalog/" + product.getId()).body();
		assertThat(page).contains("id=\"xiebao-buy\"").doesNotContain("id=\"no-plans\"");

		HttpResponse<String> first = launch(product, page, "tok-" + System.nanoTime(), "Mozilla/5.0 (X11; Linux x86_64)");
		assertThat(first.statusCode()).isEqualTo(302);
		Map<String, String> link = query(first.headers().firstValue("Location").orElseThrow());
		assertThat(link).containsEntry("partnerId", this.properties.partnerId())
			.containsEntry("caseCode", "XB-TRAVEL-01")
			.containsEntry("partnerUniqKey", String.valueOf(this.memberId))
			.containsEntry("platform", "2")
			.containsEntry("sign", XiebaoLinks.sign(this.properties.apiKey(), this.properties.partnerId()));
		assertThat(first.headers().firstValue("Location").orElseThrow()).contains("/sandbox/xiebao/dispatch/cps?");

		String token = "tok-" + System.nanoTime();
		launch(product, page, token, IPHONE);
		HttpResponse<String> again = launch(product, page, token, IPHONE);
		assertThat(query(again.headers().firstValue("Location").orElseThrow())).containsEntry("platform", "1");
		List<Order> launched = xiebaoOrdersOfMember();
		assertThat(launched).singleElement().satisfies(order -> {
			assertThat(order.getStatus()).isEqualTo(OrderStatus.LAUNCHED);
			assertThat(order.getProductCode()).isEqualTo("XB-TRAVEL-01");
			assertThat(order.getProductName()).isEqualTo(product.getName());
			assertThat(order.getPartnerRef()).isNull();
			assertThat(order.getOutSerialNo()).startsWith("BL");
		});

		// Xiebao's first notification links the application to that order (no second order).
		XiebaoNotifications xb = new XiebaoNotifications(this.port, this.properties.partnerId(), this.properties.notifyKey());
		String num = XiebaoNotifications.newInsureNum();
		assertThat(xb.post(1, xb.insure(String.valueOf(this.memberId), "XB-TRAVEL-01", num)).statusCode()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.orders.findByChannelAndPartnerRef(Channel.XIEBAO, num).isPresent());
		assertThat(this.orders.findByChannelAndPartnerRef(Channel.XIEBAO, num).orElseThrow().getId())
			.isEqualTo(launched.get(0).getId());
		assertThat(xiebaoOrdersOfMember()).hasSize(1);
	}

	@Test
	void theCatalogueLinksXiebaosHomePageReturningToTheOrderHistory() {
		assertThat(this.browser.get("/catalog").body()).contains("id=\"xiebao-more-link\"");
		HttpResponse<String> home = this.browser.get("/xiebao/home");

		assertThat(home.statusCode()).isEqualTo(302);
		Map<String, String> link = query(home.headers().firstValue("Location").orElseThrow());
		assertThat(link).containsEntry("partnerUniqKey", String.valueOf(this.memberId))
			.containsEntry("sign", XiebaoLinks.sign(this.properties.apiKey(), this.properties.partnerId()));
		String paySuccess = new String(Base64.getDecoder().decode(link.get("paySuccess")), StandardCharsets.UTF_8);
		assertThat(paySuccess).isEqualTo("http://localhost:" + this.port + "/orders");
	}

	@Test
	void anIssuedOrderLinksItsPolicyDetailOnlyForItsMember() {
		XiebaoNotifications xb = new XiebaoNotifications(this.port, this.properties.partnerId(), this.properties.notifyKey());
		String num = XiebaoNotifications.newInsureNum();
		String key = String.valueOf(this.memberId);
		xb.post(3, xb.issue(key, "XB-TRAVEL-01", num, "P" + num, "张三"));
		xb.post(26, xb.endorsement(key, num, 2));
		await().atMost(Duration.ofSeconds(20)).until(() -> this.jdbc
			.sql("SELECT COUNT(*) FROM xiebao_event WHERE insure_num = :num").param("num", num).query(Long.class).single() == 1);
		Order order = this.orders.findByChannelAndPartnerRef(Channel.XIEBAO, num).orElseThrow();

		String page = this.browser.get("/orders/" + order.getId()).body();
		assertThat(page).contains("id=\"xiebao-policy-link\"").contains("rel=\"noopener\"").contains("target=\"_blank\"")
			.contains("批改审核拒绝").contains(num);
		HttpResponse<String> policy = this.browser.get("/xiebao/orders/" + order.getId() + "/policy");
		assertThat(policy.statusCode()).isEqualTo(302);
		assertThat(query(policy.headers().firstValue("Location").orElseThrow())).containsEntry("insureNum", num)
			.containsEntry("sign", XiebaoLinks.sign(this.properties.apiKey(), this.properties.partnerId()));

		PortalHttpClient stranger = new PortalHttpClient(this.port);
		stranger.loginOrFail(TestMembers.create(this.members, this.encoder), TestMembers.PASSWORD);
		assertThat(stranger.get("/xiebao/orders/" + order.getId() + "/policy").statusCode()).isEqualTo(404);
	}

	@Test
	void reconciliationNeverPullsXiebaoOrders() {
		XiebaoNotifications xb = new XiebaoNotifications(this.port, this.properties.partnerId(), this.properties.notifyKey());
		String num = XiebaoNotifications.newInsureNum();
		xb.post(1, xb.insure(String.valueOf(this.memberId), "XB-TRAVEL-01", num));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.orders.findByChannelAndPartnerRef(Channel.XIEBAO, num).isPresent());
		long id = this.orders.findByChannelAndPartnerRef(Channel.XIEBAO, num).orElseThrow().getId();
		this.jdbc.sql("UPDATE purchase_order SET next_sync_at = :past WHERE id = :id")
			.param("past", Timestamp.from(Instant.now().minus(Duration.ofHours(1))))
			.param("id", id)
			.update();

		this.reconciliation.runOnce();

		Order after = this.orders.findById(id).orElseThrow();
		assertThat(after.getSyncAttempts()).isZero();
		assertThat(after.getLastSyncedAt()).isNull();
		assertThat(after.getLastError()).isNull();
	}

	@Test
	void staffAddEditAndHideXiebaoProductsOnTheCatalogueScreen() {
		PortalHttpClient staff = new PortalHttpClient(this.port);
		staff.loginOrFail("admin", "Harbor-Quill-Lantern-73");
		String list = staff.get("/admin/products").body();
		assertThat(list).contains("XB-TRAVEL-01").contains("id=\"xiebao-product-add\"");
		assertThat(this.browser.get("/admin/products").statusCode()).isEqualTo(403);
		assertThat(staff.get("/admin/xiebao-products").headers().firstValue("Location").orElse("")).endsWith("/admin/products");

		String code = "XB-T" + (System.nanoTime() % 1_000_000);
		String form = staff.get("/admin/products/new-xiebao").body();
		Map<String, String> invalid = productForm(form, code, "", "abc", "ftp://x");
		HttpResponse<String> refused = staff.postForm("/admin/products/xiebao", invalid);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("field-error").contains("value=\"" + code + "\"");

		HttpResponse<String> created = staff.postForm("/admin/products/xiebao",
				productForm(form, code, "测试携保产品", "18.5", "https://img.example.com/p.png"));
		assertThat(created.statusCode()).isEqualTo(302);
		Product product = this.products.findByChannelAndCode(Channel.XIEBAO, code).orElseThrow();
		assertThat(product.getFromPrice()).isEqualByComparingTo("18.50");
		assertThat(product.getPictureUrl()).isEqualTo("https://img.example.com/p.png");
		assertThat(this.browser.get("/catalog").body()).contains("测试携保产品");

		String edit = staff.get("/admin/products/" + product.getId()).body();
		assertThat(staff.postForm("/admin/products/" + product.getId(),
				productForm(edit, code, "改名携保产品", "20", "")).statusCode()).isEqualTo(302);
		assertThat(this.products.findById(product.getId()).orElseThrow().getName()).isEqualTo("改名携保产品");

		Map<String, String> disable = new LinkedHashMap<>();
		disable.put("enabled", "false");
		disable.put("_csrf", PortalHttpClient.csrfToken(staff.get("/admin/products").body()));
		assertThat(staff.postForm("/admin/products/" + product.getId() + "/enabled", disable).statusCode())
			.isEqualTo(302);
		assertThat(this.browser.get("/catalog").body()).doesNotContain("改名携保产品");
		assertThat(this.browser.get("/catalog/" + product.getId()).statusCode()).isEqualTo(404);
	}

	@Test
	void staffUploadAPictureThroughTheRealServerAndAnOversizedOneIsAFieldMessage() {
		PortalHttpClient staff = new PortalHttpClient(this.port);
		staff.loginOrFail("admin", "Harbor-Quill-Lantern-73");
		Product product = this.products.findByChannelAndCode(Channel.XIEBAO, "XB-SKI-03").orElseThrow();
		String edit = staff.get("/admin/products/" + product.getId()).body();
		java.util.regex.Matcher action = java.util.regex.Pattern
			.compile("id=\"picture-form\" method=\"post\" enctype=\"multipart/form-data\" action=\"([^\"]+)\"")
			.matcher(edit);
		assertThat(action.find()).isTrue();
		String path = action.group(1).replace("&amp;", "&");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		HttpResponse<String> uploaded = staff.postMultipart(path, Map.of("_csrf", PortalHttpClient.csrfToken(edit)),
				"picture", "p.png", "image/png", png);
		assertThat(uploaded.statusCode()).isEqualTo(302);
		assertThat(this.products.findById(product.getId()).orElseThrow().getPictureVersion()).isNotNull();
		assertThat(this.browser.get("/catalog/" + product.getId() + "/picture").statusCode()).isEqualTo(200);

		byte[] huge = new byte[5 * 1024 * 1024];
		System.arraycopy(png, 0, huge, 0, png.length);
		HttpResponse<String> tooLarge = staff.postMultipart(path, Map.of("_csrf", PortalHttpClient.csrfToken(edit)),
				"picture", "big.png", "image/png", huge);
		assertThat(tooLarge.statusCode()).isEqualTo(302);
		String back = tooLarge.headers().firstValue("Location").orElse("");
		assertThat(back).endsWith("/admin/products/" + product.getId() + "?pictureTooLarge");
		assertThat(staff.get(back.substring(back.indexOf("/admin"))).body()).contains("图片不能超过 1024 KB");
	}

	private Map<String, String> productForm(String page, String code, String name, String price, String picture) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", PortalHttpClient.csrfToken(page));
		form.put("code", code);
		form.put("name", name);
		form.put("insurerName", "平安财险");
		form.put("category", "TRAVEL");
		form.put("fromPrice", price);
		form.put("pictureUrl", picture);
		form.put("description", "测试描述");
		form.put("displayOrder", "90");
		form.put("enabled", "true");
		return form;
	}

	private HttpResponse<String> launch(Product product, String page, String token, String userAgent) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", PortalHttpClient.csrfToken(page));
		form.put("launchToken", token);
		return this.browser.postForm("/xiebao/launch/" + product.getId(), form, "User-Agent", userAgent);
	}

	private List<Order> xiebaoOrdersOfMember() {
		return this.orders.findAll()
			.stream()
			.filter(order -> order.getMemberId() == this.memberId && order.getChannel() == Channel.XIEBAO)
			.toList();
	}

	private static Map<String, String> query(String url) {
		Map<String, String> params = new LinkedHashMap<>();
		for (String pair : URI.create(url).getRawQuery().split("&")) {
			int eq = pair.indexOf('=');
			params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
					URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
		}
		return params;
	}

}

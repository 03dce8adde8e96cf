package com.baolink.share;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import javax.imageio.ImageIO;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.baolink.infrastructure.config.ChinaTime;
import com.baolink.infrastructure.web.PortalHttpClient;
import com.baolink.infrastructure.web.TestMembers;
import com.baolink.member.Members;
import com.baolink.sandbox.aigoubao.SandboxPayForm;

import static com.baolink.share.ShareFixtures.createLink;
import static com.baolink.share.ShareFixtures.customerForm;
import static com.baolink.share.ShareFixtures.linkId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An end customer buys through a member's link over real HTTP against the sandbox: no account,
 * CSRF-protected form, the AiGouBao pre-order in the member's name, the partner's page, back on the
 * customer's own status page, the policy through the download proxy, and the order in the member's
 * history marked as from the link. Plus the double submit and the customer's form errors.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CustomerPurchaseFlowTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Members members;

	@Autowired
	PasswordEncoder encoder;

	PortalHttpClient member;

	String memberLogin;

	long productId;

	@BeforeEach
	void memberLoggedIn() {
		this.productId = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> this.jdbc
			.sql("SELECT id FROM product WHERE channel = 'AIGOUBAO' AND code = ? AND enabled")
			.param(ShareFixtures.SANDBOX_PRODUCT)
			.query(Long.class)
			.optional(), java.util.Optional::isPresent).orElseThrow();
		this.memberLogin = TestMembers.create(this.members, this.encoder);
		this.member = new PortalHttpClient(this.port);
		this.member.loginOrFail(this.memberLogin, TestMembers.PASSWORD);
	}

	@Test
	void processCustomerFormBuysForTheMemberAndReturnsToTheCustomersOwnStatusPage() throws Exception {
		String token = createLink(this.member, this.jdbc, this.productId, null, "出行前记得买");
		long linkId = linkId(this.jdbc, token);
		PortalHttpClient customer = new PortalHttpClient(this.port);

		HttpResponse<String> page = customer.get("/s/" + token);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		assertThat(page.body()).contains("测试会员 向您推荐").contains("出行前记得买").contains("投保须知")
			.doesNotContain(this.memberLogin).doesNotContain("测试公司").doesNotContain("测试路1号");
		assertThat(page.body()).as("the customer reads what the member reads: selling points, coverage, limits")
			.contains("id=\"selling-points\"", "id=\"coverage-table\"", "id=\"product-limits\"", "id=\"limits-age\"");

		HttpResponse<String> launched = customer.postForm("/s/" + token, customerForm(page.body(), "30543"));
		assertThat(launched.statusCode()).as(launched.body()).isEqualTo(302);
		String payUrl = launched.headers().firstValue("Location").orElseThrow();
		assertThat(payUrl).contains("/sandbox/aigoubao/h5/purchase/");

		Map<String, Object> order = this.jdbc.sql("""
				SELECT o.id, o.member_id, o.share_link_id, o.customer_name, o.status, m.login
				FROM purchase_order o JOIN member m ON m.id = o.member_id WHERE o.share_link_id = ?""")
			.param(linkId)
			.query()
			.singleRow();
		assertThat(order).containsEntry("login", this.memberLogin).containsEntry("customer_name", "张三")
			.containsEntry("status", "LAUNCHED");
		long orderId = ((Number) order.get("id")).longValue();

		// The customer pays on the partner's page and is sent back to their own page (returnPage).
		HttpResponse<String> paid = postAbsolute(payUrl,
				SandboxPayForm.twoInsured(LocalDate.now(ChinaTime.ZONE).plusDays(3), "success"));
		assertThat(paid.statusCode()).isEqualTo(302);
		String returnPage = paid.headers().firstValue("Location").orElseThrow();
		assertThat(returnPage).startsWith(customer.baseUrl() + "/s/o/" + orderId + "-");
		String statusPath = returnPage.substring(customer.baseUrl().length());

		Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).until(() -> customer
			.get(statusPath)
			.body()
			.contains("data-status=\"ISSUED\""));
		String status = customer.get(statusPath).body();
		assertThat(status).contains("张三").contains("李四").contains("保单已出具").contains("测试会员")
			.doesNotContain(this.memberLogin);
		String policyPath = statusPath + "/policy/" + firstPolicyCode(status);
		HttpResponse<byte[]> pdf = customerBytes(customer.baseUrl() + policyPath);
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");

		// The member's history marks it, and the link's figures count it.
		String history = this.member.get("/orders").body();
		assertThat(history).contains("来自分享链接").contains("客户：张三");
		String shares = this.member.get("/shares").body();
		assertThat(shares).contains("data-share-id=\"" + linkId + "\"");
		assertThat(this.jdbc.sql("SELECT opens FROM share_link WHERE id = ?").param(linkId).query(Integer.class).single())
			.isEqualTo(1);
	}

	@Test
	void processCustomerFormTwiceWithTheSameLaunchTokenMakesOnePreOrder() {
		String token = createLink(this.member, this.jdbc, this.productId, "30543", null);
		String planName = this.jdbc.sql("SELECT name FROM product_plan WHERE product = ? AND plan_code = '30543'")
			.param(this.productId)
			.query(String.class)
			.single();
		assertThat(this.member.get("/shares").body()).as("the member's links name the plan, not its code")
			.contains("计划：" + planName)
			.doesNotContain("计划：30543");
		PortalHttpClient customer = new PortalHttpClient(this.port);
		Map<String, String> form = customerForm(customer.get("/s/" + token).body(), "30543");

		HttpResponse<String> first = customer.postForm("/s/" + token, form);
		HttpResponse<String> again = customer.postForm("/s/" + token, form);
		assertThat(first.statusCode()).isEqualTo(302);
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM purchase_order WHERE share_link_id = ?")
			.param(linkId(this.jdbc, token))
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM share_launch WHERE share_link_id = ?")
			.param(linkId(this.jdbc, token))
			.query(Long.class)
			.single()).as("a repeated submit is not a new launch").isEqualTo(1);
	}

	@Test
	void processCustomerFormHasErrorsKeepsWhatWasTypedAndWritesNothing() {
		String token = createLink(this.member, this.jdbc, this.productId, null, null);
		PortalHttpClient customer = new PortalHttpClient(this.port);
		Map<String, String> form = customerForm(customer.get("/s/" + token).body(), "30543");
		form.put("insured[1].cardNo", "110101199003071234");
		form.put("holder.mobile", "");
		form.remove("acceptNotices");

		HttpResponse<String> answer = customer.postForm("/s/" + token, form);
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("身份证号码校验位不正确").contains("此项为必填项").contains("请阅读并同意投保须知")
			.contains("value=\"110101199003071234\"").contains("value=\"李四\"")
			.contains("value=\"" + form.get("launchToken") + "\"");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM purchase_order WHERE share_link_id = ?")
			.param(linkId(this.jdbc, token))
			.query(Long.class)
			.single()).isZero();

		HttpResponse<String> english = customer.postForm("/s/" + token + "?lang=en", form);
		assertThat(english.body()).contains("Please read and accept the notices");
	}

	@Test
	void processCustomerFormWithAPlanTheLinkDoesNotOfferIsRefusedOnTheField() {
		String token = createLink(this.member, this.jdbc, this.productId, "30543", null);
		PortalHttpClient customer = new PortalHttpClient(this.port);
		String page = customer.get("/s/" + token).body();
		String otherPlan = this.jdbc.sql("""
				SELECT plan_code FROM product_plan WHERE product = ? AND plan_code <> '30543' LIMIT 1""")
			.param(this.productId)
			.query(String.class)
			.single();
		HttpResponse<String> answer = customer.postForm("/s/" + token, customerForm(page, otherPlan));
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("所选计划不属于此产品");
	}

	@Test
	void qrCodeDecodesBackToTheLinkInBothSizes() throws Exception {
		String token = createLink(this.member, this.jdbc, this.productId, null, null);
		PortalHttpClient anonymous = new PortalHttpClient(this.port);
		for (String query : new String[] { "", "?size=print" }) {
			HttpResponse<byte[]> png = customerBytes(anonymous.baseUrl() + "/s/" + token + "/qr.png" + query);
			assertThat(png.statusCode()).isEqualTo(200);
			assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
			var image = ImageIO.read(new ByteArrayInputStream(png.body()));
			assertThat(image.getWidth()).isEqualTo(query.isEmpty() ? 480 : 1200);
			assertThat(QrDecoding.decode(image)).isEqualTo(anonymous.baseUrl() + "/s/" + token);
		}
	}

	@Test
	void posterIsAPhoneSizedPngWhoseQrCodeIsTheLink() throws Exception {
		String token = createLink(this.member, this.jdbc, this.productId, null, "暑期出游必备");
		long id = linkId(this.jdbc, token);
		HttpResponse<String> forOthers = new PortalHttpClient(this.port).get("/shares/" + id + "/poster.png");
		assertThat(forOthers.statusCode()).isEqualTo(302);

		byte[] png = this.member.getBytes("/shares/" + id + "/poster.png");
		var image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(SharePoster.WIDTH);
		assertThat(image.getHeight()).isEqualTo(SharePoster.HEIGHT);
		assertThat(QrDecoding.decode(image)).isEqualTo(this.member.baseUrl() + "/s/" + token);
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
		java.nio.file.Files.write(java.nio.file.Path.of("target", "share-poster-sample.png"), png);
	}

	private HttpResponse<String> postAbsolute(String url, Map<String, String> form) throws IOException, InterruptedException {
		String body = form.entrySet()
			.stream()
			.map(e -> java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8) + "="
					+ java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
			.collect(java.util.stream.Collectors.joining("&"));
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A fresh client without cookies: the customer's token alone opens these. */
	private static HttpResponse<byte[]> customerBytes(String url) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String firstPolicyCode(String statusPage) {
		var matcher = java.util.regex.Pattern.compile("class=\"policy-code\"[^>]*>(\\d{6,})<").matcher(statusPage);
		assertThat(matcher.find()).as("a policy code on the status page").isTrue();
		return matcher.group(1);
	}

}

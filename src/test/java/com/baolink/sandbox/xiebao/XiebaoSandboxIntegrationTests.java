package com.baolink.sandbox.xiebao;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.baolink.infrastructure.config.ChinaTime;
import com.baolink.partner.xiebao.Platform;
import com.baolink.partner.xiebao.XiebaoLinks;
import com.baolink.partner.xiebao.XiebaoNotification;
import com.baolink.partner.xiebao.XiebaoNotification.Endorsement;
import com.baolink.partner.xiebao.XiebaoNotification.Issue;
import com.baolink.partner.xiebao.XiebaoNotification.Pay;
import com.baolink.partner.xiebao.XiebaoNotification.Surrender;
import com.baolink.partner.xiebao.XiebaoNotificationVerifier;
import com.baolink.partner.xiebao.XiebaoVerification;
import com.baolink.sandbox.xiebao.NotificationReceiver.Received;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The simulated Xiebao over HTTP: signed pages, "submit and pay", notifications to a test receiver. */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "baolink.engine.recurring=false", "baolink.sandbox.xiebao.first-retry-delay=PT0.6S",
				"baolink.sandbox.xiebao.retry-hour=PT0.3S" })
class XiebaoSandboxIntegrationTests {

	static final NotificationReceiver receiver = new NotificationReceiver();

	static final String ID_NO = "11010519491231002X";

	@DynamicPropertySource
	static void notifyUrl(DynamicPropertyRegistry registry) {
		registry.add("baolink.sandbox.xiebao.notify-url", receiver::url);
	}

	@LocalServerPort
	int port;

	@Autowired
	XiebaoLinks links;

	@Autowired
	XiebaoNotificationVerifier verifier;

	@Autowired
	SandboxXiebaoSwitches switches;

	@Autowired
	JdbcClient jdbc;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@AfterEach
	void reset() {
		this.switches.reset();
		receiver.answer(body -> NotificationReceiver.SUCCESS);
	}

	@Test
	void aBadOrMissingSignOrAnUnknownPartnerIsRefusedWith403() throws Exception {
		String good = this.links.productLink("XB-TRAVEL-01", "m-403", Platform.H5);

		HttpResponse<String> badSign = get(good.replaceAll("sign=[0-9a-f]{32}", "sign=" + "0".repeat(32)));
		HttpResponse<String> noSign = get(good.replaceAll("&sign=[0-9a-f]{32}", ""));
		HttpResponse<String> otherPartner = get(good.replace("partnerId=12345", "partnerId=54321"));
		HttpResponse<String> badDetail = get(this.links.policyDetailLink("1", Platform.H5).replace("sign=", "sign=x"));

		assertThat(badSign.statusCode()).isEqualTo(403);
		assertThat(badSign.body()).contains("链接签名无效").contains("id=\"xiebao-error\"");
		assertThat(noSign.statusCode()).isEqualTo(403);
		assertThat(otherPartner.statusCode()).isEqualTo(403);
		assertThat(otherPartner.body()).contains("未知的渠道账号");
		assertThat(badDetail.statusCode()).isEqualTo(403);
	}

	@Test
	void submitAndPaySendsInsurePayIssueAndEPolicySignedVerifiably() throws Exception {
		HttpResponse<String> page = get(this.links.productLink("XB-TRAVEL-01", "m-flow", Platform.H5));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("携保境内旅游险").contains("id=\"xiebao-pay\"").contains("¥12.00");

		HttpResponse<String> paid = submit("XB-TRAVEL-01", "m-flow", "张三, 李四", null);
		String insureNum = insureNumOf(paid);
		assertThat(paid.statusCode()).isEqualTo(302);
		HttpResponse<String> done = get(paid.uri().resolve(paid.headers().firstValue("Location").orElseThrow()).toString());
		assertThat(done.body()).contains("id=\"xiebao-done\"").contains(insureNum);

		List<XiebaoNotification> notifications = awaitNotifications(insureNum, 4);
		assertThat(notifications).extracting(XiebaoNotification::notifyType).containsExactly(1, 2, 3, 9);
		Pay pay = (Pay) notifications.get(1);
		assertThat(pay.price()).isEqualByComparingTo("24.00");
		assertThat(pay.payTime()).isNotNull();
		Issue issue = (Issue) notifications.get(2);
		assertThat(issue.partnerUniqueKey()).isEqualTo("m-flow");
		assertThat(issue.policies()).singleElement().satisfies(policy -> {
			assertThat(policy.insurants()).containsExactly("张三", "李四");
			assertThat(policy.productName()).isEqualTo("携保境内旅游险");
			assertThat(policy.startDate()).isEqualTo(tomorrow());
		});
	}

	@Test
	void paySuccessFromTheHomeLinkIsWhereTheBrowserGoesAfterPaying() throws Exception {
		String back = "http://portal.example.com/orders?from=xiebao";
		HttpResponse<String> home = get(this.links.homeLink("m-home", Platform.H5, back));
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("id=\"xiebao-product-XB-SKI-03\"").contains("携保综合意外险");

		String productHref = home.body().replaceAll("(?s).*id=\"xiebao-product-XB-SKI-03\"[^>]*href=\"([^\"]+)\".*", "$1")
			.replace("&amp;", "&");
		HttpResponse<String> product = get("http://localhost:" + this.port + productHref);
		assertThat(product.statusCode()).isEqualTo(200);
		String paySuccess = product.body().replaceAll("(?s).*name=\"paySuccess\" value=\"([^\"]*)\".*", "$1");

		HttpResponse<String> paid = submit("XB-SKI-03", "m-home", "王五", paySuccess);
		assertThat(paid.statusCode()).isEqualTo(302);
		assertThat(paid.headers().firstValue("Location")).contains(back);
	}

	@Test
	void invalidFormIsShownAgainWithErrorsAndCreatesNothing() throws Exception {
		int before = applicationCount();
		Map<String, String> form = form("XB-TRAVEL-01", "m-invalid", "张三", null);
		form.put("applicantIdNo", "110105194912310021");
		form.put("insuredNames", "Zhang San");

		HttpResponse<String> response = post("/sandbox/xiebao/dispatch/cps", form);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("请输入有效的18位居民身份证号").contains("请输入1–10位被保人的中文姓名");
		assertThat(applicationCount()).isEqualTo(before);
	}

	@Test
	void shuffleAndDuplicatesSwitchesFromTheAdminPage() throws Exception {
		Map<String, String> switches = new LinkedHashMap<>();
		switches.put("shuffle", "true");
		switches.put("duplicates", "true");
		switches.put("retry", "true");
		assertThat(post("/sandbox/xiebao/admin/switches", switches).statusCode()).isEqualTo(302);

		String insureNum = insureNumOf(submit("XB-ACCIDENT-02", "m-shuffle", "赵六", null));

		List<XiebaoNotification> notifications = awaitNotifications(insureNum, 8);
		assertThat(notifications).extracting(XiebaoNotification::notifyType).containsExactlyInAnyOrder(1, 1, 2, 2, 3, 3, 9, 9);
		HttpResponse<String> admin = get("http://localhost:" + this.port + "/sandbox/xiebao/admin");
		assertThat(admin.body()).contains("id=\"xiebao-app-" + insureNum + "\"").contains("shuffle,duplicates,retry");
	}

	@Test
	void abnormalAndEndorsementSwitches() throws Exception {
		this.switches.set(new SandboxXiebaoProperties.Switches(false, false, false, false, false, true, true, true));
		String abnormal = insureNumOf(submit("XB-TRAVEL-01", "m-abnormal", "张三", null));
		this.switches.set(new SandboxXiebaoProperties.Switches(false, false, false, false, true, false, true, false));
		String endorsed = insureNumOf(submit("XB-TRAVEL-01", "m-endorse", "张三", null));

		assertThat(awaitNotifications(abnormal, 3)).extracting(XiebaoNotification::notifyType).containsExactly(1, 2, 27);
		List<XiebaoNotification> endorsedNotifications = awaitNotifications(endorsed, 5);
		assertThat(endorsedNotifications).extracting(XiebaoNotification::notifyType).containsExactly(1, 2, 3, 9, 26);
		assertThat(((Endorsement) endorsedNotifications.get(4)).insureNum()).isEqualTo(endorsed);
		assertThat(bodiesOf(endorsed).get(4)).contains("\"insureNum\":" + endorsed + ",");
		assertThat(bodiesOf(abnormal).get(0)).contains("\n");
	}

	@Test
	void aReissueSentFromTheAdminPageNamesTheNewApplication() throws Exception {
		String insureNum = insureNumOf(submit("XB-TRAVEL-01", "m-reissue", "张三", null));
		awaitNotifications(insureNum, 4);

		post("/sandbox/xiebao/admin/applications/" + insureNum + "/notify", Map.of("type", "5"));

		Surrender reissue = (Surrender) awaitNotifications(insureNum, 5).get(4);
		assertThat(reissue.reissued()).isTrue();
		assertThat(reissue.newInsureNum()).isNotBlank().isNotEqualTo(insureNum);
		HttpResponse<String> newDetail = get(this.links.policyDetailLink(reissue.newInsureNum(), Platform.H5));
		assertThat(newDetail.statusCode()).isEqualTo(200);
		assertThat(newDetail.body()).contains(insureNum);
	}

	@Test
	void aNonSuccessAnswerIsRetriedAfterTheFirstDelayThenEveryHour() throws Exception {
		AtomicInteger insureAttempts = new AtomicInteger();
		receiver.answer(body -> body.contains("\"notifyType\":1,") && body.contains("m-retry")
				&& insureAttempts.incrementAndGet() <= 2 ? "{\"state\":false,\"failMsg\":\"busy\"}"
						: NotificationReceiver.SUCCESS);

		String insureNum = insureNumOf(submit("XB-TRAVEL-01", "m-retry", "张三", null));

		List<XiebaoNotification> notifications = awaitNotifications(insureNum, 6);
		assertThat(notifications).extracting(XiebaoNotification::notifyType).containsExactlyInAnyOrder(1, 1, 1, 2, 3, 9);
		List<Received> insures = receivedFor(insureNum).stream().filter(r -> r.body().contains("\"notifyType\":1,")).toList();
		// A retry never comes before its delay (first-retry-delay 0.6 s, then retry-hour 0.3 s); a busy machine only
		// makes it later, so there is no upper bound.
		assertThat(millisBetween(insures.get(0), insures.get(1))).isGreaterThanOrEqualTo(590L);
		assertThat(millisBetween(insures.get(1), insures.get(2))).isGreaterThanOrEqualTo(290L);
		// Delivered notifications are never sent again: the insure one took three attempts, the others one.
		await().atMost(Duration.ofSeconds(15)).until(() -> outcomes(insureNum).stream().allMatch("DELIVERED"::equals));
		assertThat(this.jdbc.sql("SELECT notify_type, attempts FROM sbx_xb_delivery WHERE insure_num = ? ORDER BY id")
			.param(insureNum)
			.query((row, n) -> row.getInt("notify_type") + ":" + row.getInt("attempts"))
			.list()).containsExactly("1:3", "2:1", "3:1", "9:1");
		assertThat(receivedFor(insureNum)).hasSize(6);
	}

	@Test
	void deliveryGivesUpAfterTheFirstRetryAndFiveHourlyOnes() throws Exception {
		receiver.answer(body -> body.contains("m-give-up") ? "{\"state\":false}" : NotificationReceiver.SUCCESS);

		String insureNum = insureNumOf(submit("XB-TRAVEL-01", "m-give-up", "张三", null));

		waitUntil(() -> outcomes(insureNum).stream().allMatch("GAVE_UP"::equals), Duration.ofSeconds(15));
		assertThat(outcomes(insureNum)).hasSize(4);
		assertThat(receivedFor(insureNum)).hasSize(4 * 7);
		assertThat(this.jdbc.sql("SELECT attempts FROM sbx_xb_delivery WHERE insure_num = ?").param(insureNum)
			.query(Integer.class).list()).containsOnly(7);
	}

	@Test
	void policyDetailPageLinksToAPdfEPolicy() throws Exception {
		String insureNum = insureNumOf(submit("XB-ACCIDENT-02", "m-detail", "张三,李四", null));

		HttpResponse<String> detail = get(this.links.policyDetailLink(insureNum, Platform.PC));
		assertThat(detail.statusCode()).isEqualTo(200);
		assertThat(detail.body()).contains("PXB" + insureNum).contains("110105********002X").doesNotContain(ID_NO);
		String pdfHref = detail.body().replaceAll("(?s).*id=\"xiebao-policy-pdf\"[^>]*href=\"([^\"]+)\".*", "$1")
			.replace("&amp;", "&");
		HttpResponse<byte[]> pdf = this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + pdfHref)).build(),
				HttpResponse.BodyHandlers.ofByteArray());

		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		assertThat(pdf.body().length).isGreaterThan(1000);
	}

	// ---- helpers ----

	List<XiebaoNotification> awaitNotifications(String insureNum, int count) {
		waitUntil(() -> receivedFor(insureNum).size() >= count, Duration.ofSeconds(15));
		return receivedFor(insureNum).stream().map(received -> {
			XiebaoVerification result = this.verifier.verify(received.body());
			assertThat(result).as(received.body()).isInstanceOf(XiebaoVerification.Verified.class);
			return ((XiebaoVerification.Verified) result).notification();
		}).toList();
	}

	List<Received> receivedFor(String insureNum) {
		return receiver.received().stream().filter(received -> received.body().contains(insureNum)
				&& !received.body().contains("\"newInsureNum\":\"" + insureNum + "\"")).toList();
	}

	List<String> bodiesOf(String insureNum) {
		return receivedFor(insureNum).stream().map(Received::body).toList();
	}

	List<String> outcomes(String insureNum) {
		return this.jdbc.sql("SELECT outcome FROM sbx_xb_delivery WHERE insure_num = ?").param(insureNum)
			.query(String.class).list();
	}

	int applicationCount() {
		return this.jdbc.sql("SELECT COUNT(*) FROM sbx_xb_application").query(Integer.class).single();
	}

	static long millisBetween(Received first, Received second) {
		return (second.atNanos() - first.atNanos()) / 1_000_000;
	}

	static LocalDate tomorrow() {
		return LocalDate.now(ChinaTime.ZONE).plusDays(1);
	}

	Map<String, String> form(String caseCode, String member, String insureds, String paySuccess) {
		Map<String, String> form = new LinkedHashMap<>();
		query(this.links.productLink(caseCode, member, Platform.H5)).forEach(form::put);
		if (paySuccess != null) {
			form.put("paySuccess", paySuccess);
		}
		form.put("applicantName", "张三");
		form.put("applicantIdNo", ID_NO);
		form.put("insuredNames", insureds);
		form.put("startDate", tomorrow().toString());
		form.put("endDate", tomorrow().plusDays(1).toString());
		return form;
	}

	HttpResponse<String> submit(String caseCode, String member, String insureds, String paySuccess) throws Exception {
		return post("/sandbox/xiebao/dispatch/cps", form(caseCode, member, insureds, paySuccess));
	}

	static String insureNumOf(HttpResponse<String> paid) {
		assertThat(paid.statusCode()).as(paid.body()).isEqualTo(302);
		return query(paid.headers().firstValue("Location").orElseThrow()).get("insureNum");
	}

	static Map<String, String> query(String url) {
		Map<String, String> values = new LinkedHashMap<>();
		String raw = URI.create(url).getRawQuery();
		for (String pair : raw.split("&")) {
			String[] parts = pair.split("=", 2);
			values.put(parts[0], parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
		}
		return values;
	}

	HttpResponse<String> get(String url) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "zh-CN").build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
		String body = form.entrySet().stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	static void waitUntil(Supplier<Boolean> condition, Duration timeout) {
		await().atMost(timeout).pollInterval(Duration.ofMillis(50)).until(condition::get);
	}

}

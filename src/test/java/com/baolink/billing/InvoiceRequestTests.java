package com.baolink.billing;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import com.baolink.engine.Jobs;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.baolink.infrastructure.web.PortalHttpClient;
import com.baolink.member.Member;
import com.baolink.member.Members;
import com.baolink.order.InsuredPerson;
import com.baolink.order.Order;
import com.baolink.order.OrderLauncher;
import com.baolink.order.OrderStatus;
import com.baolink.order.OrderSync;
import com.baolink.order.Orders;
import com.baolink.order.PayType;
import com.baolink.sync.Outbox;
import com.baolink.sync.OutboxKind;
import com.baolink.sync.OutboxStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Flow 7 end to end over the sandbox: request on the order page → outbox → 7.2 → polling 7.3 → download. */
/* The sandbox's default invoice delay (5 s): the same context as CreditApprovalTests and SurrenderFlowTests. */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "baolink.engine.recurring=false", "baolink.sandbox.aigoubao.callback-delay=50ms" })
class InvoiceRequestTests {

	private static final Duration WAIT = Duration.ofSeconds(15);

	private static final String COMPANY = "上海悦行旅行社有限公司";

	@LocalServerPort
	int port;

	@Autowired
	OrderLauncher launcher;

	@Autowired
	OrderSync sync;

	@Autowired
	Orders orders;

	@Autowired
	Members members;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	Outbox outbox;

	@Autowired
	Jobs jobs;

	@Autowired
	InvoicePoller poller;

	@Autowired
	JdbcClient jdbc;

	Member member;

	PortalHttpClient browser;

	Order issued;

	@BeforeEach
	void issuedOrder() {
		this.member = SandboxOrders.newMember(this.members, this.encoder);
		this.issued = new SandboxOrders(this.launcher, this.sync, this.orders, this.port).buy(this.member.id(),
				PayType.CASH, "success");
		assertThat(this.issued.getStatus()).isEqualTo(OrderStatus.ISSUED);
		this.browser = new PortalHttpClient(this.port);
		this.browser.loginOrFail(this.member.login(), SandboxOrders.PASSWORD);
	}

	private String page() {
		HttpResponse<String> page = this.browser.get("/orders/" + this.issued.getId() + "?lang=zh-CN");
		assertThat(page.statusCode()).isEqualTo(200);
		return page.body();
	}

	private HttpResponse<String> submit(PortalHttpClient client, String type, String title, String taxpayerNo,
			String... headers) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("type", type);
		form.put("title", title);
		form.put("taxpayerNo", taxpayerNo);
		form.put("_csrf", PortalHttpClient.csrfToken(client.get("/orders").body()));
		return client.postForm("/orders/" + this.issued.getId() + "/invoice", form, headers);
	}

	private int requests() {
		return this.jdbc.sql("SELECT COUNT(*) FROM invoice_request WHERE order_id = ?")
			.param(this.issued.getId())
			.query(Integer.class)
			.single();
	}

	@Test
	void companyCodeWithAWrongCheckCharacterIsAFieldErrorAndTheFormKeepsWhatWasTyped() {
		assertThat(page()).contains("id=\"invoice-form\"").contains("data-state=\"none\"");
		HttpResponse<String> answer = submit(this.browser, "COMPANY", COMPANY, "91350100m000100y44");
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("id=\"invoice-taxpayer-no-error\"")
			.contains("统一社会信用代码不正确")
			.contains("value=\"91350100m000100y44\"")
			.contains("value=\"" + COMPANY + "\"")
			.contains("id=\"order-status\"");
		assertThat(requests()).isZero();

		HttpResponse<String> english = submit(this.browser, "PERSONAL", "张".repeat(101), "", "Accept-Language", "en");
		this.browser.get("/orders?lang=en");
		english = submit(this.browser, "PERSONAL", "张".repeat(33), "");
		assertThat(english.body()).contains("id=\"invoice-title-error\"").contains("at most 32 characters");
		this.browser.get("/orders?lang=zh-CN");

		HttpResponse<String> failed = submit(this.browser, "PERSONAL", "张".repeat(33), "");
		assertThat(failed.body()).contains("lang=\"en\" form=\"invoice-form\"");
		Map<String, String> switchLanguage = new LinkedHashMap<>();
		switchLanguage.put("type", "PERSONAL");
		switchLanguage.put("title", "张".repeat(33));
		switchLanguage.put("lang", "en");
		switchLanguage.put("_csrf", PortalHttpClient.csrfToken(failed.body()));
		HttpResponse<String> switched = this.browser.postForm("/orders/" + this.issued.getId() + "/invoice", switchLanguage);
		assertThat(switched.statusCode()).isEqualTo(200);
		assertThat(switched.body()).contains("value=\"" + "张".repeat(33) + "\"").contains("at most 32 characters");
		this.browser.get("/orders?lang=zh-CN");

		HttpResponse<String> htmx = submit(this.browser, "COMPANY", COMPANY, "", "HX-Request", "true");
		assertThat(htmx.statusCode()).isEqualTo(200);
		assertThat(htmx.body()).doesNotContain("<html").contains("id=\"invoice-section\"")
			.contains("企业发票请填写统一社会信用代码");
		assertThat(requests()).isZero();
	}

	@Test
	void anotherMemberCannotSeeNorRequest() {
		Member other = SandboxOrders.newMember(this.members, this.encoder);
		PortalHttpClient stranger = new PortalHttpClient(this.port);
		stranger.loginOrFail(other.login(), SandboxOrders.PASSWORD);
		assertThat(stranger.get("/orders/" + this.issued.getId()).statusCode()).isEqualTo(404);
		assertThat(submit(stranger, "PERSONAL", "张三", "").statusCode()).isEqualTo(404);
		assertThat(stranger.get("/orders/" + this.issued.getId() + "/invoice", "HX-Request", "true").statusCode())
			.isEqualTo(404);
		assertThat(requests()).isZero();
	}

	@Test
	void goodRequestGoesThroughTheOutboxAndTheInvoicesCanBeDownloaded() throws Exception {
		HttpResponse<String> answer = submit(this.browser, "COMPANY", COMPANY, "91350100m000100y43");
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location").orElseThrow())
			.endsWith("/orders/" + this.issued.getId() + "#invoice-section");
		assertThat(this.jdbc.sql("SELECT taxpayer_no FROM invoice_request WHERE order_id = ?")
			.param(this.issued.getId())
			.query(String.class)
			.single()).isEqualTo("91350100M000100Y43");

		await().atMost(WAIT)
			.until(() -> this.outbox.latest(this.issued.getId(), OutboxKind.AIGOUBAO_INVOICE_APPLY)
				.map(row -> row.status() == OutboxStatus.SENT)
				.orElse(false));
		await().atMost(WAIT).until(() -> page().contains("data-state=\"in_progress\""));
		assertThat(page()).doesNotContain("id=\"invoice-form\"").contains("发票开具中").contains(COMPANY);

		// Polled until the sandbox's invoice delay has passed (each poll is a 7.3 call answered 1001 until then).
		await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> {
			pollNow();
			return this.orders.findById(this.issued.getId()).orElseThrow().getInsured().stream()
				.allMatch(person -> person.invoiceUrl() != null);
		});
		Order after = this.orders.findById(this.issued.getId()).orElseThrow();
		assertThat(after.getInsured()).hasSize(2)
			.allSatisfy(person -> assertThat(person.invoiceUrl()).contains("/files/invoice/" + person.policyCode()));
		String issuedPage = page();
		assertThat(issuedPage).contains("data-state=\"issued\"").contains("发票已开具");
		for (InsuredPerson person : after.getInsured()) {
			String link = "/orders/" + after.getId() + "/documents/invoice/" + person.policyCode();
			assertThat(issuedPage).contains("href=\"" + link + "\"");
			HttpResponse<String> pdf = this.browser.get(link);
			assertThat(pdf.statusCode()).isEqualTo(200);
			assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
		}

		HttpResponse<String> again = submit(this.browser, "PERSONAL", "张三", "");
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("已经申请过发票");
		assertThat(requests()).isOne();
	}

	@Test
	void stillInProgressWhileThePartnerAnswers1001() {
		assertThat(submit(this.browser, "PERSONAL", "张三", "").statusCode()).isEqualTo(302);
		await().atMost(WAIT).until(() -> "IN_PROGRESS".equals(this.jdbc.sql("SELECT status FROM invoice_request WHERE order_id = ?")
			.param(this.issued.getId())
			.query(String.class)
			.single()));
		pollNow(); // well within the sandbox's 5 s invoice delay
		assertThat(page()).contains("data-state=\"in_progress\"");
		String lastError = this.jdbc.sql("SELECT last_error FROM invoice_request WHERE order_id = ?")
			.param(this.issued.getId())
			.query(String.class)
			.single();
		assertThat(lastError).startsWith("1001");
	}

	/** Time passes: the request's next poll is due; the engine runs it. */
	private void pollNow() {
		long requestId = this.jdbc.sql("SELECT id FROM invoice_request WHERE order_id = :orderId ORDER BY id DESC LIMIT 1")
			.param("orderId", this.issued.getId())
			.query(Long.class)
			.single();
		int pollsBefore = this.jdbc.sql("SELECT polls FROM invoice_request WHERE id = :id").param("id", requestId)
			.query(Integer.class).single();
		assertThat(this.jobs.runNow(InvoicePoller.TASK, String.valueOf(requestId))).isTrue();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.jdbc.sql("SELECT polls FROM invoice_request WHERE id = :id")
			.param("id", requestId).query(Integer.class).single() > pollsBefore);
	}

}

package com.baolink.sandbox.aigoubao;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;

import com.baolink.partner.aigoubao.AigoubaoApi;

import static com.baolink.sandbox.aigoubao.SandboxEnvelopes.params;
import static com.baolink.sandbox.aigoubao.SandboxTestSupport.addTemp;
import static com.baolink.sandbox.aigoubao.SandboxTestSupport.detail;
import static com.baolink.sandbox.aigoubao.SandboxTestSupport.orderRef;
import static com.baolink.sandbox.aigoubao.SandboxTestSupport.preOrder;
import static com.baolink.sandbox.aigoubao.SandboxTestSupport.serial;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Success paths over real HTTP: register, products, pre-order, hosted page, callbacks, documents, surrender. */
// The same context as the other sandbox-over-HTTP tests (CreditApprovalTests, InvoiceRequestTests, SurrenderFlowTests).
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "baolink.engine.recurring=false", "baolink.sandbox.aigoubao.callback-delay=50ms" })
class SandboxPurchaseFlowTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	/** The sandbox's default time from 7.2 until the invoices exist. */
	private static final Duration INVOICE_DELAY = Duration.ofSeconds(5);

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	SandboxEnvelopes api;

	CallbackReceiver distributor;

	@BeforeEach
	void start() throws IOException {
		this.api = new SandboxEnvelopes(this.port, this.clock);
		this.distributor = new CallbackReceiver();
	}

	@AfterEach
	void stop() {
		this.distributor.close();
	}

	private String newPreOrder(int payType) {
		return newPreOrder(serial(), payType);
	}

	private String newPreOrder(String serial, int payType) {
		return addTemp(this.api, preOrder(serial, payType, this.distributor.url("/deliver"),
				this.distributor.url("/surrender")))
			.dataText("tempOrderCode");
	}

	@Test
	void registerCreatesAMemberOncePerMobile() {
		String mobile = SandboxTestSupport.uniqueMobile();
		Map<String, Object> request = params("distrCode", SandboxEnvelopes.DISTR_CODE, "mobile", mobile,
				"employeeCode", "E0001", "invitateCode", "INV2026", "company", "上海悦行旅行社有限公司", "province", "上海市",
				"city", "上海市", "contact", "王小明", "address", "浦东新区世纪大道100号");
		SandboxEnvelopes.Answer first = this.api.call(AigoubaoApi.PATH_REGISTER, request);
		assertThat(first.code()).as(first.raw()).isEqualTo("0000");
		assertThat(first.dataText("memberId")).matches("\\d+").isNotEqualTo("100000");
		assertThat(this.api.call(AigoubaoApi.PATH_REGISTER, request).dataText("memberId"))
			.isEqualTo(first.dataText("memberId"));
		request.put("invitateCode", "WRONG");
		assertThat(this.api.call(AigoubaoApi.PATH_REGISTER, request).code()).isEqualTo("9999");
	}

	@Test
	@SuppressWarnings("unchecked")
	void productDetailUsesBothPlanSpellingsAndServesLogos() {
		SandboxEnvelopes.Answer example = this.api.call(AigoubaoApi.PATH_PRODUCT_DETAIL,
				params("productCode", "200437", "memberId", "100000"));
		assertThat(example.code()).isEqualTo("0000");
		assertThat(example.dataText("productName")).contains("国内旅游意外险");
		assertThat(example.dataText("insuranceCompanyLogo")).startsWith("//localhost:" + this.port + "/");
		List<Map<String, Object>> plans = (List<Map<String, Object>>) example.dataMap().get("plans");
		assertThat(plans).first()
			.satisfies(plan -> assertThat(plan).containsEntry("safeguardPlanCode", "30543")
				.containsEntry("defaultMinPrice", "3.50")
				.containsKey("safeguardPlanName"));

		SandboxEnvelopes.Answer table = this.api.call(AigoubaoApi.PATH_PRODUCT_DETAIL,
				params("productCode", "100371", "memberId", "100000"));
		List<Map<String, Object>> tablePlans = (List<Map<String, Object>>) table.dataMap().get("plans");
		assertThat(tablePlans).hasSize(3).allSatisfy(plan -> assertThat(plan).containsKeys("planCode", "planName", "minPrice"));
		String logo = table.dataText("insuranceCompanyLogo");
		assertThat(logo).startsWith("http://localhost:" + this.port + "/sandbox/aigoubao/logo/");
		var response = this.api.http().get().uri(logo).retrieve().toEntity(byte[].class);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
		assertThat(response.getBody()).startsWith(0x89, 'P', 'N', 'G');

		SandboxEnvelopes.Answer onePlan = this.api.call(AigoubaoApi.PATH_PRODUCT_DETAIL,
				params("productCode", "100371", "planCode", "31102", "memberId", "100000"));
		assertThat((List<?>) onePlan.dataMap().get("plans")).hasSize(1);
	}

	@Test
	void preOrderIsIdempotentAndDetailShowsItAwaitingPayment() {
		String serial = serial();
		SandboxEnvelopes.Answer first = addTemp(this.api, preOrder(serial, 2, this.distributor.url("/deliver"),
				this.distributor.url("/surrender")));
		assertThat(first.dataText("tempOrderCode")).matches("TE\\d{16}");
		assertThat(first.dataText("url"))
			.isEqualTo("http://localhost:" + this.port + "/sandbox/aigoubao/h5/purchase/" + first.dataText("tempOrderCode"));
		SandboxEnvelopes.Answer again = addTemp(this.api, preOrder(serial, 2, this.distributor.url("/deliver"),
				this.distributor.url("/surrender")));
		assertThat(again.dataText("tempOrderCode")).isEqualTo(first.dataText("tempOrderCode"));

		SandboxEnvelopes.Answer detail = detail(this.api, first.dataText("tempOrderCode"));
		assertThat(detail.code()).isEqualTo("0000");
		assertThat(detail.dataMap()).containsEntry("orderStatus", "待支付").containsEntry("totalQty", 2);
		assertThat(detail.raw()).contains("\"holderCredNo\":\"110105********002X\"")
			.contains("\"insuredCardNo\":\"110105********002X\"")
			.contains("\"policyStatus\":\"未投保\"")
			.doesNotContain(SandboxPayForm.ZHANG_SAN_ID)
			.doesNotContain(SandboxPayForm.LI_SI_ID);
	}

	@Test
	void cashPaymentOnTheHostedPageIssuesPoliciesCallsBackAndServesDocuments() throws Exception {
		String tempOrderCode = newPreOrder(2);
		String page = this.api.http().get().uri("/h5/purchase/{c}", tempOrderCode).retrieve().body(String.class);
		assertThat(page).contains("id=\"sandbox-pay\"").contains("value=\"张三\"").contains("value=\"李四\"")
			.contains("¥14.00");

		var pay = postPage(tempOrderCode, SandboxPayForm.twoInsuredMultiValue(LocalDate.now().plusDays(3), "success"));
		assertThat(pay.status()).isEqualTo(302);
		assertThat(pay.location()).isEqualTo("http://localhost:1/orders/42");

		Map<String, Object> callback = this.distributor.await(c -> tempOrderCode.equals(c.get("tempOrderCode")), WAIT);
		assertThat(callback).containsEntry("_path", "/deliver").containsEntry("success", true);
		assertThat((String) callback.get("orderCode")).matches("I\\d+");
		assertThat((String) callback.get("policyCode")).matches("\\d{18},\\d{18}");

		SandboxEnvelopes.Answer detail = detail(this.api, tempOrderCode);
		assertThat(detail.dataMap()).containsEntry("orderStatus", "已承保")
			.containsEntry("orderCode", callback.get("orderCode"))
			.containsEntry("safeguardPeriod", LocalDate.now().plusDays(3) + "至" + LocalDate.now().plusDays(4));
		assertThat(detail.raw()).contains("\"orderTotalAmt\":14.00").contains("\"insuredFee\":7.00");
		List<String> codes = List.of(((String) callback.get("policyCode")).split(","));
		assertThat(detail.raw()).contains(codes.get(0)).contains(codes.get(1)).doesNotContain("未投保");

		SandboxEnvelopes.Answer urls = this.api.call(AigoubaoApi.PATH_POLICY_URL, orderRef(tempOrderCode));
		assertThat(urls.code()).isEqualTo("0000");
		assertThat(urls.raw()).contains("/sandbox/aigoubao/files/policy/" + codes.get(0) + ".pdf")
			.contains("/sandbox/aigoubao/files/certificate/" + codes.get(1) + ".pdf");

		String policyText = pdfText("/files/policy/" + codes.get(0) + ".pdf");
		assertThat(policyText).contains("张三").contains(codes.get(0)).contains("110105********002X").contains("天安财险");
		assertThat(pdfText("/files/certificate/" + codes.get(1) + ".pdf")).contains("李四").contains("保险凭证");

		invoiceBecomesReady((String) callback.get("orderCode"), codes);
		surrenderOnePolicyThenTheRest(tempOrderCode, (String) callback.get("orderCode"), codes);
	}

	private void invoiceBecomesReady(String orderCode, List<String> codes) throws Exception {
		Map<String, Object> invoiceRef = params("memberId", "100000", "orderCode", orderCode);
		assertThat(this.api.call(AigoubaoApi.PATH_INVOICE_URL, invoiceRef).code()).isEqualTo("1001");
		SandboxEnvelopes.Answer company = this.api.call(AigoubaoApi.PATH_APPLY_INVOICE,
				params("memberId", "100000", "orderCode", orderCode, "invoiceType", 2, "invoiceTitle", "上海悦行旅行社有限公司"));
		assertThat(company.code()).isEqualTo("9999");
		assertThat(company.message()).contains("taxpayerNo");
		long appliedAt = System.nanoTime();
		assertThat(this.api.call(AigoubaoApi.PATH_APPLY_INVOICE,
				params("memberId", "100000", "orderCode", orderCode, "invoiceType", 1, "invoiceTitle", "张三"))
			.code()).isEqualTo("0000");
		String early = this.api.call(AigoubaoApi.PATH_INVOICE_URL, invoiceRef).code();
		Duration sinceApplying = Duration.ofNanos(System.nanoTime() - appliedAt);
		assertThat(early.equals("1001") || sinceApplying.compareTo(INVOICE_DELAY) >= 0)
			.as("7.3 answered %s %s after 7.2, before the invoice delay", early, sinceApplying)
			.isTrue();
		await().atMost(WAIT).pollInterval(Duration.ofMillis(250))
			.until(() -> this.api.call(AigoubaoApi.PATH_INVOICE_URL, invoiceRef).code().equals("0000"));
		SandboxEnvelopes.Answer invoices = this.api.call(AigoubaoApi.PATH_INVOICE_URL, invoiceRef);
		assertThat(invoices.code()).isEqualTo("0000");
		assertThat(invoices.raw()).contains("\"policyCode\":\"" + codes.get(0) + "\"").contains("/files/invoice/");
		assertThat(pdfText("/files/invoice/" + codes.get(1) + ".pdf")).contains("电子发票").contains("李四");
	}

	private void surrenderOnePolicyThenTheRest(String tempOrderCode, String orderCode, List<String> codes)
			throws InterruptedException {
		assertThat(this.api.call(AigoubaoApi.PATH_SURRENDER_BY_POLICY,
				params("policyCodes", List.of(codes.get(1)), "distrCode", SandboxEnvelopes.DISTR_CODE, "memberId",
						"100000"))
			.code()).isEqualTo("0000");
		Map<String, Object> surrendered = this.distributor.await(c -> codes.get(1).equals(c.get("policyCode")), WAIT);
		assertThat(surrendered).containsEntry("_path", "/surrender")
			.containsEntry("memberId", "100000")
			.containsEntry("tempOrderCode", tempOrderCode)
			.containsEntry("surrenderSuccess", true)
			.containsEntry("errMsg", "退保成功");
		assertThat(detail(this.api, tempOrderCode).dataMap()).containsEntry("orderStatus", "部分退保");
		assertThat(this.api.call(AigoubaoApi.PATH_SURRENDER_BY_POLICY,
				params("policyCodes", List.of(codes.get(1)), "distrCode", SandboxEnvelopes.DISTR_CODE, "memberId",
						"100000"))
			.code()).isEqualTo("4001");
		Map<String, Object> byOrder = params("orderCode", orderCode, "distrCode", SandboxEnvelopes.DISTR_CODE,
				"memberId", "100000");
		assertThat(this.api.call(AigoubaoApi.PATH_SURRENDER_BY_ORDER, byOrder).code()).isEqualTo("0000");
		assertThat(detail(this.api, tempOrderCode).dataMap()).containsEntry("orderStatus", "已退保");
		assertThat(detail(this.api, tempOrderCode).raw()).contains("\"policyStatus\":\"已退保\"").doesNotContain("\"policyStatus\":\"已承保\"");
		assertThat(this.api.call(AigoubaoApi.PATH_SURRENDER_BY_ORDER, byOrder).code()).isEqualTo("4001");
	}

	@Test
	void failedPaymentCallsBackWithFailureAndAllowsNeitherSurrenderNorInvoice() throws Exception {
		String tempOrderCode = newPreOrder(2);
		var pay = postPage(tempOrderCode, SandboxPayForm.twoInsuredMultiValue(LocalDate.now().plusDays(3), "failure"));
		assertThat(pay.status()).isEqualTo(302);
		Map<String, Object> callback = this.distributor.await(c -> tempOrderCode.equals(c.get("tempOrderCode")), WAIT);
		assertThat(callback).containsEntry("success", false);
		SandboxEnvelopes.Answer detail = detail(this.api, tempOrderCode);
		assertThat(detail.dataMap()).containsEntry("orderStatus", "支付失败");
		String orderCode = detail.dataText("orderCode");
		assertThat(this.api.call(AigoubaoApi.PATH_SURRENDER_BY_ORDER,
				params("orderCode", orderCode, "distrCode", SandboxEnvelopes.DISTR_CODE, "memberId", "100000"))
			.code()).isEqualTo("4001");
		assertThat(this.api.call(AigoubaoApi.PATH_APPLY_INVOICE,
				params("memberId", "100000", "orderCode", orderCode, "invoiceType", 1, "invoiceTitle", "张三"))
			.code()).isEqualTo("9999");
		assertThat(this.api.call(AigoubaoApi.PATH_POLICY_URL, orderRef(tempOrderCode)).code()).isEqualTo("1001");
	}

	@Test
	void creditOrderWaitsForTheDistributorsPaymentNotice() throws Exception {
		String tempOrderCode = newPreOrder(1);
		var submit = postPage(tempOrderCode, SandboxPayForm.twoInsuredMultiValue(LocalDate.now().plusDays(3), "success"));
		assertThat(submit.status()).isEqualTo(302);
		String page = this.api.http().get().uri("/h5/purchase/{c}", tempOrderCode).retrieve().body(String.class);
		assertThat(page).contains("等待分销商授信确认");
		assertThat(detail(this.api, tempOrderCode).dataMap()).containsEntry("orderStatus", "待确认");
		assertThat(this.distributor.received()).noneMatch(c -> tempOrderCode.equals(c.get("tempOrderCode")));

		Map<String, Object> notice = orderRef(tempOrderCode);
		notice.put("txnStatus", 2);
		assertThat(this.api.call(AigoubaoApi.PATH_OUT_NOTIFY, notice).code()).isEqualTo("0000");
		Map<String, Object> callback = this.distributor.await(c -> tempOrderCode.equals(c.get("tempOrderCode")), WAIT);
		assertThat(callback).containsEntry("success", true);
		assertThat(detail(this.api, tempOrderCode).dataMap()).containsEntry("orderStatus", "已承保");
		assertThat(this.api.call(AigoubaoApi.PATH_OUT_NOTIFY, notice).code()).as("repeated notice").isEqualTo("0000");
	}

	@Test
	void creditOrderRejectedByTheDistributorFails() throws Exception {
		String tempOrderCode = newPreOrder(1);
		postPage(tempOrderCode, SandboxPayForm.twoInsuredMultiValue(LocalDate.now().plusDays(3), "success"));
		Map<String, Object> notice = orderRef(tempOrderCode);
		notice.put("txnStatus", -1);
		assertThat(this.api.call(AigoubaoApi.PATH_OUT_NOTIFY, notice).code()).isEqualTo("0000");
		assertThat(this.distributor.await(c -> tempOrderCode.equals(c.get("tempOrderCode")), WAIT))
			.containsEntry("success", false);
		assertThat(detail(this.api, tempOrderCode).dataMap()).containsEntry("orderStatus", "支付失败");
	}

	@Test
	void hostedPageRefusesAnInvalidIdNumberAndKeepsTheOrderUnpaid() {
		String tempOrderCode = newPreOrder(2);
		MultiValueMap<String, String> form = SandboxPayForm.twoInsuredMultiValue(LocalDate.now().plusDays(3), "success");
		form.set("insured[1].cardNo", "110101199003071234");
		form.set("holderMobile", "12345");
		var answer = postPage(tempOrderCode, form);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body()).contains("身份证号码不正确").contains("手机号格式不正确").contains("value=\"110101199003071234\"");
		assertThat(detail(this.api, tempOrderCode).dataMap()).containsEntry("orderStatus", "待支付");
	}

	@Test
	void orderListUrlOpensTheMembersOrders() {
		String tempOrderCode = newPreOrder(2);
		SandboxEnvelopes.Answer answer = this.api.call(AigoubaoApi.PATH_ORDER_LIST_URL,
				params("account", "13900000000", "distrCode", SandboxEnvelopes.DISTR_CODE, "memberId", "100000"));
		assertThat(answer.code()).isEqualTo("0000");
		String url = answer.dataText("orderListUrl");
		assertThat(this.api.http().get().uri(url).retrieve().body(String.class)).contains(tempOrderCode);
		var denied = this.api.http()
			.get()
			.uri(url.replaceAll("creditToken=.*", "creditToken=FORGED"))
			.exchange((request, response) -> response.getStatusCode().value());
		assertThat(denied).isEqualTo(403);
	}

	record PageAnswer(int status, String location, String body) {
	}

	private PageAnswer postPage(String tempOrderCode, MultiValueMap<String, String> form) {
		return this.api.http()
			.post()
			.uri("/h5/purchase/{c}", tempOrderCode)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(form)
			.exchange((request, response) -> new PageAnswer(response.getStatusCode().value(),
					response.getHeaders().getFirst(HttpHeaders.LOCATION),
					new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
	}

	private String pdfText(String path) throws IOException {
		var response = this.api.http().get().uri(path).retrieve().toEntity(byte[].class);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		try (PDDocument document = Loader.loadPDF(response.getBody())) {
			return new PDFTextStripper().getText(document);
		}
	}

}

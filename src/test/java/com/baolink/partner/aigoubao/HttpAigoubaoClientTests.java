package com.baolink.partner.aigoubao;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.web.client.RestClient;

import com.baolink.infrastructure.config.ChinaTime;
import com.baolink.infrastructure.web.ServerAddress;
import com.baolink.partner.PartnerUnavailableException;
import com.baolink.partner.aigoubao.AigoubaoApi.CallPriority;
import com.baolink.partner.aigoubao.AigoubaoApi.HolderInfo;
import com.baolink.partner.aigoubao.AigoubaoApi.InsuredInfo;
import com.baolink.partner.aigoubao.AigoubaoApi.InvoiceLink;
import com.baolink.partner.aigoubao.AigoubaoApi.InvoiceUrlRequest;
import com.baolink.partner.aigoubao.AigoubaoApi.OrderDetail;
import com.baolink.partner.aigoubao.AigoubaoApi.OrderRef;
import com.baolink.partner.aigoubao.AigoubaoApi.PaymentNotice;
import com.baolink.partner.aigoubao.AigoubaoApi.PreOrderRequest;
import com.baolink.partner.aigoubao.AigoubaoApi.PreOrderResult;
import com.baolink.partner.aigoubao.AigoubaoApi.ProductDetail;
import com.baolink.partner.aigoubao.AigoubaoApi.ProductDetailRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/** The client against a real local HTTP server, without a Spring context. */
@ExtendWith(OutputCaptureExtension.class)
class HttpAigoubaoClientTests {

	static final String DES_KEY = "agb-des8";

	static final String MD5_KEY = "md5-secret-key";

	static final String ACCESS_TOKEN = "TESTACCESSTOKEN00000000000000001";

	static final Instant NOW = Instant.parse("2026-11-23T02:00:00.123Z");

	static final OrderRef WORKED_EXAMPLE = new OrderRef("TE2104263325002111", "90778244", "106225");

	FakeAigoubaoServer server;

	final RateBudget rateBudget = mock(RateBudget.class);

	final SimpleMeterRegistry meters = new SimpleMeterRegistry();


	HttpAigoubaoClient client;

	@BeforeEach
	void startServer() throws IOException {
		this.server = new FakeAigoubaoServer(0);
		this.client = client(this.server.baseUrl());
	}

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	HttpAigoubaoClient client(String baseUrl) {
		AigoubaoProperties properties = new AigoubaoProperties(baseUrl, ACCESS_TOKEN, DES_KEY, MD5_KEY, "90778244",
				"E0001", "INV2026", Duration.ofMillis(500), Duration.ofMillis(500), 400);
		return new HttpAigoubaoClient(RestClient.builder(), properties, new ServerAddress(), this.rateBudget,
				this.meters, Clock.fixed(NOW, ChinaTime.ZONE));
	}

	@Test
	void orderDetailEnvelopeMatchesTheWorkedExample() {
		this.server.answerData("""
				{"productName":"天安“旅途无忧”一日游","productCode":"200207","orderCode":"O1","orderStatus":"已支付",
				 "totalQty":2,"orderTotalAmt":12.50,"isGroup":"0","insuredInfoList":[{"insuredName":"张三",
				 "insuredCardNo":"1101**********002X","insuredFee":6.25,"policyStatus":"已生效","policyCode":"P1"}]}""");

		OrderDetail detail = this.client.getOrderDetail(WORKED_EXAMPLE, CallPriority.USER);

		FakeAigoubaoServer.Received request = this.server.received().get(0);
		assertThat(request.path()).isEqualTo("/agb" + AigoubaoApi.PATH_ORDER_DETAIL);
		assertThat(request.contentType()).startsWith("application/json");
		Map<String, Object> envelope = request.envelope();
		assertThat(envelope.keySet()).containsExactly("accessToken", "ip", "nonce", "requestBody", "sign",
				"timestamp", "version");
		assertThat(envelope).containsEntry("accessToken", ACCESS_TOKEN)
			.containsEntry("version", "1.0")
			.containsEntry("timestamp", NOW.toEpochMilli())
			.containsEntry("sign", "3771de3c2fea5e015a9ad8198537e3d6")
			.containsEntry("requestBody",
					"jMXEs/iHpcHywtXm+UPxFeK2wyhEmSvvF9GI/0P5C8E7L9oDFn2ArL7BbgLIoToiTGReHgPU+pf3DeEtRAJdpFro1uNyW+R5M5oqCS/GJOiwZ3YdWCbzUA==");
		assertThat((String) envelope.get("nonce")).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
		assertThat(DesCodec.decrypt((String) envelope.get("requestBody"), DES_KEY))
			.isEqualTo("{\"tempOrderCode\":\"TE2104263325002111\",\"distrCode\":\"90778244\",\"memberId\":\"106225\"}");

		assertThat(detail.productName()).isEqualTo("天安“旅途无忧”一日游");
		assertThat(detail.totalQty()).isEqualTo(2);
		assertThat(detail.orderTotalAmt()).isEqualByComparingTo("12.50");
		assertThat(detail.isGroup()).isZero();
		assertThat(detail.insuredInfoList()).singleElement().satisfies(insured -> {
			assertThat(insured.insuredFee()).isEqualByComparingTo("6.25");
			assertThat(insured.policyCode()).isEqualTo("P1");
		});
		assertThat(this.meters.get(HttpAigoubaoClient.METRIC)
			.tags("partner", "aigoubao", "endpoint", AigoubaoApi.PATH_ORDER_DETAIL, "outcome", "0000")
			.timer()
			.count()).isEqualTo(1);
		verify(this.rateBudget).acquire(CallPriority.USER);
	}

	@Test
	void nestedPreOrderIsSentUnescapedAndSignedOverTheParsedTree(CapturedOutput output) {
		this.server.answerData("{\"url\":\"https://h5.aigobo.cn/pay?t=TE1\",\"tempOrderCode\":\"TE1\"}");
		PreOrderRequest request = workedExamplePreOrder();

		PreOrderResult result = this.client.addTemp(request, CallPriority.USER);

		assertThat(result).isEqualTo(new PreOrderResult("https://h5.aigobo.cn/pay?t=TE1", "TE1"));
		Map<String, Object> envelope = this.server.received().get(0).envelope();
		String json = DesCodec.decrypt((String) envelope.get("requestBody"), DES_KEY);
		assertThat(json).startsWith("{\"distrCode\":\"90778244\",\"mobile\":\"13800138000\",\"memberId\":\"106225\"")
			.contains("\"productName\":\"天安“旅途无忧”一日游\"")
			.contains("\"deliverNotifyUrl\":\"https://portal.example.com/callbacks/aigoubao/deliver\"")
			.contains("\"payType\":2")
			.doesNotContain("\\u", "\\/", "null", " ", "holderBirthday");
		assertThat(envelope.get("sign")).isEqualTo(AigoubaoSigner.sign(AigoubaoJson.parseTree(json), MD5_KEY))
			.isEqualTo("10db08044575455f128e682efc9a1980");
		assertThat(output).contains(AigoubaoApi.PATH_ADD_TEMP, (String) envelope.get("nonce"))
			.doesNotContain("11010519491231002X", (String) envelope.get("requestBody"), MD5_KEY, DES_KEY,
					ACCESS_TOKEN);
	}

	static PreOrderRequest workedExamplePreOrder() {
		HolderInfo holder = new HolderInfo("张三", "1", "11010519491231002X", null, null, "13800138000", null);
		List<InsuredInfo> insured = List.of(
				new InsuredInfo("张三", "1", "11010519491231002X", null, null, null, null, "1"),
				new InsuredInfo("李四", "2", "E12345678", null, null, null, null, "5"));
		return new PreOrderRequest("90778244", "13800138000", "106225", "BL202611230001", 2, "200207",
				"天安“旅途无忧”一日游", "https://portal.example.com/callbacks/aigoubao/deliver",
				"https://portal.example.com/callbacks/aigoubao/surrender", null, "https://portal.example.com/orders/42",
				"2026-12-01", "2026-12-01", holder, insured);
	}

	@ParameterizedTest
	@CsvSource({ "9999,FAILURE", "1000,ORDER_NOT_FOUND", "1001,POLICY_NOT_EFFECTIVE", "2000,SIGNATURE_ERROR",
			"2008,REQUEST_NOT_ALLOWED", "2009,DECRYPTION_FAILED", "3000,PRODUCT_NOT_FOUND",
			"4001,SURRENDER_NOT_ALLOWED", "5000,ACCESS_TOKEN_INVALID", "7777,UNKNOWN" })
	void nonSuccessCodesBecomeTypedExceptionsWithoutRetry(String code, AigoubaoCode expected) {
		this.server.answerCode(code, "订单状态不允许");

		assertThatThrownBy(() -> this.client.getOrderDetail(WORKED_EXAMPLE, CallPriority.USER))
			.isInstanceOfSatisfying(AigoubaoException.class, ex -> {
				assertThat(ex.code()).isEqualTo(expected);
				assertThat(ex.rawCode()).isEqualTo(code);
				assertThat(ex.partnerMessage()).isEqualTo("订单状态不允许");
			});
		assertThat(this.server.received()).hasSize(1);
		assertThat(this.meters.get(HttpAigoubaoClient.METRIC).tag("outcome", code).timer().count()).isEqualTo(1);
	}

	@Test
	void tooManyRequestsReachesTheCallerAfterOneExchange() {
		this.server.answerCode("0002", "请求过于频繁");

		assertThatThrownBy(() -> this.client.getOrderDetail(WORKED_EXAMPLE, CallPriority.USER))
			.isInstanceOfSatisfying(AigoubaoException.class,
					ex -> assertThat(ex.code()).isEqualTo(AigoubaoCode.TOO_MANY_REQUESTS));
		assertThat(this.server.received()).as("no in-call retry: the engine retries background work").hasSize(1);

		assertThatThrownBy(() -> this.client.getOrderDetail(WORKED_EXAMPLE, CallPriority.BACKGROUND))
			.isInstanceOf(AigoubaoException.class);
		assertThat(this.server.received()).hasSize(2);
		verify(this.rateBudget, times(1)).acquire(CallPriority.USER);
	}

	@Test
	void readTimeoutIsUnavailableAndNeverRetried() {
		this.server.answer(200, "{\"code\":\"0000\",\"data\":null}", Duration.ofSeconds(3));
		long started = System.nanoTime();

		assertThatThrownBy(() -> this.client.outNotify(new PaymentNotice("TE1", "90778244", "106225", 2),
				CallPriority.USER))
			.isInstanceOf(PartnerUnavailableException.class);

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
		assertThat(this.server.received()).hasSize(1);
		assertThat(this.meters.get(HttpAigoubaoClient.METRIC).tag("outcome", "timeout").timer().count()).isEqualTo(1);
	}

	@Test
	void unreadableAnswersAreUnavailable() {
		this.server.answer(200, "<html>网关错误</html>", Duration.ZERO);
		assertThatThrownBy(() -> this.client.getOrderDetail(WORKED_EXAMPLE, CallPriority.USER))
			.isExactlyInstanceOf(PartnerUnavailableException.class);
	}

	@Test
	void answersWithoutCodeAreUnavailable() {
		this.server.answerJson("{\"message\":\"成功\",\"data\":{}}");
		assertThatThrownBy(() -> this.client.getOrderDetail(WORKED_EXAMPLE, CallPriority.USER))
			.isExactlyInstanceOf(PartnerUnavailableException.class);
	}

	@Test
	void httpErrorStatusIsUnavailable() {
		this.server.answer(502, "{\"code\":\"0000\"}", Duration.ZERO);
		assertThatThrownBy(() -> this.client.getOrderDetail(WORKED_EXAMPLE, CallPriority.USER))
			.isExactlyInstanceOf(PartnerUnavailableException.class);
		assertThat(this.server.received()).hasSize(1);
		assertThat(this.meters.get(HttpAigoubaoClient.METRIC).tag("outcome", "unavailable").timer().count())
			.isEqualTo(1);
	}

	@Test
	void refusedConnectionIsUnavailableAtOnce() throws IOException {
		HttpAigoubaoClient refused = client("http://localhost:" + freePort() + "/agb");

		assertThatThrownBy(() -> refused.getOrderDetail(WORKED_EXAMPLE, CallPriority.USER))
			.isInstanceOf(PartnerUnavailableException.class);
		verify(this.rateBudget, times(1)).acquire(CallPriority.USER);
	}

	@Test
	void productDetailAcceptsBothPlanSpellingsAndKeepsTheLogoAsGiven() {
		this.server.answerData("""
				{"productCode":"200207","productName":"一日游","insuranceCompanyLogo":"//img.aigobo.cn/logo/ta.png",
				 "plans":[{"planCode":"P-A","planName":"基础款","minPrice":12.50},
				          {"safeguardPlanCode":"P-B","safeguardPlanName":"尊享款","defaultMinPrice":"30"}]}""");

		ProductDetail detail = this.client.getProductDetail(new ProductDetailRequest("200207", null, "106225"),
				CallPriority.BACKGROUND);

		assertThat(detail.insuranceCompanyLogo()).isEqualTo("//img.aigobo.cn/logo/ta.png");
		assertThat(detail.plans()).extracting(AigoubaoApi.Plan::planCode, AigoubaoApi.Plan::planName)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("P-A", "基础款"),
					org.assertj.core.groups.Tuple.tuple("P-B", "尊享款"));
		assertThat(detail.plans()).extracting(AigoubaoApi.Plan::minPrice)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("12.50"), new BigDecimal("30"));
		String json = DesCodec.decrypt((String) this.server.received().get(0).envelope().get("requestBody"), DES_KEY);
		assertThat(json).isEqualTo("{\"productCode\":\"200207\",\"memberId\":\"106225\"}");
	}

	@Test
	void voidEndpointsAcceptNullData() {
		this.server.answerData("null");
		this.client.surrenderByOrderCode(new AigoubaoApi.SurrenderOrderRequest("O1", "90778244", "106225"),
				CallPriority.USER);
		this.client.surrenderByPolicyCode(
				new AigoubaoApi.SurrenderPoliciesRequest(List.of("P1", "P2"), "90778244", "106225"), CallPriority.USER);
		assertThat(this.server.received()).extracting(FakeAigoubaoServer.Received::path)
			.containsExactly("/agb" + AigoubaoApi.PATH_SURRENDER_BY_ORDER, "/agb" + AigoubaoApi.PATH_SURRENDER_BY_POLICY);
		assertThat(DesCodec.decrypt((String) this.server.received().get(1).envelope().get("requestBody"), DES_KEY))
			.isEqualTo("{\"policyCodes\":[\"P1\",\"P2\"],\"distrCode\":\"90778244\",\"memberId\":\"106225\"}");
	}

	@Test
	void exhaustedRateBudgetSendsNothing() {
		doThrow(new RateBudgetExhaustedException("aigoubao")).when(this.rateBudget).acquire(any());
		this.server.answerData("null");

		assertThatThrownBy(() -> this.client.getOrderDetail(WORKED_EXAMPLE, CallPriority.BACKGROUND))
			.isInstanceOf(RateBudgetExhaustedException.class)
			.isInstanceOf(PartnerUnavailableException.class);
		assertThat(this.server.received()).isEmpty();
		assertThat(this.meters.get(HttpAigoubaoClient.METRIC).tag("outcome", "rate-budget").timer().count())
			.isEqualTo(1);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}

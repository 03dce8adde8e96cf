package com.baolink.sandbox.aigoubao;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.baolink.partner.aigoubao.AigoubaoApi;
import com.baolink.partner.aigoubao.AigoubaoSigner;
import com.baolink.partner.aigoubao.DesCodec;

import static com.baolink.sandbox.aigoubao.SandboxEnvelopes.params;
import static com.baolink.sandbox.aigoubao.SandboxTestSupport.orderRef;
import static com.baolink.sandbox.aigoubao.SandboxTestSupport.preOrder;
import static com.baolink.sandbox.aigoubao.SandboxTestSupport.serial;
import static org.assertj.core.api.Assertions.assertThat;

/** Hostile and wrong requests get the partner's codes, checked in the gateway's order. */
// The same context as the other sandbox-over-HTTP tests (CreditApprovalTests, InvoiceRequestTests, SurrenderFlowTests).
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "baolink.engine.recurring=false", "baolink.sandbox.aigoubao.callback-delay=50ms" })
class SandboxGatewayRefusalTests {

	private static final String DELIVER = "http://localhost:9/callbacks/aigoubao/deliver";

	private static final String SURRENDER = "http://localhost:9/callbacks/aigoubao/surrender";

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	SandboxEnvelopes api;

	@BeforeEach
	void client() {
		this.api = new SandboxEnvelopes(this.port, this.clock);
	}

	private Map<String, Object> productQuery() {
		return params("productCode", "200437", "memberId", SandboxTestSupport.DISTRIBUTOR_MEMBER);
	}

	@Test
	void wrongAccessTokenIs5000() {
		Map<String, Object> envelope = this.api.envelope(productQuery());
		envelope.put("accessToken", "SOMEONEELSESACCESSTOKEN000000001");
		assertThat(this.api.post(AigoubaoApi.PATH_PRODUCT_DETAIL, envelope).code()).isEqualTo("5000");
		envelope.remove("accessToken");
		assertThat(this.api.post(AigoubaoApi.PATH_PRODUCT_DETAIL, envelope).code()).isEqualTo("5000");
	}

	@Test
	void garbageOrForeignRequestBodyIs2009() {
		Map<String, Object> envelope = this.api.envelope(productQuery());
		envelope.put("requestBody", "this is not base64 ciphertext!");
		assertThat(this.api.post(AigoubaoApi.PATH_PRODUCT_DETAIL, envelope).code()).isEqualTo("2009");

		Map<String, Object> foreign = this.api.envelope(productQuery());
		foreign.put("requestBody", DesCodec.encrypt(SandboxEnvelopes.JSON.writeValueAsString(productQuery()), "other-k8"));
		assertThat(this.api.post(AigoubaoApi.PATH_PRODUCT_DETAIL, foreign).code()).isEqualTo("2009");

		Map<String, Object> notJson = this.api.envelope(productQuery());
		notJson.put("requestBody", DesCodec.encrypt("productCode=200437", SandboxEnvelopes.DES_KEY));
		assertThat(this.api.post(AigoubaoApi.PATH_PRODUCT_DETAIL, notJson).code()).isEqualTo("2009");
	}

	@Test
	void tamperedOrMisplacedSignatureIs2000() {
		Map<String, Object> tampered = this.api.envelope(productQuery());
		String sign = (String) tampered.get("sign");
		tampered.put("sign", (sign.charAt(0) == 'a' ? "b" : "a") + sign.substring(1));
		assertThat(this.api.post(AigoubaoApi.PATH_PRODUCT_DETAIL, tampered).code()).isEqualTo("2000");

		Map<String, Object> otherParams = this.api.envelope(productQuery());
		otherParams.put("sign", AigoubaoSigner.sign(params("productCode", "100371", "memberId", "100000"),
				SandboxEnvelopes.MD5_KEY));
		assertThat(this.api.post(AigoubaoApi.PATH_PRODUCT_DETAIL, otherParams).code()).isEqualTo("2000");

		Map<String, Object> otherKey = this.api.envelope(productQuery());
		otherKey.put("sign", AigoubaoSigner.sign(productQuery(), "another-md5-key"));
		assertThat(this.api.post(AigoubaoApi.PATH_PRODUCT_DETAIL, otherKey).code()).isEqualTo("2000");
	}

	@Test
	void staleOrFutureTimestampIs2008() {
		Map<String, Object> stale = this.api.envelope(productQuery());
		stale.put("timestamp", this.clock.millis() - Duration.ofMinutes(6).toMillis());
		assertThat(this.api.post(AigoubaoApi.PATH_PRODUCT_DETAIL, stale).code()).isEqualTo("2008");

		Map<String, Object> future = this.api.envelope(productQuery());
		future.put("timestamp", this.clock.millis() + Duration.ofMinutes(6).toMillis());
		assertThat(this.api.post(AigoubaoApi.PATH_PRODUCT_DETAIL, future).code()).isEqualTo("2008");

		Map<String, Object> recent = this.api.envelope(productQuery());
		recent.put("timestamp", this.clock.millis() - Duration.ofMinutes(4).toMillis());
		assertThat(this.api.post(AigoubaoApi.PATH_PRODUCT_DETAIL, recent).code()).isEqualTo("0000");
	}

	@Test
	void replayedNonceIs2008() {
		Map<String, Object> envelope = this.api.envelope(productQuery());
		assertThat(this.api.post(AigoubaoApi.PATH_PRODUCT_DETAIL, envelope).code()).isEqualTo("0000");
		assertThat(this.api.post(AigoubaoApi.PATH_PRODUCT_DETAIL, envelope).code()).isEqualTo("2008");
		Map<String, Object> fresh = this.api.envelope(productQuery());
		fresh.remove("nonce");
		assertThat(this.api.post(AigoubaoApi.PATH_PRODUCT_DETAIL, fresh).code()).isEqualTo("2008");
	}

	@Test
	void malformedEnvelopeIs9999() {
		assertThat(this.api.postRaw(AigoubaoApi.PATH_PRODUCT_DETAIL, "{\"accessToken\": ").code()).isEqualTo("9999");
		assertThat(this.api.postRaw(AigoubaoApi.PATH_PRODUCT_DETAIL, "[1,2,3]").code()).isEqualTo("9999");
	}

	@ParameterizedTest
	@ValueSource(strings = { "distrCode", "mobile", "memberId", "outSerialNo", "payType", "productCode", "productName",
			"deliverNotifyUrl", "returnNotifyUrl", "returnPage" })
	void addTempNamesEachMissingRequiredField(String field) {
		Map<String, Object> request = preOrder(serial(), 2, DELIVER, SURRENDER);
		request.remove(field);
		SandboxEnvelopes.Answer answer = this.api.call(AigoubaoApi.PATH_ADD_TEMP, request);
		assertThat(answer.code()).isEqualTo("9999");
		assertThat(answer.message()).isEqualTo("缺少必填参数: " + field);
		request.put(field, "");
		assertThat(this.api.call(AigoubaoApi.PATH_ADD_TEMP, request).message()).isEqualTo("缺少必填参数: " + field);
	}

	@Test
	void refundNotifyUrlIsRequiredOnlyForCreditPay() {
		Map<String, Object> credit = preOrder(serial(), 1, DELIVER, SURRENDER);
		credit.remove("refundNotifyUrl");
		SandboxEnvelopes.Answer answer = this.api.call(AigoubaoApi.PATH_ADD_TEMP, credit);
		assertThat(answer.code()).isEqualTo("9999");
		assertThat(answer.message()).isEqualTo("缺少必填参数: refundNotifyUrl");

		Map<String, Object> cash = preOrder(serial(), 2, DELIVER, SURRENDER);
		cash.remove("refundNotifyUrl");
		assertThat(this.api.call(AigoubaoApi.PATH_ADD_TEMP, cash).code()).isEqualTo("0000");
	}

	@Test
	void wrongDistributorCodeIs2008() {
		Map<String, Object> request = preOrder(serial(), 2, DELIVER, SURRENDER);
		request.put("distrCode", "11111111");
		assertThat(this.api.call(AigoubaoApi.PATH_ADD_TEMP, request).code()).isEqualTo("2008");
	}

	@Test
	void unknownProductIs3000() {
		assertThat(this.api.call(AigoubaoApi.PATH_PRODUCT_DETAIL, params("productCode", "999999", "memberId", "100000"))
			.code()).isEqualTo("3000");
		Map<String, Object> request = preOrder(serial(), 2, DELIVER, SURRENDER);
		request.put("productCode", "999999");
		assertThat(this.api.call(AigoubaoApi.PATH_ADD_TEMP, request).code()).isEqualTo("3000");
	}

	@Test
	void unknownMemberIs9999() {
		SandboxEnvelopes.Answer answer = this.api.call(AigoubaoApi.PATH_PRODUCT_DETAIL,
				params("productCode", "200437", "memberId", "999999999"));
		assertThat(answer.code()).isEqualTo("9999");
		assertThat(answer.message()).contains("memberId");
	}

	@Test
	void unknownOrSomeoneElsesOrderIs1000() {
		assertThat(SandboxTestSupport.detail(this.api, "TE000000000000000").code()).isEqualTo("1000");
		String tempOrderCode = SandboxTestSupport.addTemp(this.api, preOrder(serial(), 2, DELIVER, SURRENDER))
			.dataText("tempOrderCode");
		String otherMember = this.api
			.call(AigoubaoApi.PATH_REGISTER,
					params("distrCode", SandboxEnvelopes.DISTR_CODE, "mobile", SandboxTestSupport.uniqueMobile(), "employeeCode", "E0001",
							"invitateCode", "INV2026", "company", "另一家旅行社", "province", "广东省", "city", "广州市", "address",
							"天河路1号"))
			.dataText("memberId");
		Map<String, Object> ref = orderRef(tempOrderCode);
		ref.put("memberId", otherMember);
		assertThat(this.api.call(AigoubaoApi.PATH_ORDER_DETAIL, ref).code()).isEqualTo("1000");
		assertThat(this.api
			.call(AigoubaoApi.PATH_SURRENDER_BY_ORDER,
					params("orderCode", "I999999999", "distrCode", SandboxEnvelopes.DISTR_CODE, "memberId", "100000"))
			.code()).isEqualTo("1000");
		assertThat(this.api
			.call(AigoubaoApi.PATH_SURRENDER_BY_POLICY,
					params("policyCodes", List.of("000000000000000000"), "distrCode", SandboxEnvelopes.DISTR_CODE,
							"memberId", "100000"))
			.code()).isEqualTo("1000");
	}

	@Test
	void documentsOfAnOrderNotYetIssuedAre1001() {
		String tempOrderCode = SandboxTestSupport.addTemp(this.api, preOrder(serial(), 2, DELIVER, SURRENDER))
			.dataText("tempOrderCode");
		assertThat(this.api.call(AigoubaoApi.PATH_POLICY_URL, orderRef(tempOrderCode)).code()).isEqualTo("1001");
	}

}

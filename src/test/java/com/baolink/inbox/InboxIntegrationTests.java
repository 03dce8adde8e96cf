package com.baolink.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import com.baolink.engine.Jobs;
import org.springframework.test.web.servlet.ResultActions;

import com.baolink.member.Members;
import com.baolink.order.Order;
import com.baolink.order.OrderFixtures;
import com.baolink.order.OrderStatus;
import com.baolink.order.Orders;
import com.baolink.partner.PartnerUnavailableException;
import com.baolink.partner.aigoubao.AigoubaoApi;
import com.baolink.partner.aigoubao.AigoubaoProperties;
import com.baolink.partner.aigoubao.AigoubaoSigner;
import com.baolink.partner.aigoubao.DesCodec;
import com.baolink.sync.OrderPulls;

import static com.baolink.order.OrderFixtures.detail;
import static com.baolink.order.OrderFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@Tag("integration")
@SpringBootTest(properties = "baolink.engine.recurring=false")
@AutoConfigureMockMvc
class InboxIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@MockitoBean
	AigoubaoApi api;

	@Autowired
	MockMvc mvc;

	@Autowired
	Orders orders;

	@Autowired
	Members members;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AigoubaoProperties properties;

	@Autowired
	InboxProcessor processor;

	@Autowired
	MeterRegistry meters;

	@Autowired
	OrderPulls pulls;

	@Autowired
	Jobs jobs;

	@Autowired
	TransactionTemplate transactions;

	long memberId;

	@BeforeEach
	void member() {
		this.memberId = OrderFixtures.registeredMember(this.members, "13800000001");
	}

	@Test
	void plainDeliverIsStoredAcknowledgedThenTheOrderIsPulled() throws Exception {
		Order order = pendingOrder();
		givenPartnerSays(order, "已承保", "PD1");
		double acceptedBefore = counter("DELIVER", "accepted");

		callback("deliver", deliver(order, true)).andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("0000"))
			.andExpect(jsonPath("$.message").value("成功"));

		Map<String, Object> row = rowFor(order.getPartnerRef());
		assertThat(row).containsEntry("signature_verdict", "PLAIN_UNVERIFIED").containsEntry("kind", "DELIVER");
		assertThat((String) row.get("raw_body")).contains(order.getPartnerRef());
		assertThat((String) row.get("headers")).contains("Content-Type: application/json");
		awaitStatus(order, "PROCESSED");
		Order pulled = this.orders.findById(order.getId()).orElseThrow();
		assertThat(pulled.getStatus()).isEqualTo(OrderStatus.ISSUED);
		assertThat(pulled.getPolicyCodes()).isEqualTo("PD1");
		assertThat(rowFor(order.getPartnerRef())).containsEntry("order_id", order.getId());
		assertThat(counter("DELIVER", "accepted")).isEqualTo(acceptedBefore + 1);
	}

	@Test
	void duplicateIsAcknowledgedCountedAndChangesNothing() throws Exception {
		Order order = pendingOrder();
		givenPartnerSays(order, "已支付", null);
		String body = deliver(order, true);
		callback("deliver", body).andExpect(status().isOk());
		awaitStatus(order, "PROCESSED");

		callback("deliver", body).andExpect(status().isOk()).andExpect(jsonPath("$.code").value("0000"));

		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM inbound_callback WHERE partner_ref = :ref")
			.param("ref", order.getPartnerRef())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(rowFor(order.getPartnerRef())).containsEntry("duplicate_count", 1)
			.containsEntry("status", "PROCESSED")
			.containsEntry("attempts", 1);
		verify(this.api, times(1)).getOrderDetail(argThat(ref -> ref != null && order.getPartnerRef().equals(ref.tempOrderCode())),
				any());
	}

	@Test
	void unknownPartnerReferenceIsAcknowledgedAndFlaggedUnmatched() throws Exception {
		String ref = OrderFixtures.unique("TEUNKNOWN");
		callback("surrender", "{\"memberId\":\"106225\",\"tempOrderCode\":\"" + ref
				+ "\",\"policyCode\":\"837904323656500714\",\"surrenderSuccess\":true,\"errMsg\":\"退保成功\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("0000"));

		await().atMost(Duration.ofSeconds(10)).until(() -> "UNMATCHED".equals(rowFor(ref).get("status")));
		assertThat(rowFor(ref)).containsEntry("kind", "SURRENDER");
		verify(this.api, never()).getOrderDetail(any(), any());
	}

	@Test
	void malformedBodiesAreRefusedWithTheFailureShape() throws Exception {
		String notJson = "tempOrderCode=" + OrderFixtures.unique("TE");
		callback("deliver", notJson).andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("9999"));
		callback("deliver", "[{\"tempOrderCode\":\"TE1\"}]").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("9999"));
		callback("refund", "{\"outSerialNo\":\"BL1\",\"success\":true}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("9999"));
		callback("deliver", "{\"tempOrderCode\":\"TE1\"} trailing").andExpect(status().isBadRequest());
		String huge = "{\"tempOrderCode\":\"TE1\",\"pad\":\"" + "x".repeat(70 * 1024) + "\"}";
		callback("deliver", huge).andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("9999"));

		assertThat(this.jdbc.sql("SELECT status FROM inbound_callback WHERE raw_body = :body")
			.param("body", notJson)
			.query(String.class)
			.single()).isEqualTo("REJECTED");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM inbound_callback WHERE LENGTH(raw_body) > 65536")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void signedEnvelopeWithAValidSignatureIsAcceptedAndProcessed() throws Exception {
		Order order = pendingOrder();
		givenPartnerSays(order, "已承保", "PS1");
		Map<String, Object> fields = deliverFields(order, true);

		callback("deliver", envelope(fields, AigoubaoSigner.sign(fields, this.properties.md5Key())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("0000"));

		assertThat(rowFor(order.getPartnerRef())).containsEntry("signature_verdict", "SIGNED_VALID");
		awaitStatus(order, "PROCESSED");
		assertThat(this.orders.findById(order.getId()).orElseThrow().getStatus()).isEqualTo(OrderStatus.ISSUED);
	}

	@Test
	void tamperedSignatureIsRefusedRecordedAndNotProcessed() throws Exception {
		Order order = pendingOrder();
		Map<String, Object> fields = deliverFields(order, true);
		String sign = AigoubaoSigner.sign(fields, this.properties.md5Key());
		String tampered = (sign.charAt(0) == 'a' ? 'b' : 'a') + sign.substring(1);

		callback("deliver", envelope(fields, tampered)).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("2000"))
			.andExpect(jsonPath("$.message").value("签名错误"));

		assertThat(rowFor(order.getPartnerRef())).containsEntry("signature_verdict", "SIGNED_INVALID")
			.containsEntry("status", "REJECTED");
		verify(this.api, never()).getOrderDetail(any(), any());
		assertThat(this.orders.findById(order.getId()).orElseThrow().getStatus()).isEqualTo(OrderStatus.LAUNCHED);
	}

	@Test
	void callbackContentNeverDecidesTheOrderState() throws Exception {
		Order order = pendingOrder();
		givenPartnerSays(order, "支付失败", null);

		callback("deliver", deliver(order, true)).andExpect(status().isOk());

		awaitStatus(order, "PROCESSED");
		Order pulled = this.orders.findById(order.getId()).orElseThrow();
		assertThat(pulled.getStatus()).isEqualTo(OrderStatus.PAYMENT_FAILED);
		assertThat(pulled.getPolicyCodes()).isNull();
	}

	@Test
	void aFailedPullIsRetriedByTheEngineNotLost() throws Exception {
		Order order = pendingOrder();
		given(this.api.getOrderDetail(argThat(ref -> ref != null && order.getPartnerRef().equals(ref.tempOrderCode())),
				any()))
			.willThrow(new PartnerUnavailableException("timeout", null));

		callback("deliver", deliver(order, false)).andExpect(status().isOk());

		await().atMost(Duration.ofSeconds(10)).until(() -> "PROCESSED".equals(rowFor(order.getPartnerRef()).get("status"))
				&& this.jobs.nextRun(OrderPulls.TASK, String.valueOf(order.getId()))
					.filter(at -> at.isAfter(Instant.now().plusSeconds(20)))
					.isPresent());
		assertThat(this.pulls.isPending(order.getId())).as("the hint waits for its pull").isTrue();
		assertThat(this.orders.findById(order.getId()).orElseThrow().getStatus()).isEqualTo(OrderStatus.LAUNCHED);

		givenPartnerSays(order, "已承保", "PR1");
		assertThat(this.jobs.runNow(OrderPulls.TASK, String.valueOf(order.getId()))).isTrue();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.orders.findById(order.getId()).orElseThrow().getStatus() == OrderStatus.ISSUED);
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.pulls.isPending(order.getId()));
	}

	@Test
	void anyNumberOfHintsWaitingForOneOrderCauseOnePull() {
		Order order = pendingOrder();
		givenPartnerSays(order, "已承保", "PH1");

		this.transactions.executeWithoutResult(status -> {
			for (int i = 0; i < 10; i++) {
				this.pulls.request(order.getId());
			}
		});

		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.orders.findById(order.getId()).orElseThrow().getStatus() == OrderStatus.ISSUED
					&& !this.pulls.isPending(order.getId()));
		verify(this.api, times(1)).getOrderDetail(
				argThat(ref -> ref != null && order.getPartnerRef().equals(ref.tempOrderCode())), any());
	}

	@Test
	void eightConcurrentCopiesAreAllAcknowledgedWithOneEffectOnEveryEndpoint() throws Exception {
		Order order = pendingOrder();
		givenPartnerSays(order, "已承保", "PC1");
		String ref = order.getPartnerRef();
		Map<String, String> bodies = Map.of("deliver", deliver(order, true), "surrender",
				"{\"memberId\":\"AGB0001\",\"tempOrderCode\":\"" + ref
						+ "\",\"policyCode\":\"PC1\",\"surrenderSuccess\":true,\"errMsg\":\"退保成功\"}",
				"refund", "{\"memberId\":\"AGB0001\",\"tempOrderCode\":\"" + ref
						+ "\",\"policyCode\":\"PC1\",\"refundSuccess\":true,\"errMsg\":\"退款成功\"}");
		for (Map.Entry<String, String> endpoint : bodies.entrySet()) {
			ExecutorService pool = Executors.newFixedThreadPool(8);
			CountDownLatch start = new CountDownLatch(1);
			List<Future<String>> answers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					MvcResult result = callback(endpoint.getKey(), endpoint.getValue()).andReturn();
					return result.getResponse().getStatus() + " " + result.getResponse().getContentAsString();
				}));
			}
			start.countDown();
			for (Future<String> answer : answers) {
				assertThat(answer.get(30, TimeUnit.SECONDS)).as(endpoint.getKey()).startsWith("200").contains("\"0000\"");
			}
			pool.shutdown();
			Map<String, Object> row = this.jdbc.sql("SELECT COUNT(*) AS n, MAX(duplicate_count) AS d FROM inbound_callback WHERE partner_ref = :ref AND kind = :kind")
				.param("ref", ref)
				.param("kind", endpoint.getKey().toUpperCase(java.util.Locale.ROOT))
				.query()
				.singleRow();
			assertThat(((Number) row.get("n")).longValue()).as(endpoint.getKey() + ": one stored row").isEqualTo(1);
			assertThat(((Number) row.get("d")).longValue()).as(endpoint.getKey() + ": seven duplicates").isEqualTo(7);
		}
	}

	private Order pendingOrder() {
		return OrderFixtures.launched(this.orders, this.memberId, "200437", Instant.now(), null, "张三");
	}

	private void givenPartnerSays(Order order, String status, String policyCode) {
		given(this.api.getOrderDetail(argThat(ref -> ref != null && order.getPartnerRef().equals(ref.tempOrderCode())),
				any()))
			.willReturn(detail(status, List.of(person("张三", "110105********002X", policyCode == null ? "未投保" : "已承保",
					policyCode))));
	}

	private ResultActions callback(String kind, String body) throws Exception {
		return this.mvc.perform(post("/callbacks/aigoubao/" + kind).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private static Map<String, Object> deliverFields(Order order, boolean success) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("outSerialNo", order.getOutSerialNo());
		fields.put("tempOrderCode", order.getPartnerRef());
		fields.put("orderCode", "23232");
		fields.put("policyCode", "23324");
		fields.put("success", success);
		return fields;
	}

	private static String deliver(Order order, boolean success) {
		return JSON.writeValueAsString(deliverFields(order, success));
	}

	private String envelope(Map<String, Object> fields, String sign) {
		Map<String, Object> envelope = new LinkedHashMap<>();
		envelope.put("accessToken", this.properties.accessToken());
		envelope.put("nonce", java.util.UUID.randomUUID().toString());
		envelope.put("requestBody", DesCodec.encrypt(JSON.writeValueAsString(fields), this.properties.desKey()));
		envelope.put("sign", sign);
		envelope.put("timestamp", System.currentTimeMillis());
		envelope.put("version", "1.0");
		return JSON.writeValueAsString(envelope);
	}

	private Map<String, Object> rowFor(String partnerRef) {
		return this.jdbc.sql("SELECT * FROM inbound_callback WHERE partner_ref = :ref AND kind = 'DELIVER' OR partner_ref = :ref AND kind <> 'DELIVER' AND NOT EXISTS (SELECT 1 FROM inbound_callback d WHERE d.partner_ref = :ref AND d.kind = 'DELIVER') LIMIT 1")
			.param("ref", partnerRef)
			.query()
			.singleRow();
	}

	/** The callback reached {@code status} and the pull it asked for (if any) is done. */
	private void awaitStatus(Order order, String status) {
		await().atMost(Duration.ofSeconds(10)).until(() -> status.equals(rowFor(order.getPartnerRef()).get("status"))
				&& !this.pulls.isPending(order.getId()));
	}

	private double counter(String kind, String outcome) {
		return this.meters.find(CallbackMetrics.NAME)
			.tags("source", "AIGOUBAO", "kind", kind, "outcome", outcome)
			.counters()
			.stream()
			.mapToDouble(c -> c.count())
			.sum();
	}

}

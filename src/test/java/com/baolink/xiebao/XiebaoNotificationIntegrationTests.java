package com.baolink.xiebao;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.baolink.infrastructure.web.TestMembers;
import com.baolink.member.Members;
import com.baolink.catalog.Channel;
import com.baolink.order.InsuredPerson;
import com.baolink.order.InsuredPerson.PolicyStatus;
import com.baolink.order.Order;
import com.baolink.order.OrderStatus;
import com.baolink.order.Orders;
import com.baolink.partner.xiebao.XiebaoNotificationVerifier;
import com.baolink.partner.xiebao.XiebaoProperties;
import com.baolink.partner.xiebao.XiebaoVerification;
import com.baolink.xiebao.XiebaoNotificationApplier.Outcome;
import com.baolink.xiebao.XiebaoOrderFacts.Facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Signed Xiebao notifications posted over real HTTP to /callbacks/xiebao, stored, then applied. */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "baolink.engine.recurring=false")
class XiebaoNotificationIntegrationTests {

	static final String CASE = "XB-TRAVEL-01";

	@LocalServerPort
	int port;

	@Autowired
	XiebaoProperties properties;

	@Autowired
	Members members;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	Orders orders;

	@Autowired
	XiebaoOrderFacts facts;

	@Autowired
	XiebaoNotificationApplier applier;

	@Autowired
	XiebaoNotificationVerifier verifier;

	@Autowired
	JdbcClient jdbc;

	XiebaoNotifications xb;

	String member;

	@BeforeEach
	void setUp() {
		this.xb = new XiebaoNotifications(this.port, this.properties.partnerId(), this.properties.notifyKey());
		String login = TestMembers.create(this.members, this.encoder);
		this.member = String.valueOf(this.members.findByLogin(login).orElseThrow().id());
	}

	@Test
	void insurePayIssueAndEPolicyMakeAnIssuedOrderWithAllTheirData() {
		String num = XiebaoNotifications.newInsureNum();
		acknowledged(this.xb.post(1, this.xb.insure(this.member, CASE, num)));
		awaitProcessed(num, 1);
		assertThat(order(num).getStatus()).isEqualTo(OrderStatus.UNDERWRITTEN);

		acknowledged(this.xb.post(2, this.xb.pay(this.member, CASE, num, 2400)));
		awaitProcessed(num, 2);
		assertThat(order(num).getStatus()).isEqualTo(OrderStatus.PAID);
		assertThat(order(num).getTotalAmount()).isEqualByComparingTo("24.00");

		acknowledged(this.xb.post(3, this.xb.issue(this.member, CASE, num, "P" + num, "张三, 李四")));
		acknowledged(this.xb.post(9, this.xb.ePolicy(this.member, CASE, num)));
		awaitProcessed(num, 4);

		Order order = order(num);
		assertThat(order.getStatus()).isEqualTo(OrderStatus.ISSUED);
		assertThat(order.getMemberId()).isEqualTo(Long.parseLong(this.member));
		assertThat(order.getProductCode()).isEqualTo(CASE);
		assertThat(order.getInsured()).extracting(InsuredPerson::name).containsExactly("张三", "李四");
		assertThat(order.getInsured()).extracting(InsuredPerson::policyCode).containsOnly("P" + num);
		assertThat(order.getInsured()).extracting(InsuredPerson::policyStatus).containsOnly(PolicyStatus.ISSUED);
		assertThat(order.getHolderName()).isEqualTo("王五");
		assertThat(order.getCoverStart()).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(order.getCoverEnd()).isEqualTo(LocalDate.of(2026, 4, 3));
		Facts facts = this.facts.find(order.getId()).orElseThrow();
		assertThat(facts.paymentChannel()).isEqualTo("21");
		assertThat(facts.payTime()).isEqualTo(java.time.Instant.parse("2026-03-01T02:20:30Z"));
		assertThat(facts.ePolicyReady()).isTrue();
		assertThat(facts.abnormal()).isFalse();
	}

	@Test
	void everyOrderOfInsurePayIssueAndEPolicyEndsTheSame() {
		List<List<Integer>> permutations = permutations(List.of(1, 2, 3, 9));
		assertThat(permutations).hasSize(24);
		List<String> nums = new ArrayList<>();
		for (List<Integer> permutation : permutations) {
			String num = XiebaoNotifications.newInsureNum();
			nums.add(num);
			for (int type : permutation) {
				acknowledged(this.xb.post(type, switch (type) {
					case 1 -> this.xb.insure(this.member, CASE, num);
					case 2 -> this.xb.pay(this.member, CASE, num, 1200);
					case 3 -> this.xb.issue(this.member, CASE, num, "P" + num, "张三,李四");
					default -> this.xb.ePolicy(this.member, CASE, num);
				}));
			}
		}
		nums.forEach(num -> awaitProcessed(num, 4));
		List<String> snapshots = nums.stream().map(num -> snapshot(num).replace(num, "N")).distinct().toList();
		assertThat(snapshots).containsExactly(
				"ISSUED|12.00|王五|2026-04-01..2026-04-03|张三:PN:ISSUED,李四:PN:ISSUED|2026-03-01T02:20:30Z|21|true");
	}

	@Test
	void aRepeatedNotificationChangesNothing() {
		String num = XiebaoNotifications.newInsureNum();
		acknowledged(this.xb.post(1, this.xb.insure(this.member, CASE, num)));
		String endorsement = this.xb.body(26, this.xb.endorsement(this.member, num, 4));
		acknowledged(this.xb.post(endorsement));
		awaitProcessed(num, 2);
		acknowledged(this.xb.post(endorsement));
		acknowledged(this.xb.post(endorsement));

		assertThat(this.jdbc.sql("SELECT duplicate_count FROM inbound_callback WHERE partner_ref = :num AND kind = 'XB_ENDORSEMENT'")
			.param("num", num).query(Integer.class).single()).isEqualTo(2);
		Order order = order(num);
		assertThat(this.facts.events(order.getId())).singleElement().satisfies(event -> {
			assertThat(event.status()).isEqualTo(4);
			assertThat(event.msg()).isEqualTo("批改成功");
			assertThat(event.remark()).isEqualTo("更正被保人证件号");
		});
		assertThat(this.applier.apply(verified(endorsement)).outcome()).isEqualTo(Outcome.DUPLICATE);
		assertThat(this.facts.events(order.getId())).hasSize(1);
	}

	@Test
	void twoThreadsPostingTheSameNotificationLeaveOneEffect() throws Exception {
		String num = XiebaoNotifications.newInsureNum();
		acknowledged(this.xb.post(1, this.xb.insure(this.member, CASE, num)));
		awaitProcessed(num, 1);
		String endorsement = this.xb.body(26, this.xb.endorsement(this.member, num, 3));
		String direct = this.xb.body(26, this.xb.endorsement(this.member, num, 1));
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<?>> results = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				results.add(pool.submit(() -> {
					start.await();
					return this.xb.post(endorsement).statusCode();
				}));
				// Past the inbox: the applier itself, twice at the same moment.
				results.add(pool.submit(() -> {
					start.await();
					return this.applier.apply(verified(direct)).outcome();
				}));
			}
			start.countDown();
			List<Object> answers = new ArrayList<>();
			for (Future<?> result : results) {
				answers.add(result.get());
			}
			assertThat(answers).containsOnly(200, Outcome.APPLIED, Outcome.DUPLICATE);
			assertThat(answers).containsOnlyOnce(Outcome.APPLIED);
		}
		finally {
			pool.shutdownNow();
		}
		awaitProcessed(num, 2);
		assertThat(this.facts.events(order(num).getId())).extracting(XiebaoOrderFacts.Event::status)
			.containsExactlyInAnyOrder(3, 1);
	}

	@Test
	void eightIdenticalCopiesAtOnceAreAllAcknowledgedWithOneEffect() throws Exception {
		String num = XiebaoNotifications.newInsureNum();
		String insure = this.xb.body(1, this.xb.insure(this.member, CASE, num));
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<String>> answers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					var response = this.xb.post(insure);
					return response.statusCode() + " " + response.body();
				}));
			}
			start.countDown();
			for (Future<String> answer : answers) {
				assertThat(answer.get()).isEqualTo("200 {\"state\":true}");
			}
		}
		finally {
			pool.shutdownNow();
		}
		awaitProcessed(num, 1);
		assertThat(this.jdbc.sql("SELECT duplicate_count FROM inbound_callback WHERE partner_ref = :ref")
			.param("ref", num)
			.query(Integer.class)
			.single()).isEqualTo(7);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM purchase_order WHERE channel = 'XIEBAO' AND partner_ref = :ref")
			.param("ref", num)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void surrenderPartialThenWholeAndEndorsementAndAbnormalAreApplied() {
		String num = issuedOrder();
		acknowledged(this.xb.post(4, this.xb.surrender(this.member, CASE, num, null, List.of("李四"))));
		awaitProcessed(num, 5);
		Order partly = order(num);
		assertThat(partly.getStatus()).isEqualTo(OrderStatus.PARTIALLY_SURRENDERED);
		assertThat(partly.getInsured()).extracting(p -> p.name() + ":" + p.policyStatus())
			.containsExactly("张三:ISSUED", "李四:SURRENDERED");

		acknowledged(this.xb.post(4, this.xb.surrender(this.member, CASE, num, null, List.of())));
		awaitProcessed(num, 6);
		assertThat(order(num).getStatus()).isEqualTo(OrderStatus.SURRENDERED);
		assertThat(order(num).getInsured()).extracting(InsuredPerson::policyStatus).containsOnly(PolicyStatus.SURRENDERED);

		String other = issuedOrder();
		long abnormalBefore = this.facts.countAbnormal();
		acknowledged(this.xb.post(27, this.xb.abnormal(other)));
		awaitProcessed(other, 5);
		Facts flagged = this.facts.find(order(other).getId()).orElseThrow();
		assertThat(flagged.abnormal()).isTrue();
		assertThat(flagged.abnormalMsg()).isEqualTo("保险公司出单异常");
		assertThat(this.facts.countAbnormal()).isEqualTo(abnormalBefore + 1);
	}

	@Test
	void surrenderAndReissueEndsTheOldOrderAndLinksANewOne() {
		String num = issuedOrder();
		String newNum = XiebaoNotifications.newInsureNum();
		acknowledged(this.xb.post(5, this.xb.surrender(this.member, CASE, num, newNum, List.of())));
		awaitProcessed(num, 5);

		Order old = order(num);
		Order successor = order(newNum);
		assertThat(old.getStatus()).isEqualTo(OrderStatus.SURRENDERED);
		assertThat(successor.getStatus()).isEqualTo(OrderStatus.ISSUED);
		assertThat(successor.getMemberId()).isEqualTo(old.getMemberId());
		assertThat(successor.getInsured()).extracting(InsuredPerson::name).containsExactly("张三", "李四");
		assertThat(this.facts.find(old.getId()).orElseThrow().reissuedToOrder()).isEqualTo(successor.getId());
		assertThat(this.facts.find(successor.getId()).orElseThrow().reissuedFromOrder()).isEqualTo(old.getId());
	}

	@Test
	void aFailureNotificationIsRecordedAndMovesNothing() {
		String num = XiebaoNotifications.newInsureNum();
		acknowledged(this.xb.post(1, this.xb.insure(this.member, CASE, num)));
		Map<String, Object> failedPay = this.xb.pay(this.member, CASE, num, 1200);
		failedPay.put("state", false);
		failedPay.put("failMsg", "银行卡余额不足");
		acknowledged(this.xb.post(2, failedPay));
		awaitProcessed(num, 2);

		Order order = order(num);
		assertThat(order.getStatus()).isEqualTo(OrderStatus.UNDERWRITTEN);
		assertThat(order.getTotalAmount()).isNull();
		assertThat(this.facts.find(order.getId()).orElseThrow().failMsg()).isEqualTo("银行卡余额不足");
		assertThat(this.facts.events(order.getId())).singleElement()
			.satisfies(event -> assertThat(event.state()).isFalse());
	}

	@Test
	void aBadSignatureIsRefusedAndRecorded() {
		String num = XiebaoNotifications.newInsureNum();
		HttpResponse<String> answer = this.xb.post(this.xb.body(2, this.xb.pay(this.member, CASE, num, 100), "wrong-key"));

		assertThat(answer.statusCode()).isEqualTo(401);
		assertThat(answer.body()).contains("\"state\":false").contains("failMsg");
		assertThat(rejectedRowsContaining(num)).containsExactly("SIGNED_INVALID:signature invalid");
		assertThat(this.orders.findByChannelAndPartnerRef(Channel.XIEBAO, num)).isEmpty();
	}

	@Test
	void aNotificationForAnotherPartnerIsRefusedAndRecorded() {
		String num = XiebaoNotifications.newInsureNum();
		Map<String, Object> data = this.xb.pay(this.member, CASE, num, 100);
		data.put("partnerId", 99999);
		HttpResponse<String> answer = this.xb.post(2, data);

		assertThat(answer.statusCode()).isEqualTo(401);
		assertThat(answer.body()).contains("\"state\":false");
		assertThat(rejectedRowsContaining(num)).containsExactly("SIGNED_INVALID:wrong partnerId");
	}

	@Test
	void malformedJsonIsABadRequest() {
		HttpResponse<String> answer = this.xb.post("{\"notifyType\":1,\"sign\":\"abc\",\"data\":{\"insureNum\":");

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("\"state\":false");
	}

	@Test
	void aBodyOver64KbIsRefused() {
		String num = XiebaoNotifications.newInsureNum();
		Map<String, Object> data = this.xb.insure(this.member, CASE, num);
		data.put("otherInfo", Map.of("padding", "x".repeat(70_000)));
		HttpResponse<String> answer = this.xb.post(1, data);

		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.body()).contains("\"state\":false");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM inbound_callback WHERE raw_body LIKE :num")
			.param("num", "%" + num + "%").query(Long.class).single()).isZero();
	}

	@Test
	void anUnknownTypeIsAcknowledgedAndRecorded() {
		String num = XiebaoNotifications.newInsureNum();
		acknowledged(this.xb.post(99, this.xb.insure(this.member, CASE, num)));
		awaitProcessed(num, 1);

		assertThat(this.jdbc.sql("SELECT kind, status FROM inbound_callback WHERE partner_ref = :num")
			.param("num", num).query((rs, n) -> rs.getString(1) + ":" + rs.getString(2)).single())
			.isEqualTo("XB_UNKNOWN:PROCESSED");
		assertThat(this.orders.findByChannelAndPartnerRef(Channel.XIEBAO, num)).isEmpty();
	}

	@Test
	void aNotificationForNoMemberOfOursIsAcknowledgedAndFlaggedUnmatched() {
		String num = XiebaoNotifications.newInsureNum();
		acknowledged(this.xb.post(1, this.xb.insure("999999999", CASE, num)));
		awaitProcessed(num, 1);

		assertThat(this.jdbc.sql("SELECT status FROM inbound_callback WHERE partner_ref = :num")
			.param("num", num).query(String.class).single()).isEqualTo("UNMATCHED");
		assertThat(this.orders.findByChannelAndPartnerRef(Channel.XIEBAO, num)).isEmpty();
	}

	@Test
	void aNotificationForAnUnknownApplicationCreatesTheMembersOrder() {
		String num = XiebaoNotifications.newInsureNum();
		acknowledged(this.xb.post(2, this.xb.pay(this.member, "XB-SKI-03", num, 1500)));
		awaitProcessed(num, 1);

		Order order = order(num);
		assertThat(order.getMemberId()).isEqualTo(Long.parseLong(this.member));
		assertThat(order.getChannel()).isEqualTo(Channel.XIEBAO);
		assertThat(order.getProductCode()).isEqualTo("XB-SKI-03");
		assertThat(order.getProductName()).isEqualTo("携保滑雪运动险");
		assertThat(order.getStatus()).isEqualTo(OrderStatus.PAID);
		assertThat(order.getTotalAmount()).isEqualByComparingTo(new BigDecimal("15.00"));
		// its timeline: created by the notification, moved to paid by it, the callback itself
		assertThat(this.jdbc.sql("""
				SELECT CONCAT_WS('/', kind, source, from_status, to_status, IF(kind = 'CALLBACK_RECEIVED', detail, NULL))
				FROM order_event WHERE order_id = :id ORDER BY kind""")
			.param("id", order.getId()).query(String.class).list())
			.containsExactly("CALLBACK_RECEIVED/CALLBACK/XB_PAY", "LAUNCHED/CALLBACK/LAUNCHED",
					"STATE_CHANGED/CALLBACK/LAUNCHED/PAID");
	}

	private String issuedOrder() {
		String num = XiebaoNotifications.newInsureNum();
		acknowledged(this.xb.post(1, this.xb.insure(this.member, CASE, num)));
		acknowledged(this.xb.post(2, this.xb.pay(this.member, CASE, num, 2400)));
		acknowledged(this.xb.post(3, this.xb.issue(this.member, CASE, num, "P" + num, "张三,李四")));
		acknowledged(this.xb.post(9, this.xb.ePolicy(this.member, CASE, num)));
		awaitProcessed(num, 4);
		assertThat(order(num).getStatus()).isEqualTo(OrderStatus.ISSUED);
		return num;
	}

	private String snapshot(String num) {
		Order order = order(num);
		Facts facts = this.facts.find(order.getId()).orElseThrow();
		String persons = order.getInsured()
			.stream()
			.map(p -> p.name() + ":" + p.policyCode().replace("P" + num, "PN") + ":" + p.policyStatus())
			.collect(Collectors.joining(","));
		return order.getStatus() + "|" + order.getTotalAmount() + "|" + order.getHolderName() + "|"
				+ order.getCoverStart() + ".." + order.getCoverEnd() + "|" + persons + "|" + facts.payTime() + "|"
				+ facts.paymentChannel() + "|" + facts.ePolicyReady();
	}

	private com.baolink.partner.xiebao.XiebaoNotification verified(String body) {
		return ((XiebaoVerification.Verified) this.verifier.verify(body)).notification();
	}

	private List<String> rejectedRowsContaining(String num) {
		return this.jdbc.sql("""
				SELECT signature_verdict, last_error FROM inbound_callback
				WHERE source = 'XIEBAO' AND status = 'REJECTED' AND raw_body LIKE :num""")
			.param("num", "%" + num + "%")
			.query((rs, n) -> rs.getString(1) + ":" + rs.getString(2))
			.list();
	}

	private Order order(String num) {
		return this.orders.findByChannelAndPartnerRef(Channel.XIEBAO, num).orElseThrow();
	}

	private void awaitProcessed(String num, int rows) {
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
			List<String> statuses = this.jdbc.sql("SELECT status FROM inbound_callback WHERE partner_ref = :num")
				.param("num", num)
				.query(String.class)
				.list();
			assertThat(statuses).hasSize(rows).doesNotContain("RECEIVED").allMatch(s -> !s.equals("FAILED"));
		});
	}

	private static void acknowledged(HttpResponse<String> answer) {
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		assertThat(answer.body()).isEqualTo("{\"state\":true}");
	}

	private static List<List<Integer>> permutations(List<Integer> items) {
		if (items.isEmpty()) {
			return List.of(List.of());
		}
		List<List<Integer>> result = new ArrayList<>();
		for (Integer first : items) {
			List<Integer> rest = new ArrayList<>(items);
			rest.remove(first);
			for (List<Integer> tail : permutations(rest)) {
				List<Integer> permutation = new ArrayList<>();
				permutation.add(first);
				permutation.addAll(tail);
				result.add(permutation);
			}
		}
		return result;
	}

}

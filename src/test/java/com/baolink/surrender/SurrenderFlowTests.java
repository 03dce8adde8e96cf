package com.baolink.surrender;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.client.RestClient;

import com.baolink.infrastructure.web.PortalHttpClient;
import com.baolink.infrastructure.web.TestMembers;
import com.baolink.member.Members;
import com.baolink.order.InsuredPerson;
import com.baolink.order.InsuredPerson.PolicyStatus;
import com.baolink.order.Order;
import com.baolink.order.OrderFixtures;
import com.baolink.order.OrderLauncher;
import com.baolink.order.OrderLauncher.LaunchRequest;
import com.baolink.order.OrderLauncher.Outcome;
import com.baolink.order.OrderLauncher.Person;
import com.baolink.order.OrderStatus;
import com.baolink.order.OrderSync;
import com.baolink.order.Orders;
import com.baolink.order.PayType;
import com.baolink.order.SalesChannel.PullPriority;
import com.baolink.sandbox.aigoubao.SandboxPayForm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Surrender end to end over the sandbox: a real purchase (7.4, hosted page, payment), then the
 * member's surrender pages, the partner (7.9 / 7.10), its surrender callback into the inbox and
 * the pull that settles the order.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "baolink.engine.recurring=false", "baolink.sandbox.aigoubao.callback-delay=50ms" })
class SurrenderFlowTests {

	private static final Duration WAIT = Duration.ofSeconds(15);

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
	JdbcClient jdbc;

	PortalHttpClient member1;

	PortalHttpClient member2;

	long member1Id;

	long member2Id;

	@BeforeEach
	void logIn() {
		String login1 = TestMembers.create(this.members, this.encoder);
		String login2 = TestMembers.create(this.members, this.encoder);
		this.member1Id = this.members.findByLogin(login1).orElseThrow().id();
		this.member2Id = this.members.findByLogin(login2).orElseThrow().id();
		this.member1 = new PortalHttpClient(this.port);
		this.member1.loginOrFail(login1, TestMembers.PASSWORD);
		this.member2 = new PortalHttpClient(this.port);
		this.member2.loginOrFail(login2, TestMembers.PASSWORD);
	}

	@Test
	void onePolicyThenTheRestSettleThroughCallbackAndPull() {
		Order order = issuedOrder();
		long id = order.getId();
		String zhang = policyOf(order, "张三");
		String li = policyOf(order, "李四");

		String page = this.member1.get("/orders/" + id).body();
		assertThat(page).contains("id=\"surrender-section\"", "value=\"" + zhang + "\"", "value=\"" + li + "\"");

		HttpResponse<String> confirm = this.member1.get(confirmPath(id, "POLICIES", li));
		assertThat(confirm.statusCode()).isEqualTo(200);
		assertThat(confirm.body()).contains("id=\"surrender-confirm-table\"", order.getProductName(), "李四", li)
			.doesNotContain(zhang);

		HttpResponse<String> first = post(this.member1, id, PortalHttpClient.csrfToken(confirm.body()), "POLICIES", li);
		assertThat(first.statusCode()).as(first.body()).isEqualTo(302);
		assertThat(first.headers().firstValue("Location").orElseThrow()).endsWith("/orders/" + id);
		assertThat(this.member1.get("/orders/" + id).body()).contains("id=\"surrender-notice\"");

		await().atMost(WAIT).untilAsserted(() -> {
			Order now = this.orders.findById(id).orElseThrow();
			assertThat(now.getStatus()).isEqualTo(OrderStatus.PARTIALLY_SURRENDERED);
			assertThat(statusOf(now, li)).isEqualTo(PolicyStatus.SURRENDERED);
			assertThat(statusOf(now, zhang)).isEqualTo(PolicyStatus.ISSUED);
		});
		await().atMost(WAIT).untilAsserted(() -> assertThat(this.jdbc.sql("""
				SELECT status FROM inbound_callback WHERE partner_ref = :ref AND kind = 'SURRENDER'""")
			.param("ref", order.getPartnerRef())
			.query(String.class)
			.list()).contains("PROCESSED"));
		assertThat(requests(id)).containsExactly("POLICIES|" + li + "|" + this.member1Id + "|ACCEPTED");

		page = this.member1.get("/orders/" + id).body();
		assertThat(page).contains("value=\"" + zhang + "\"").doesNotContain("value=\"" + li + "\"");
		HttpResponse<String> wholeConfirm = this.member1.get(confirmPath(id, "ORDER"));
		assertThat(wholeConfirm.body()).contains(order.getPartnerOrderCode(), zhang).doesNotContain(li);
		HttpResponse<String> rest = post(this.member1, id, PortalHttpClient.csrfToken(wholeConfirm.body()), "ORDER");
		assertThat(rest.statusCode()).isEqualTo(302);

		await().atMost(WAIT).untilAsserted(() -> {
			Order now = this.orders.findById(id).orElseThrow();
			assertThat(now.getStatus()).isEqualTo(OrderStatus.SURRENDERED);
			assertThat(now.getInsured()).extracting(InsuredPerson::policyStatus).containsOnly(PolicyStatus.SURRENDERED);
		});
		assertThat(this.member1.get("/orders/" + id).body()).doesNotContain("id=\"surrender-section\"");
	}

	@Test
	void hostileChoicesOtherMembersAndMissingCsrfChangeNothing() {
		Order order = issuedOrder();
		long id = order.getId();
		String li = policyOf(order, "李四");
		Order foreign = OrderFixtures.issued(this.orders, this.member2Id, "200437", Instant.now(),
				OrderFixtures.unique("-h"), "王五");
		String foreignCode = foreign.getInsured().get(0).policyCode();

		assertThat(this.member1.get(confirmPath(id, "POLICIES", foreignCode)).statusCode()).isEqualTo(400);
		assertThat(this.member1.get(confirmPath(id, "POLICIES", li, li)).body()).contains("id=\"surrender-error\"");
		assertThat(this.member1.get(confirmPath(id, "POLICIES")).body()).contains("请至少选择一份要退保的保单");
		assertThat(this.member1.get(confirmPath(id, "EVERYTHING", li)).statusCode()).isEqualTo(400);
		String token = PortalHttpClient.csrfToken(this.member1.get(confirmPath(id, "POLICIES", li)).body());
		HttpResponse<String> foreignPost = post(this.member1, id, token, "POLICIES", li, foreignCode);
		assertThat(foreignPost.statusCode()).isEqualTo(400);
		assertThat(foreignPost.body()).contains("所选保单不属于本订单或已不在保障中");
		assertThat(post(this.member1, id, token, "POLICIES", li, li).statusCode()).isEqualTo(400);

		assertThat(post(this.member1, id, null, "POLICIES", li).statusCode()).isEqualTo(403);

		String otherToken = PortalHttpClient.csrfToken(this.member2.get("/orders/" + foreign.getId()).body());
		assertThat(this.member2.get("/orders/" + id + "/surrender").statusCode()).isEqualTo(404);
		assertThat(this.member2.get(confirmPath(id, "POLICIES", li)).statusCode()).isEqualTo(404);
		assertThat(post(this.member2, id, otherToken, "POLICIES", li).statusCode()).isEqualTo(404);

		Order after = this.orders.findById(id).orElseThrow();
		assertThat(after.getStatus()).isEqualTo(OrderStatus.ISSUED);
		assertThat(after.getInsured()).extracting(InsuredPerson::policyStatus).containsOnly(PolicyStatus.ISSUED);
		assertThat(requests(id)).isEmpty();
	}

	@Test
	void surrenderBeforeIssueIsExplainedAndChangesNothing() {
		Outcome launched = launch();
		Order order = this.orders.findById(launched.orderId()).orElseThrow();
		assertThat(order.getStatus()).isEqualTo(OrderStatus.LAUNCHED);
		assertThat(this.member1.get("/orders/" + order.getId()).body()).doesNotContain("id=\"surrender-section\"");

		HttpResponse<String> choose = this.member1.get("/orders/" + order.getId() + "/surrender");
		order = this.orders.findById(order.getId()).orElseThrow(); // the order page pulled it (pending)
		HttpResponse<String> answer = post(this.member1, order.getId(), PortalHttpClient.csrfToken(choose.body()),
				"ORDER");

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("该订单当前状态不允许退保（例如尚未承保、已过起保日或已退保）");
		Order after = this.orders.findById(order.getId()).orElseThrow();
		assertThat(after.getStatus()).isEqualTo(OrderStatus.LAUNCHED);
		assertThat(after.getUpdatedAt()).isEqualTo(order.getUpdatedAt());
		assertThat(requests(order.getId())).isEmpty();
	}

	@Test
	void openInAigoubaoRegistersTheMemberAndRedirectsToTheirPartnerOrderList() {
		assertThat(this.members.findById(this.member1Id).orElseThrow().aigoubaoMemberId()).isNull();

		HttpResponse<String> answer = this.member1.get("/orders/aigoubao-list");

		assertThat(answer.statusCode()).isEqualTo(302);
		String location = answer.headers().firstValue("Location").orElseThrow();
		String partnerMemberId = this.members.findById(this.member1Id).orElseThrow().aigoubaoMemberId();
		assertThat(partnerMemberId).isNotBlank();
		assertThat(location).startsWith("http://localhost:" + this.port + "/sandbox/aigoubao/")
			.contains("memberId=" + partnerMemberId);
		assertThat(RestClient.create().get().uri(location).retrieve().toBodilessEntity().getStatusCode().value())
			.isEqualTo(200);
	}

	private Order issuedOrder() {
		Outcome launched = launch();
		assertThat(launched.kind()).as(String.valueOf(launched)).isEqualTo(Outcome.Kind.REDIRECT);
		// the JDK client, redirects not followed (Apache HttpClient, on the class path too, would follow them)
		int payStatus = RestClient.builder()
			.requestFactory(new org.springframework.http.client.JdkClientHttpRequestFactory(java.net.http.HttpClient.newHttpClient()))
			.build()
			.post()
			.uri(launched.redirectUrl())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(SandboxPayForm.twoInsuredMultiValue(LocalDate.now().plusDays(3), "success"))
			.exchange((request, response) -> response.getStatusCode().value());
		assertThat(payStatus).isEqualTo(302);
		await().atMost(WAIT).untilAsserted(() -> {
			Order order = this.orders.findById(launched.orderId()).orElseThrow();
			assertThat(this.sync.refresh(order, PullPriority.BACKGROUND).getStatus()).isEqualTo(OrderStatus.ISSUED);
		});
		Order issued = this.orders.findById(launched.orderId()).orElseThrow();
		assertThat(issued.getInsured()).hasSize(2).allMatch(InsuredPerson::inForce);
		return issued;
	}

	private Outcome launch() {
		LocalDate start = LocalDate.now().plusDays(3);
		Person zhang = new Person("张三", "1", SandboxPayForm.ZHANG_SAN_ID, LocalDate.of(1949, 12, 31), "F", "13800138000", "1");
		Person li = new Person("李四", "1", SandboxPayForm.LI_SI_ID, LocalDate.of(1990, 3, 7), "M", null, "5");
		return this.launcher.launch(new LaunchRequest(this.member1Id, OrderFixtures.unique("surrender-"), "200437",
				"天安“旅途无忧”国内旅游意外险", "30543", "计划一", PayType.CASH, start, start.plusDays(1), zhang,
				List.of(zhang, li)));
	}

	private static String confirmPath(long id, String scope, String... codes) {
		StringBuilder path = new StringBuilder("/orders/" + id + "/surrender/confirm?scope=" + scope);
		for (String code : codes) {
			path.append("&policy=").append(code);
		}
		return path.toString();
	}

	/** Posts the surrender form; {@code token} null leaves CSRF out. Repeated codes are sent as repeated parameters. */
	private static HttpResponse<String> post(PortalHttpClient client, long id, String token, String scope,
			String... codes) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("scope", scope);
		if (token != null) {
			form.put("_csrf", token);
		}
		String path = "/orders/" + id + "/surrender";
		if (codes.length > 0) {
			// a Map cannot repeat a key: the policy codes travel in the query string of the POST
			StringBuilder query = new StringBuilder();
			for (String code : codes) {
				query.append(query.isEmpty() ? "?" : "&").append("policy=").append(code);
			}
			path += query;
		}
		return client.postForm(path, form);
	}

	private static String policyOf(Order order, String name) {
		return order.getInsured().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().policyCode();
	}

	private static PolicyStatus statusOf(Order order, String policyCode) {
		return order.getInsured()
			.stream()
			.filter(p -> policyCode.equals(p.policyCode()))
			.findFirst()
			.orElseThrow()
			.policyStatus();
	}

	private List<String> requests(long orderId) {
		return this.jdbc.sql("""
				SELECT CONCAT(scope, '|', policy_codes, '|', requested_by, '|', outcome) FROM surrender_request
				WHERE order_id = :id ORDER BY id""")
			.param("id", orderId)
			.query(String.class)
			.list();
	}

}

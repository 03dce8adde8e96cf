package com.baolink.billing;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import com.baolink.infrastructure.web.PortalHttpClient;
import com.baolink.member.Member;
import com.baolink.member.Members;
import com.baolink.order.Order;
import com.baolink.order.OrderLauncher;
import com.baolink.order.OrderStatus;
import com.baolink.order.OrderSync;
import com.baolink.order.Orders;
import com.baolink.order.PayType;
import com.baolink.order.SalesChannel.PullPriority;
import com.baolink.partner.aigoubao.AigoubaoApi;
import com.baolink.sync.Outbox;
import com.baolink.sync.OutboxKind;
import com.baolink.sync.OutboxStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/** Flow 9 end to end over the sandbox: the member buys on credit, staff decide, 7.7 is sent, the order follows. */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "baolink.engine.recurring=false", "baolink.sandbox.aigoubao.callback-delay=50ms" })
class CreditApprovalTests {

	private static final Duration WAIT = Duration.ofSeconds(15);

	@LocalServerPort
	int port;

	@MockitoSpyBean
	AigoubaoApi api;

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
	JdbcClient jdbc;

	@Autowired
	CreditLimits limits;

	Member member;

	SandboxOrders sandbox;

	@BeforeEach
	void setUp() {
		this.member = SandboxOrders.newMember(this.members, this.encoder);
		this.limits.setLimit(this.member.id(), new java.math.BigDecimal("1000.00"));
		this.sandbox = new SandboxOrders(this.launcher, this.sync, this.orders, this.port);
	}

	private Order awaitingApproval() {
		Order order = this.sandbox.buy(this.member.id(), PayType.CREDIT, "success");
		assertThat(order.getStatus()).isEqualTo(OrderStatus.AWAITING_CREDIT_APPROVAL);
		return order;
	}

	private PortalHttpClient staff() {
		PortalHttpClient browser = new PortalHttpClient(this.port);
		browser.loginOrFail("admin", "Harbor-Quill-Lantern-73");
		return browser;
	}

	private static HttpResponse<String> post(PortalHttpClient browser, String path, Map<String, String> form) {
		String token = PortalHttpClient.csrfToken(browser.get("/admin/credit").body());
		java.util.Map<String, String> body = new java.util.LinkedHashMap<>(form);
		body.put("_csrf", token);
		return browser.postForm(path, body);
	}

	private OrderStatus statusOf(Order order) {
		return this.orders.findById(order.getId()).orElseThrow().getStatus();
	}

	private int decisions(Order order) {
		return this.jdbc.sql("SELECT COUNT(*) FROM credit_decision WHERE order_id = ?")
			.param(order.getId())
			.query(Integer.class)
			.single();
	}

	@Test
	void approvalSends77OnceAndTheOrderIsIssued() {
		Order order = awaitingApproval();
		PortalHttpClient staff = staff();
		String queue = staff.get("/admin/credit").body();
		assertThat(queue).contains("data-order-id=\"" + order.getId() + "\"")
			.contains(this.member.login())
			.contains("¥14.00")
			.contains("张三、李四")
			.contains("id=\"approve-" + order.getId() + "\"");

		HttpResponse<String> approved = post(staff, "/admin/credit/" + order.getId() + "/approve", Map.of());
		assertThat(approved.statusCode()).isEqualTo(302);
		assertThat(approved.headers().firstValue("Location").orElseThrow()).endsWith("/admin/credit");

		await().atMost(WAIT).until(() -> statusOf(order) == OrderStatus.ISSUED);
		Order issued = this.orders.findById(order.getId()).orElseThrow();
		assertThat(issued.getInsured()).hasSize(2).allSatisfy(person -> assertThat(person.hasPolicy()).isTrue());
		var row = this.outbox.latest(order.getId(), OutboxKind.AIGOUBAO_PAYMENT_RESULT).orElseThrow();
		assertThat(row.status()).isEqualTo(OutboxStatus.SENT);
		assertThat(row.createdBy()).isEqualTo("admin");
		verify(this.api, times(1)).outNotify(argThat(n -> order.getPartnerRef().equals(n.tempOrderCode())
				&& n.txnStatus() == 2 && this.member.id() != null && n.memberId() != null), any());

		String after = staff.get("/admin/credit").body();
		assertThat(after).doesNotContain("id=\"approve-" + order.getId() + "\"")
			.contains("已批准")
			.contains("已送达")
			.contains("订单 " + order.getId() + " 已批准");

		HttpResponse<String> again = post(staff, "/admin/credit/" + order.getId() + "/approve", Map.of());
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(staff.get("/admin/credit").body()).contains("id=\"credit-error\"").contains("已经审批过");
		assertThat(decisions(order)).isEqualTo(1);
		verify(this.api, times(1)).outNotify(argThat(n -> order.getPartnerRef().equals(n.tempOrderCode())), any());
	}

	@Test
	void rejectionNeedsAReasonThenTheOrderFailsPayment() {
		Order order = awaitingApproval();
		PortalHttpClient staff = staff();
		post(staff, "/admin/credit/" + order.getId() + "/reject", Map.of("reason", "  "));
		assertThat(staff.get("/admin/credit?lang=en").body()).contains("Please give a reason");
		assertThat(decisions(order)).isZero();

		post(staff, "/admin/credit/" + order.getId() + "/reject", Map.of("reason", "额度不足"));
		await().atMost(WAIT).until(() -> statusOf(order) == OrderStatus.PAYMENT_FAILED);
		verify(this.api, times(1)).outNotify(argThat(n -> order.getPartnerRef().equals(n.tempOrderCode())
				&& n.txnStatus() == -1), any());
		assertThat(staff.get("/admin/credit?lang=zh-CN").body()).contains("额度不足").contains("已拒绝");
		// The engine pulls the order after the 7.7 as well; a pull racing it is simply made again.
		await().atMost(WAIT).ignoreExceptions().until(() -> this.sync
			.refresh(this.orders.findById(order.getId()).orElseThrow(), PullPriority.USER)
			.getStatus() == OrderStatus.PAYMENT_FAILED);
		assertThat(statusOf(order)).as("the partner agrees: 支付失败").isEqualTo(OrderStatus.PAYMENT_FAILED);
	}

	@Test
	void membersCannotReachTheQueueNorDecide() {
		Order order = awaitingApproval();
		PortalHttpClient memberBrowser = new PortalHttpClient(this.port);
		memberBrowser.loginOrFail(this.member.login(), SandboxOrders.PASSWORD);
		assertThat(memberBrowser.get("/admin/credit").statusCode()).isEqualTo(403);
		String page = memberBrowser.get("/orders/" + order.getId()).body();
		assertThat(page).contains("待审批（授信支付）");
		String token = PortalHttpClient.csrfToken(page);
		var answer = memberBrowser.postForm("/admin/credit/" + order.getId() + "/approve", Map.of("_csrf", token));
		assertThat(answer.statusCode()).isEqualTo(403);
		assertThat(decisions(order)).isZero();
		assertThat(this.outbox.latest(order.getId(), OutboxKind.AIGOUBAO_PAYMENT_RESULT)).isEmpty();
	}

	@Test
	void aCashOrderCannotBeDecided() {
		Order cash = this.sandbox.buy(this.member.id(), PayType.CASH, "success");
		PortalHttpClient staff = staff();
		post(staff, "/admin/credit/" + cash.getId() + "/approve", Map.of());
		assertThat(staff.get("/admin/credit").body()).contains("不是授信支付订单");
		assertThat(decisions(cash)).isZero();
	}

}

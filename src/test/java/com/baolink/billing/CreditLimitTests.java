package com.baolink.billing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.baolink.audit.AuditAction;
import com.baolink.audit.AuditRows;
import com.baolink.infrastructure.web.TestMembers;
import com.baolink.member.Members;
import com.baolink.catalog.Channel;
import com.baolink.order.InsuredPerson;
import com.baolink.order.Order;
import com.baolink.order.OrderFixtures;
import com.baolink.order.OrderEventSource;
import com.baolink.order.OrderStatus;
import com.baolink.order.Orders;
import com.baolink.order.PayType;
import com.baolink.partner.aigoubao.AigoubaoApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Credit limits: approvals within, beyond (refused, or with an override), no limit set, concurrency, the screens. */
@Tag("integration")
@SpringBootTest(properties = "baolink.engine.recurring=false")
@AutoConfigureMockMvc
class CreditLimitTests {

	@MockitoBean
	AigoubaoApi api;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	CreditApprovals approvals;

	@Autowired
	CreditLimits limits;

	@Autowired
	Orders orders;

	@Autowired
	Members members;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcClient jdbc;

	long memberId;

	@BeforeEach
	void member() {
		String login = TestMembers.create(this.members, this.encoder, true);
		this.memberId = OrderFixtures.registeredMember(this.members, login);
	}

	@Test
	void approvalsWithinTheLimitPassAndKeepWhatTheApproverSaw() {
		this.limits.setLimit(this.memberId, new BigDecimal("100.00"));
		Order first = awaiting("30.00");
		Order second = awaiting("70.00");
		this.approvals.decide(first.getId(), CreditDecision.APPROVED, null, "admin");
		assertThat(this.limits.standing(this.memberId).used()).isEqualByComparingTo("30.00");

		this.approvals.decide(second.getId(), CreditDecision.APPROVED, null, "admin");

		assertThat(decision(second)).containsEntry("decision", "APPROVED")
			.containsEntry("credit_limit", new BigDecimal("100.00"))
			.containsEntry("credit_used", new BigDecimal("30.00"))
			.containsEntry("over_limit", false);
		assertThat(decision(second).get("override_reason")).isNull();
		assertThat(this.limits.standing(this.memberId).remaining()).as("exactly used up").isEqualByComparingTo("0.00");
		assertThat(AuditRows.required(this.jdbc, AuditAction.CREDIT_APPROVED, second.getId()).after())
			.isEqualTo("{\"decision\":\"APPROVED\",\"amount\":\"70.00\",\"creditLimit\":\"100.00\",\"creditUsed\":\"30.00\"}");
	}

	@Test
	void anApprovalBeyondTheLimitWithoutAnOverrideIsRefusedAndNothingIsRecorded() {
		this.limits.setLimit(this.memberId, new BigDecimal("100.00"));
		Order order = awaiting("100.01");
		assertThatThrownBy(() -> this.approvals.decide(order.getId(), CreditDecision.APPROVED, null, "admin"))
			.isInstanceOfSatisfying(CreditDecisionRefused.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("billing.credit.error.overLimit"));
		assertThat(decisionCount(order)).isZero();
		assertThat(outboxCount(order)).isZero();
		assertThat(AuditRows.count(this.jdbc, AuditAction.CREDIT_APPROVED, order.getId())).isZero();
	}

	@Test
	void anApprovalBeyondTheLimitWithAnOverrideIsStoredAndReported() {
		this.limits.setLimit(this.memberId, new BigDecimal("100.00"));
		Order order = awaiting("150.00");
		this.approvals.decide(order.getId(), CreditDecision.APPROVED, null, "  大客户临时提额 ", "admin");

		assertThat(decision(order)).containsEntry("over_limit", true)
			.containsEntry("override_reason", "大客户临时提额")
			.containsEntry("credit_limit", new BigDecimal("100.00"))
			.containsEntry("credit_used", new BigDecimal("0.00"));
		assertThat(outboxCount(order)).isEqualTo(1);
		assertThat(AuditRows.required(this.jdbc, AuditAction.CREDIT_APPROVED, order.getId()).after())
			.isEqualTo("{\"decision\":\"APPROVED\",\"amount\":\"150.00\",\"creditLimit\":\"100.00\","
					+ "\"creditUsed\":\"0.00\",\"overrideReason\":\"大客户临时提额\"}");
		assertThat(this.limits.standing(this.memberId).remaining()).isEqualByComparingTo("-50.00");
	}

	@Test
	void anOverrideWithinTheLimitIsNotRecordedAsOne() {
		this.limits.setLimit(this.memberId, new BigDecimal("100.00"));
		Order order = awaiting("10.00");
		this.approvals.decide(order.getId(), CreditDecision.APPROVED, null, "不需要", "admin");
		assertThat(decision(order)).containsEntry("over_limit", false);
		assertThat(decision(order).get("override_reason")).isNull();
	}

	@Test
	void noLimitSetCountsAsZero() {
		Order order = awaiting("0.01");
		assertThat(this.limits.standing(this.memberId).limitSet()).isFalse();
		assertThatThrownBy(() -> this.approvals.decide(order.getId(), CreditDecision.APPROVED, null, "admin"))
			.isInstanceOf(CreditDecisionRefused.class);
		this.approvals.decide(order.getId(), CreditDecision.APPROVED, null, "首单", "admin");
		assertThat(decision(order)).containsEntry("over_limit", true);
		assertThat(decision(order).get("credit_limit")).isNull();
	}

	@Test
	void aRejectionNeedsNoRoomAndUsesNone() {
		Order order = awaiting("500.00");
		this.approvals.decide(order.getId(), CreditDecision.REJECTED, "额度不足", "admin");
		assertThat(decision(order)).containsEntry("decision", "REJECTED").containsEntry("over_limit", false);
		assertThat(this.limits.standing(this.memberId).used()).isEqualByComparingTo("0.00");
	}

	@Test
	void usedCountsApprovedOrdersUntilTheMoneyIsBack() {
		this.limits.setLimit(this.memberId, new BigDecimal("1000.00"));
		List<Order> approved = new ArrayList<>();
		for (String amount : List.of("10.00", "20.00", "40.00", "80.00")) {
			Order order = awaiting(amount);
			this.approvals.decide(order.getId(), CreditDecision.APPROVED, null, "admin");
			approved.add(order);
		}
		awaiting("160.00"); // waiting, not approved: not used
		assertThat(this.limits.standing(this.memberId).used()).isEqualByComparingTo("150.00");

		setStatus(approved.get(0), OrderStatus.ISSUED);
		setStatus(approved.get(1), OrderStatus.SURRENDERED);
		setStatus(approved.get(2), OrderStatus.PAYMENT_FAILED);
		setStatus(approved.get(3), OrderStatus.PARTIALLY_SURRENDERED);
		assertThat(this.limits.standing(this.memberId).used()).as("issued and partially surrendered still count")
			.isEqualByComparingTo("90.00");
	}

	@Test
	void twoApprovalsAtOnceCannotBothPassTheLimit() throws Exception {
		for (int round = 0; round < 3; round++) {
			String login = TestMembers.create(this.members, this.encoder, true);
			long member = OrderFixtures.registeredMember(this.members, login);
			this.limits.setLimit(member, new BigDecimal("100.00"));
			Order a = awaiting(member, "60.00");
			Order b = awaiting(member, "60.00");
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			try {
				List<CompletableFuture<Boolean>> results = new ArrayList<>();
				for (Order order : List.of(a, b)) {
					results.add(CompletableFuture.supplyAsync(() -> {
						try {
							start.await(10, TimeUnit.SECONDS);
							this.approvals.decide(order.getId(), CreditDecision.APPROVED, null, "admin");
							return true;
						}
						catch (CreditDecisionRefused ex) {
							assertThat(ex.messageKey()).isEqualTo("billing.credit.error.overLimit");
							return false;
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
							throw new IllegalStateException(ex);
						}
					}, pool));
				}
				start.countDown();
				long passed = results.stream().map(CompletableFuture::join).filter(Boolean::booleanValue).count();
				assertThat(passed).as("round " + round).isEqualTo(1);
				assertThat(this.limits.standing(member).used()).isEqualByComparingTo("60.00");
			}
			finally {
				pool.shutdownNow();
			}
		}
	}

	@Test
	void processApproveHasErrorsWhenTheOverrideHasNoReason() throws Exception {
		this.limits.setLimit(this.memberId, new BigDecimal("100.00"));
		Order order = awaiting("150.00");
		this.mvc.perform(post("/admin/credit/" + order.getId() + "/approve").param("override", "true")
			.param("overrideReason", " ")
			.with(csrf())
			.with(staff()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("errorKey", "billing.credit.error.overrideReasonRequired"));
		this.mvc.perform(post("/admin/credit/" + order.getId() + "/approve").with(csrf()).with(staff()))
			.andExpect(flash().attribute("errorKey", "billing.credit.error.overLimit"));
		assertThat(decisionCount(order)).isZero();

		this.mvc.perform(post("/admin/credit/" + order.getId() + "/approve").param("override", "true")
			.param("overrideReason", "年底冲量")
			.with(csrf())
			.with(staff()))
			.andExpect(flash().attribute("noticeKey", "billing.credit.done.APPROVED"));
		assertThat(decision(order)).containsEntry("override_reason", "年底冲量");
		assertThat(page("/admin/credit")).contains("超额批准", "（年底冲量）");
	}

	@Test
	void theQueueShowsLimitUsedAndWhatRemainsAfterApproval() throws Exception {
		this.limits.setLimit(this.memberId, new BigDecimal("100.00"));
		Order used = awaiting("30.00");
		this.approvals.decide(used.getId(), CreditDecision.APPROVED, null, "admin");
		Order within = awaiting("50.00");
		Order beyond = awaiting("80.00");

		String queue = page("/admin/credit");
		String withinRow = row(queue, within);
		assertThat(withinRow).contains("¥100.00", "¥30.00", "¥20.00").doesNotContain("credit-over-limit", "override-");
		String beyondRow = row(queue, beyond);
		assertThat(beyondRow).contains("¥-10.00", "credit-over-limit", "name=\"override\"", "name=\"overrideReason\"");
	}

	@Test
	void staffSetAndClearALimitOnTheMemberPage() throws Exception {
		String path = "/admin/members/" + this.memberId + "/credit-limit";
		for (Map.Entry<String, String> wrong : Map.of("abc", "billing.creditLimit.error.number", "-1",
				"billing.creditLimit.error.negative", "10.005", "billing.creditLimit.error.scale", "10000000000",
				"billing.creditLimit.error.tooLarge").entrySet()) {
			this.mvc.perform(post(path).param("creditLimit", wrong.getKey()).with(csrf()).with(staff()))
				.andExpect(flash().attribute("creditLimitError", wrong.getValue()))
				.andExpect(flash().attribute("creditLimitValue", wrong.getKey()));
		}
		assertThat(this.limits.standing(this.memberId).limitSet()).isFalse();

		this.mvc.perform(post(path).param("creditLimit", " 50000 ").with(csrf()).with(staff()))
			.andExpect(flash().attribute("creditLimitSaved", true));
		assertThat(this.limits.standing(this.memberId).limit()).isEqualByComparingTo("50000.00");
		assertThat(page("/admin/members/" + this.memberId)).contains("id=\"credit-limit-current\"", "¥50000.00");
		AuditRows.Row changed = AuditRows.required(this.jdbc, AuditAction.CREDIT_LIMIT_CHANGED, this.memberId);
		assertThat(changed.before()).isEqualTo("{\"creditLimit\":null}");
		assertThat(changed.after()).isEqualTo("{\"creditLimit\":\"50000.00\"}");

		this.mvc.perform(post(path).param("creditLimit", "").with(csrf()).with(staff()))
			.andExpect(flash().attribute("creditLimitSaved", true));
		assertThat(this.limits.standing(this.memberId).limitSet()).isFalse();
		this.mvc.perform(post("/admin/members/999999999/credit-limit").param("creditLimit", "1").with(csrf()).with(staff()))
			.andExpect(status().isNotFound());
	}

	private Order awaiting(String amount) {
		return awaiting(this.memberId, amount);
	}

	private Order awaiting(long member, String amount) {
		Instant now = Instant.now();
		Order order = Order.launch(member, Channel.AIGOUBAO, PayType.CREDIT, OrderFixtures.unique("BL"),
				OrderFixtures.unique("tok-"), "200437", "国内旅游意外险", "P1", "计划一", LocalDate.of(2026, 12, 1),
				LocalDate.of(2026, 12, 3), "张三",
				List.of(InsuredPerson.prefilled("张三", "1", "110105********002X", null, null, "5")), now);
		order.preOrderCreated(OrderFixtures.unique("TE"), "https://pay.example.com/cashier/1", now, null);
		order.partnerFacts(OrderFixtures.unique("I"), "待审批", "天安财险", new BigDecimal(amount), BigDecimal.ZERO, now);
		order.advanceTo(OrderStatus.AWAITING_CREDIT_APPROVAL, OrderEventSource.PULL, now);
		return this.orders.save(order);
	}

	private void setStatus(Order order, OrderStatus status) {
		this.jdbc.sql("UPDATE purchase_order SET status = ? WHERE id = ?").params(status.name(), order.getId()).update();
	}

	private Map<String, Object> decision(Order order) {
		return this.jdbc.sql("""
				SELECT decision, credit_limit, credit_used, over_limit, override_reason FROM credit_decision
				WHERE order_id = ?""")
			.param(order.getId())
			.query((rs, n) -> {
				Map<String, Object> row = new java.util.HashMap<>();
				row.put("decision", rs.getString("decision"));
				row.put("credit_limit", rs.getBigDecimal("credit_limit"));
				row.put("credit_used", rs.getBigDecimal("credit_used"));
				row.put("over_limit", rs.getBoolean("over_limit"));
				row.put("override_reason", rs.getString("override_reason"));
				return row;
			})
			.single();
	}

	private int decisionCount(Order order) {
		return this.jdbc.sql("SELECT COUNT(*) FROM credit_decision WHERE order_id = ?").param(order.getId())
			.query(Integer.class)
			.single();
	}

	private int outboxCount(Order order) {
		return this.jdbc.sql("SELECT COUNT(*) FROM partner_outbox WHERE order_id = ?").param(order.getId())
			.query(Integer.class)
			.single();
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path).with(staff()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String row(String queue, Order order) {
		int start = queue.indexOf("data-order-id=\"" + order.getId() + "\"");
		assertThat(start).isPositive();
		return queue.substring(start, queue.indexOf("</tr>", start));
	}

	private RequestPostProcessor staff() {
		return user(this.users.loadUserByUsername("admin"));
	}

}

package com.baolink.surrender;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.baolink.catalog.Channel;
import com.baolink.order.InsuredPerson;
import com.baolink.order.InsuredPerson.PolicyStatus;
import com.baolink.order.Order;
import com.baolink.order.OrderEventSource;
import com.baolink.order.OrderStatus;
import com.baolink.order.PayType;

import static org.assertj.core.api.Assertions.assertThat;

class SurrenderPlannerTests {

	private final Order order = order(OrderStatus.ISSUED, policy("张三", "P1", PolicyStatus.ISSUED),
			policy("李四", "P2", PolicyStatus.ISSUED), policy("王五", "P3", PolicyStatus.SURRENDERED));

	@Test
	void wholeOrderTakesEveryPolicyInForce() {
		SurrenderPlanner.Checked checked = SurrenderPlanner.check(this.order, form("ORDER"));
		assertThat(checked.ok()).isTrue();
		assertThat(checked.plan().scope()).isEqualTo(SurrenderScope.ORDER);
		assertThat(checked.plan().policyCodes()).containsExactly("P1", "P2");
	}

	@Test
	void chosenPoliciesMustBeInForceOnThisOrderAndNamedOnce() {
		assertThat(SurrenderPlanner.check(this.order, form("POLICIES", "P2")).plan().policyCodes()).containsExactly("P2");
		assertThat(SurrenderPlanner.check(this.order, form("POLICIES")).errorKey())
			.isEqualTo(SurrenderPlanner.NONE_SELECTED);
		assertThat(SurrenderPlanner.check(this.order, form("POLICIES", "")).errorKey())
			.isEqualTo(SurrenderPlanner.NONE_SELECTED);
		assertThat(SurrenderPlanner.check(this.order, form("POLICIES", "P3")).errorKey())
			.as("already surrendered").isEqualTo(SurrenderPlanner.INVALID_POLICY);
		assertThat(SurrenderPlanner.check(this.order, form("POLICIES", "P1", "X9")).errorKey())
			.as("someone else's").isEqualTo(SurrenderPlanner.INVALID_POLICY);
		assertThat(SurrenderPlanner.check(this.order, form("POLICIES", "P1", "P1")).errorKey())
			.as("duplicate").isEqualTo(SurrenderPlanner.INVALID_POLICY);
		String[] many = IntStream.range(0, 500).mapToObj(i -> "P1").toArray(String[]::new);
		assertThat(SurrenderPlanner.check(this.order, form("POLICIES", many)).errorKey())
			.isEqualTo(SurrenderPlanner.INVALID_POLICY);
		assertThat(SurrenderPlanner.check(this.order, form(null, "P1")).errorKey())
			.isEqualTo(SurrenderPlanner.SCOPE_MISSING);
	}

	@Test
	void onlyIssuedOrPartlySurrenderedOrdersMaySurrender() {
		assertThat(SurrenderPlanner.check(order(OrderStatus.PAID, policy("张三", "P1", PolicyStatus.ISSUED)),
				form("ORDER")).errorKey()).isEqualTo(SurrenderPlanner.NOT_ALLOWED);
		assertThat(SurrenderPlanner.check(order(OrderStatus.PARTIALLY_SURRENDERED,
				policy("张三", "P1", PolicyStatus.ISSUED), policy("李四", "P2", PolicyStatus.SURRENDERED)),
				form("POLICIES", "P1")).ok()).isTrue();
		assertThat(SurrenderPlanner.check(order(OrderStatus.PARTIALLY_SURRENDERED,
				policy("张三", "P1", PolicyStatus.SURRENDER_PENDING)), form("ORDER")).errorKey())
			.isEqualTo(SurrenderPlanner.NOT_ALLOWED);
	}

	@Test
	void acceptedSurrenderMarksOnlyTheChosenPoliciesAndTheOrderPending() {
		Instant now = Instant.parse("2026-12-01T02:00:00Z");
		this.order.surrenderRequested(List.of("P2", "P3"), now);
		assertThat(this.order.getStatus()).isEqualTo(OrderStatus.SURRENDER_PENDING);
		assertThat(this.order.getInsured()).extracting(InsuredPerson::policyStatus)
			.containsExactly(PolicyStatus.ISSUED, PolicyStatus.SURRENDER_PENDING, PolicyStatus.SURRENDERED);
		assertThat(this.order.getNextSyncAt()).isEqualTo(now);
	}

	private static SurrenderFormData form(String scope, String... codes) {
		SurrenderFormData form = new SurrenderFormData();
		form.setScope(scope);
		form.setPolicy(new ArrayList<>(List.of(codes)));
		return form;
	}

	private static InsuredPerson policy(String name, String code, PolicyStatus status) {
		return new InsuredPerson(name, "1", "110105********002X", null, "M", "5", new BigDecimal("6.25"), code, status,
				null, null, null, null);
	}

	private static Order order(OrderStatus status, InsuredPerson... persons) {
		Instant created = Instant.parse("2026-11-23T02:00:00Z");
		Order order = Order.launch(1L, Channel.AIGOUBAO, PayType.CASH, "BL1", "tok", "200437", "旅游险", "30543", "计划一",
				LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3), "张三", List.of(persons), created);
		order.preOrderCreated("TE1", "https://pay.example.com/1", created, null);
		order.partnerFacts("I1", null, null, null, null, created);
		order.advanceTo(status, OrderEventSource.PULL, created);
		return order;
	}

}

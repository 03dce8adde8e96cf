package com.baolink.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.baolink.catalog.Channel;
import com.baolink.member.Member;
import com.baolink.member.Members;
import com.baolink.partner.aigoubao.AigoubaoApi.InsuredPolicy;
import com.baolink.partner.aigoubao.AigoubaoApi.OrderDetail;

/** Orders and AiGouBao answers for tests (orders are made the way the launch flow makes them). */
public final class OrderFixtures {

	private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	private OrderFixtures() {
	}

	public static String unique(String prefix) {
		return prefix + SEQUENCE.incrementAndGet();
	}

	/** The demo member's id, registered with AiGouBao (a fake member id) if it was not yet. */
	public static long registeredMember(Members members, String login) {
		Member member = members.findByLogin(login).orElseThrow();
		if (member.aigoubaoMemberId() == null) {
			member = members.save(member.withAigoubaoMemberId("AGB" + login.substring(login.length() - 4)));
		}
		return member.id();
	}

	public static String aigoubaoMemberId(Members members, long memberId) {
		return members.findById(memberId).orElseThrow().aigoubaoMemberId();
	}

	/** A launched AiGouBao order with a partner reference; {@code firstSync} null keeps it out of reconciliation. */
	public static Order launched(Orders orders, long memberId, String productCode, Instant createdAt, Instant firstSync,
			String... insuredNames) {
		List<InsuredPerson> insured = new ArrayList<>();
		Arrays.stream(insuredNames)
			.forEach(name -> insured.add(InsuredPerson.prefilled(name, "1", "110105********002X", null, null, "5")));
		Order order = Order.launch(memberId, Channel.AIGOUBAO, PayType.CASH, unique("BL"), unique("tok-"), productCode,
				"产品" + productCode, "P1", "计划一", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3),
				insuredNames.length > 0 ? insuredNames[0] : "投保人", insured, createdAt);
		order.preOrderCreated(unique("TE"), "https://pay.example.com/cashier/1", createdAt, firstSync);
		return orders.save(order);
	}

	/** An issued order with one policy per name (policy code = "P-" + name + suffix). */
	public static Order issued(Orders orders, long memberId, String productCode, Instant createdAt, String suffix,
			String... insuredNames) {
		Order order = launched(orders, memberId, productCode, createdAt, null, insuredNames);
		List<InsuredPerson> persons = Arrays.stream(insuredNames)
			.map(name -> new InsuredPerson(name, "1", "110105********002X", null, "M", "5", new BigDecimal("6.25"),
					"P-" + name + suffix, InsuredPerson.PolicyStatus.ISSUED, "已承保", null, null, null))
			.toList();
		order.replaceInsured(persons);
		order.partnerFacts(unique("I"), "已承保", "天安财险", new BigDecimal("12.50"), BigDecimal.ZERO, createdAt);
		order.advanceTo(OrderStatus.ISSUED, OrderEventSource.PULL, createdAt);
		return orders.save(order);
	}

	public static OrderDetail detail(String orderStatus, List<InsuredPolicy> persons) {
		return new OrderDetail("国内旅游意外险", "200437", "2026-12-01至2026-12-03", "I" + orderStatus.hashCode(),
				"2026-11-23 10:00:00", orderStatus, persons.size(), new BigDecimal("25.00"), new BigDecimal("1.00"), null,
				"天安财产保险股份有限公司", null, 0, null, null, null, null, null, 0, "张三", "1", "110105********002X", null, null,
				null, "M", 0, 0, persons);
	}

	public static InsuredPolicy person(String name, String cardNo, String policyStatus, String policyCode) {
		return new InsuredPolicy(name, "1", cardNo, "1949-12-31", "M", new BigDecimal("12.5"), null, policyStatus,
				policyCode, policyCode == null ? null : "https://agb.example.com/detail/" + policyCode + ".pdf", null,
				null);
	}

}

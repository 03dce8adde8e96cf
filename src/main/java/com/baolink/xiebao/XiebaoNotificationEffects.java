package com.baolink.xiebao;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

import com.baolink.catalog.Product;
import com.baolink.catalog.Products;
import com.baolink.catalog.Channel;
import com.baolink.order.InsuredPerson;
import com.baolink.order.InsuredPerson.PolicyStatus;
import com.baolink.order.Order;
import com.baolink.order.OrderEventSource;
import com.baolink.order.OrderStatus;
import com.baolink.order.Orders;
import com.baolink.partner.xiebao.XiebaoNotification;
import com.baolink.partner.xiebao.XiebaoNotification.Abnormal;
import com.baolink.partner.xiebao.XiebaoNotification.ApplicationStep;
import com.baolink.partner.xiebao.XiebaoNotification.EPolicy;
import com.baolink.partner.xiebao.XiebaoNotification.Endorsement;
import com.baolink.partner.xiebao.XiebaoNotification.Insure;
import com.baolink.partner.xiebao.XiebaoNotification.Issue;
import com.baolink.partner.xiebao.XiebaoNotification.Pay;
import com.baolink.partner.xiebao.XiebaoNotification.Policy;
import com.baolink.partner.xiebao.XiebaoNotification.Surrender;

/**
 * What each notification type does to its order (inside the applying transaction). The order is
 * always saved first: its version check serialises concurrent notifications of one order.
 * A notification with {@code state false} is recorded with its message and moves nothing.
 */
@Component
class XiebaoNotificationEffects {

	private final Orders orders;

	private final XiebaoOrderFacts facts;

	private final XiebaoOrderLinker linker;

	private final Products products;

	private final Clock clock;

	XiebaoNotificationEffects(Orders orders, XiebaoOrderFacts facts, XiebaoOrderLinker linker, Products products,
			Clock clock) {
		this.orders = orders;
		this.facts = facts;
		this.linker = linker;
		this.products = products;
		this.clock = clock;
	}

	/** Applies {@code notification} to {@code order}; returns the order's id. */
	long apply(XiebaoNotification notification, Order order) {
		Instant now = this.clock.instant();
		boolean state = state(notification);
		if (state) {
			change(notification, order, now);
		}
		Order saved = this.orders.save(order);
		long id = saved.getId();
		this.facts.ensure(id, notification.insureNum(), caseCode(notification));
		if (!state) {
			String failMsg = failMsg(notification);
			this.facts.failed(id, failMsg);
			this.facts.event(id, notification.insureNum(), notification.notifyType(), false, null, failMsg, null);
			return id;
		}
		record(notification, saved);
		return id;
	}

	/** The order aggregate's part. */
	private void change(XiebaoNotification notification, Order order, Instant now) {
		if (notification instanceof Insure) {
			order.advanceTo(OrderStatus.UNDERWRITTEN, OrderEventSource.CALLBACK, now);
		}
		else if (notification instanceof Pay pay) {
			order.partnerFacts(null, null, null, pay.price(), null, now);
			order.advanceTo(OrderStatus.PAID, OrderEventSource.CALLBACK, now);
		}
		else if (notification instanceof Issue issue) {
			issued(order, issue, now);
		}
		else if (notification instanceof Surrender surrender) {
			surrendered(order, surrender.reissued() ? List.of() : surrender.cancelInsurants(), now);
		}
	}

	/** The Xiebao facts' part (after the order is saved). */
	private void record(XiebaoNotification notification, Order order) {
		long id = order.getId();
		if (notification instanceof Pay pay) {
			this.facts.paid(id, pay.payTime(), pay.onlinePaymentId());
		}
		else if (notification instanceof EPolicy) {
			this.facts.ePolicyReady(id);
		}
		else if (notification instanceof Endorsement endorsement) {
			this.facts.event(id, endorsement.insureNum(), Endorsement.TYPE, endorsement.state(), endorsement.status().code(),
					endorsement.msg(), endorsement.remark());
		}
		else if (notification instanceof Abnormal abnormal) {
			this.facts.abnormal(id, abnormal.failMsg());
			this.facts.event(id, abnormal.insureNum(), Abnormal.TYPE, false, null, abnormal.failMsg(), null);
		}
		else if (notification instanceof Surrender surrender) {
			this.facts.event(id, surrender.insureNum(), surrender.notifyType(), true, null, surrender.cancelMsg(),
					surrender.reissued() ? surrender.newInsureNum() : String.join("、", surrender.cancelInsurants()));
			if (surrender.reissued()) {
				reissue(order, surrender.newInsureNum());
			}
		}
	}

	/** One insured person per insurant of each policy; a person already surrendered stays so. */
	private void issued(Order order, Issue issue, Instant now) {
		boolean allSurrendered = order.getStatus() == OrderStatus.SURRENDERED;
		List<InsuredPerson> persons = new ArrayList<>();
		for (Policy policy : issue.policies()) {
			for (String name : policy.insurants()) {
				boolean surrendered = allSurrendered || wasSurrendered(order, name, policy.policyNum());
				persons.add(new InsuredPerson(name, null, null, null, null, null, null, policy.policyNum(),
						surrendered ? PolicyStatus.SURRENDERED : PolicyStatus.ISSUED, null, null, null, null));
			}
		}
		order.replaceInsured(persons);
		String applicant = issue.policies().stream().map(Policy::applicant).filter(Objects::nonNull).findFirst().orElse(null);
		LocalDate start = issue.policies().stream().map(Policy::startDate).filter(Objects::nonNull)
			.min(Comparator.naturalOrder()).orElse(null);
		LocalDate end = issue.policies().stream().map(Policy::endDate).filter(Objects::nonNull)
			.max(Comparator.naturalOrder()).orElse(null);
		order.partnerCover(applicant, start, end, now);
		List<Policy> policies = issue.policies();
		String planName = policies.stream().map(Policy::planName).filter(Objects::nonNull).map(String::strip)
			.filter(name -> !name.isEmpty()).distinct().collect(java.util.stream.Collectors.joining("、"));
		String planId = policies.stream().map(Policy::planId).filter(Objects::nonNull).findFirst().orElse(null);
		order.partnerPlan(planId, planName, now);
		if (order.getInsurerName() == null) {
			// Xiebao's notifications name no insurer: staff record it on the catalogue product.
			this.products.findByChannelAndCode(Channel.XIEBAO, order.getProductCode())
				.map(Product::getInsurerName)
				.ifPresent(insurer -> order.partnerFacts(null, null, insurer, null, null, now));
		}
		order.advanceTo(OrderStatus.ISSUED, OrderEventSource.CALLBACK, now);
	}

	private static boolean wasSurrendered(Order order, String name, String policyNum) {
		return order.getInsured().stream()
			.anyMatch(person -> person.name().equals(name) && Objects.equals(person.policyCode(), policyNum)
					&& person.policyStatus() == PolicyStatus.SURRENDERED);
	}

	/** {@code cancelInsurants} empty: the whole application; otherwise those persons only. */
	private void surrendered(Order order, List<String> cancelInsurants, Instant now) {
		List<String> cancelled = cancelInsurants.stream().map(String::trim).filter(name -> !name.isEmpty()).toList();
		List<InsuredPerson> persons = order.getInsured().stream()
			.map(person -> cancelled.isEmpty() || cancelled.contains(person.name()) ? person.withPolicyStatus(PolicyStatus.SURRENDERED) : person)
			.toList();
		order.replaceInsured(persons);
		boolean whole = cancelled.isEmpty()
				|| (!persons.isEmpty() && persons.stream().allMatch(p -> p.policyStatus() == PolicyStatus.SURRENDERED));
		order.advanceTo(whole ? OrderStatus.SURRENDERED : OrderStatus.PARTIALLY_SURRENDERED, OrderEventSource.CALLBACK, now);
	}

	/** 5: the old order is surrendered; the application continues as {@code newInsureNum}. */
	private void reissue(Order old, String newInsureNum) {
		Instant now = this.clock.instant();
		Order successor = this.linker.byInsureNum(newInsureNum).orElseGet(() -> this.linker.reissueOf(old, newInsureNum));
		if (successor.getInsured().isEmpty()) {
			successor.replaceInsured(old.getInsured().stream().map(p -> p.withPolicyStatus(PolicyStatus.ISSUED)).toList());
		}
		if (old.getTotalAmount() != null && successor.getTotalAmount() == null) {
			successor.partnerFacts(null, null, null, old.getTotalAmount(), null, now);
		}
		successor.advanceTo(OrderStatus.ISSUED, OrderEventSource.CALLBACK, now);
		Order saved = this.orders.save(successor);
		this.facts.ensure(saved.getId(), newInsureNum, old.getProductCode());
		this.facts.reissued(old.getId(), saved.getId());
	}

	private static boolean state(XiebaoNotification notification) {
		// An endorsement's own state is kept in its history line; 27 is a failure by nature.
		return !(notification instanceof ApplicationStep step) || step.state();
	}

	private static String failMsg(XiebaoNotification notification) {
		return notification instanceof ApplicationStep step ? step.failMsg() : null;
	}

	private static String caseCode(XiebaoNotification notification) {
		return notification instanceof ApplicationStep step ? step.caseCode() : null;
	}

}

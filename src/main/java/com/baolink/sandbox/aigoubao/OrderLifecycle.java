package com.baolink.sandbox.aigoubao;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.baolink.sandbox.aigoubao.SbxRecords.SbxInsured;
import com.baolink.sandbox.aigoubao.SbxRecords.SbxOrder;
import com.baolink.sandbox.aigoubao.SbxRecords.SbxPlan;

/**
 * What happens to a sandbox order after the pre-order: the member's confirmation on the hosted
 * page, payment (cash on the page, credit via 7.7), issuance with one policy per insured person,
 * surrender, invoicing, and the callbacks each step owes the distributor.
 */
@Service
@Profile("sandbox")
class OrderLifecycle {

	static final String KIND_INSURE = "INSURE";

	static final String KIND_SURRENDER = "SURRENDER";

	private final SecureRandom random = new SecureRandom();

	private final SandboxStore store;

	private final CallbackSender callbacks;

	private final Clock clock;

	private final SandboxAigoubaoProperties properties;

	OrderLifecycle(SandboxStore store, CallbackSender callbacks, Clock clock, SandboxAigoubaoProperties properties) {
		this.store = store;
		this.callbacks = callbacks;
		this.clock = clock;
		this.properties = properties;
	}

	/** What the member entered on the hosted page (already validated). */
	record Confirmation(SbxPlan plan, LocalDate start, LocalDate end, String holderName, String holderCardType,
			String holderCardNo, String holderMobile, List<Person> insured, boolean paymentSucceeds) {

		long days() {
			return ChronoUnit.DAYS.between(this.start, this.end) + 1;
		}

		BigDecimal feePerPerson() {
			return this.plan.dailyPrice().multiply(BigDecimal.valueOf(days())).setScale(2, RoundingMode.HALF_UP);
		}

		BigDecimal total() {
			return feePerPerson().multiply(BigDecimal.valueOf(this.insured.size()));
		}

	}

	record Person(String name, String cardType, String cardNo, String mobile, String relation) {
	}

	/**
	 * The member submits the hosted page: the order gets its order code; a cash order is paid (or
	 * fails) at once, a credit order waits for the distributor's 7.7.
	 */
	@Transactional
	void confirm(SbxOrder order, Confirmation confirmation) {
		LocalDateTime now = now();
		String next = order.credit() ? SandboxStatus.AWAITING_CREDIT
				: confirmation.paymentSucceeds() ? SandboxStatus.PAID : SandboxStatus.PAYMENT_FAILED;
		this.store.confirmOrder(order.id(), "I" + order.id(), confirmation.plan().planCode(), confirmation.start(),
				confirmation.end(), confirmation.total(), confirmation.holderName(), confirmation.holderCardType(),
				confirmation.holderCardNo(), confirmation.holderMobile(), next, now);
		List<SbxInsured> persons = new ArrayList<>();
		int seq = 0;
		for (Person person : confirmation.insured()) {
			boolean idCard = IdCards.TYPE_ID_CARD.equals(person.cardType());
			persons.add(new SbxInsured(0, order.id(), seq++, person.name(), person.cardType(), person.cardNo(),
					idCard ? IdCards.birthday(person.cardNo()) : null, idCard ? IdCards.gender(person.cardNo()) : null,
					person.mobile(), person.relation(), confirmation.feePerPerson(), null, SandboxStatus.POLICY_NONE));
		}
		this.store.replaceInsured(order.id(), persons);
		if (SandboxStatus.PAID.equals(next)) {
			issue(order.id());
		}
		else if (SandboxStatus.PAYMENT_FAILED.equals(next)) {
			notifyInsured(order.id(), false);
		}
	}

	/** 7.7: the distributor's credit payment result for an order awaiting it. */
	@Transactional
	void creditResult(SbxOrder order, int txnStatus) {
		if (!order.credit()) {
			throw SandboxRefusal.failure("非授信支付订单");
		}
		boolean awaiting = SandboxStatus.AWAITING_CREDIT.equals(order.status());
		switch (txnStatus) {
			case 1 -> requireStatus(awaiting || SandboxStatus.AWAITING_PAYMENT.equals(order.status()));
			case 2 -> {
				if (!SandboxStatus.WITH_POLICIES.contains(order.status())) {
					requireStatus(awaiting);
					this.store.updateStatus(order.id(), SandboxStatus.PAID, now());
					issue(order.id());
				}
			}
			case -1 -> {
				if (!SandboxStatus.PAYMENT_FAILED.equals(order.status())) {
					requireStatus(awaiting);
					this.store.updateStatus(order.id(), SandboxStatus.PAYMENT_FAILED, now());
					notifyInsured(order.id(), false);
				}
			}
			default -> throw SandboxRefusal.failure("参数格式错误: txnStatus");
		}
	}

	private static void requireStatus(boolean allowed) {
		if (!allowed) {
			throw SandboxRefusal.failure("订单状态不允许此操作");
		}
	}

	/** Issues one policy per insured person and tells the distributor. */
	private void issue(long orderId) {
		for (SbxInsured person : this.store.insured(orderId)) {
			this.store.issuePolicy(person.id(), newPolicyCode());
		}
		this.store.updateStatus(orderId, SandboxStatus.ISSUED, now());
		notifyInsured(orderId, true);
	}

	private void notifyInsured(long orderId, boolean success) {
		SbxOrder order = this.store.orderById(orderId).orElseThrow();
		List<String> codes = this.store.insured(orderId)
			.stream()
			.map(SbxInsured::policyCode)
			.filter(code -> code != null)
			.toList();
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("outSerialNo", order.outSerialNo());
		payload.put("tempOrderCode", order.tempOrderCode());
		payload.put("orderCode", order.orderCode());
		payload.put("policyCode", String.join(",", codes));
		payload.put("success", success);
		this.callbacks.send(KIND_INSURE, order.deliverNotifyUrl(), payload);
	}

	/** Policies of one order to surrender together. */
	record Surrender(SbxOrder order, List<SbxInsured> policies) {
	}

	/**
	 * 7.9 / 7.10: surrenders the given policies, all or nothing: 4001 unless each order is issued or
	 * partly surrendered and each policy is still in force.
	 */
	@Transactional
	void surrender(List<Surrender> surrenders) {
		for (Surrender surrender : surrenders) {
			if (!SandboxStatus.SURRENDERABLE.contains(surrender.order().status()) || surrender.policies().isEmpty()
					|| surrender.policies()
						.stream()
						.anyMatch(policy -> !SandboxStatus.POLICY_ISSUED.equals(policy.policyStatus()))) {
				throw new SandboxRefusal(SandboxRefusal.SURRENDER_NOT_ALLOWED, "订单状态不符合退保条件");
			}
		}
		surrenders.forEach(surrender -> surrenderChecked(surrender.order(), surrender.policies()));
	}

	private void surrenderChecked(SbxOrder order, List<SbxInsured> policies) {
		policies.forEach(policy -> this.store.surrenderPolicy(policy.id()));
		boolean anyInForce = this.store.insured(order.id())
			.stream()
			.anyMatch(person -> SandboxStatus.POLICY_ISSUED.equals(person.policyStatus()));
		this.store.updateStatus(order.id(), anyInForce ? SandboxStatus.PARTLY_SURRENDERED : SandboxStatus.SURRENDERED,
				now());
		for (SbxInsured policy : policies) {
			Map<String, Object> payload = new LinkedHashMap<>();
			payload.put("memberId", String.valueOf(order.memberId()));
			payload.put("tempOrderCode", order.tempOrderCode());
			payload.put("policyCode", policy.policyCode());
			payload.put("surrenderSuccess", true);
			payload.put("errMsg", "退保成功");
			this.callbacks.send(KIND_SURRENDER, order.returnNotifyUrl(), payload);
		}
	}

	/** 7.2: only for orders with policies; a second application changes nothing. */
	@Transactional
	void applyInvoice(SbxOrder order, int type, String title, String taxpayerNo) {
		if (!SandboxStatus.WITH_POLICIES.contains(order.status())) {
			throw SandboxRefusal.failure("订单未承保，不能开票");
		}
		if (order.invoiceStatus() == 0) {
			LocalDateTime now = now();
			this.store.requestInvoice(order.id(), type, title, taxpayerNo, now.plus(this.properties.invoiceDelay()),
					now);
		}
	}

	/** Invoice status as 7.11 reports it: 0 none, 3 in progress, 1 issued once the delay has passed. */
	int invoiceStatus(SbxOrder order) {
		if (order.invoiceStatus() == 0 || order.invoiceReadyAt() == null) {
			return 0;
		}
		return now().isBefore(order.invoiceReadyAt()) ? 3 : 1;
	}

	private String newPolicyCode() {
		return "8379" + String.format("%014d", Math.floorMod(this.random.nextLong(), 100_000_000_000_000L));
	}

	private LocalDateTime now() {
		return LocalDateTime.now(this.clock);
	}

}

package com.baolink.partner.aigoubao.channel;

import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.baolink.order.InsuredPerson.PolicyStatus;
import com.baolink.order.OrderStatus;

/**
 * <b>The one place for AiGouBao status-text assumptions.</b> The document gives {@code orderStatus}
 * and {@code policyStatus} only as free Chinese text (examples: 待支付, 已退款); the vocabulary below
 * is the one the sandbox speaks and is <b>(assumed)</b> to be the partner's until AiGouBao confirms
 * the full list. An unknown text maps to nothing: the caller keeps the current status and the text
 * is logged so the list can be extended.
 */
final class AigoubaoStatusMapping {

	private static final Logger log = LoggerFactory.getLogger(AigoubaoStatusMapping.class);

	private static final Map<String, OrderStatus> ORDER_STATUS = Map.of("待支付", OrderStatus.LAUNCHED, "待确认",
			OrderStatus.AWAITING_CREDIT_APPROVAL, "支付失败", OrderStatus.PAYMENT_FAILED, "已支付", OrderStatus.PAID, "已承保",
			OrderStatus.ISSUED, "退保中", OrderStatus.SURRENDER_PENDING, "部分退保", OrderStatus.PARTIALLY_SURRENDERED, "已退保",
			OrderStatus.SURRENDERED, "已退款", OrderStatus.REFUNDED, "已取消", OrderStatus.CANCELLED);

	private static final Map<String, PolicyStatus> POLICY_STATUS = Map.of("未投保", PolicyStatus.PENDING, "已承保",
			PolicyStatus.ISSUED, "退保中", PolicyStatus.SURRENDER_PENDING, "已退保", PolicyStatus.SURRENDERED);

	private AigoubaoStatusMapping() {
	}

	/** 7.11 {@code orderStatus} text → the portal's status; empty when blank or unknown. */
	static Optional<OrderStatus> orderStatus(String text) {
		return lookup(ORDER_STATUS, text, "orderStatus");
	}

	/** 7.11 {@code insuredInfoList[].policyStatus} text → the policy's status; empty when blank or unknown. */
	static Optional<PolicyStatus> policyStatus(String text) {
		return lookup(POLICY_STATUS, text, "policyStatus");
	}

	private static <T> Optional<T> lookup(Map<String, T> vocabulary, String text, String field) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		T mapped = vocabulary.get(text.strip());
		if (mapped == null) {
			log.warn("Unknown AiGouBao {} text '{}': status left unchanged", field, text);
		}
		return Optional.ofNullable(mapped);
	}

}

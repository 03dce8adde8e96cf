package com.baolink.surrender;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.baolink.catalog.Channel;
import com.baolink.order.InsuredPerson;
import com.baolink.order.Order;
import com.baolink.order.OrderStatus;

/**
 * Checks a submitted surrender choice against the order. Policy numbers come from the browser and
 * are hostile until proven otherwise: each must be a policy of this order that is still in force,
 * named once. Returns either a plan or the message key of what is wrong.
 */
final class SurrenderPlanner {

	/** More codes than any order could hold is not a selection, it is an attack or a bug. */
	static final int MAX_CODES = 100;

	static final String NOT_ALLOWED = "surrender.refused.notAllowed";

	static final String SCOPE_MISSING = "surrender.error.scope";

	static final String NONE_SELECTED = "surrender.error.noneSelected";

	static final String INVALID_POLICY = "surrender.error.invalidPolicy";

	private SurrenderPlanner() {
	}

	/** Whether the order may be surrendered at all (AiGouBao, issued or partly surrendered, a policy in force). */
	static boolean surrenderable(Order order) {
		return order.getChannel() == Channel.AIGOUBAO
				&& (order.getStatus() == OrderStatus.ISSUED || order.getStatus() == OrderStatus.PARTIALLY_SURRENDERED)
				&& order.getInsured().stream().anyMatch(InsuredPerson::inForce);
	}

	static Checked check(Order order, SurrenderFormData form) {
		if (!surrenderable(order)) {
			return Checked.error(NOT_ALLOWED);
		}
		List<InsuredPerson> inForce = order.getInsured().stream().filter(InsuredPerson::inForce).toList();
		if ("ORDER".equals(form.getScope())) {
			if (order.getPartnerOrderCode() == null || order.getPartnerOrderCode().isBlank()) {
				return Checked.error(NOT_ALLOWED);
			}
			return Checked.plan(new SurrenderPlan(order, SurrenderScope.ORDER, inForce));
		}
		if (!"POLICIES".equals(form.getScope())) {
			return Checked.error(SCOPE_MISSING);
		}
		return checkPolicies(order, form.getPolicy(), inForce);
	}

	private static Checked checkPolicies(Order order, List<String> codes, List<InsuredPerson> inForce) {
		if (codes.isEmpty() || codes.stream().allMatch(code -> code == null || code.isBlank())) {
			return Checked.error(NONE_SELECTED);
		}
		if (codes.size() > MAX_CODES || new HashSet<>(codes).size() != codes.size()) {
			return Checked.error(INVALID_POLICY);
		}
		Map<String, InsuredPerson> byCode = inForce.stream()
			.collect(Collectors.toMap(InsuredPerson::policyCode, Function.identity(), (a, b) -> a));
		Set<String> chosen = Set.copyOf(codes.stream().map(code -> code == null ? "" : code).toList());
		if (!byCode.keySet().containsAll(chosen)) {
			return Checked.error(INVALID_POLICY);
		}
		List<InsuredPerson> policies = inForce.stream().filter(person -> chosen.contains(person.policyCode())).toList();
		return Checked.plan(new SurrenderPlan(order, SurrenderScope.POLICIES, policies));
	}

	/** Either {@code plan} or {@code errorKey} is set. */
	record Checked(SurrenderPlan plan, String errorKey) {

		static Checked plan(SurrenderPlan plan) {
			return new Checked(plan, null);
		}

		static Checked error(String errorKey) {
			return new Checked(null, errorKey);
		}

		boolean ok() {
			return this.plan != null;
		}

	}

}

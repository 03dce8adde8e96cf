package com.baolink.surrender;

import java.util.List;

import com.baolink.order.InsuredPerson;
import com.baolink.order.Order;

/** A checked surrender choice: the order and exactly the in-force policies it will surrender. */
public record SurrenderPlan(Order order, SurrenderScope scope, List<InsuredPerson> policies) {

	public SurrenderPlan {
		policies = List.copyOf(policies);
	}

	public List<String> policyCodes() {
		return this.policies.stream().map(InsuredPerson::policyCode).toList();
	}

}

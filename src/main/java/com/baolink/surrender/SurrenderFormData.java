package com.baolink.surrender;

import java.util.ArrayList;
import java.util.List;

/**
 * The surrender choice exactly as submitted: {@code scope} ORDER or POLICIES and, for POLICIES,
 * the chosen policy numbers (one {@code policy} parameter per checkbox). Nothing here is trusted:
 * {@link SurrenderPlanner} checks it against the order.
 */
public class SurrenderFormData {

	private String scope;

	private List<String> policy = new ArrayList<>();

	public String getScope() {
		return this.scope;
	}

	public void setScope(String scope) {
		this.scope = scope;
	}

	public List<String> getPolicy() {
		return this.policy;
	}

	public void setPolicy(List<String> policy) {
		this.policy = policy == null ? new ArrayList<>() : policy;
	}

	/** Whether a checkbox for {@code policyCode} should show as ticked again. */
	public boolean chose(String policyCode) {
		return this.policy.contains(policyCode);
	}

}

package com.baolink.sandbox.aigoubao;

import java.util.Set;

/** The partner's status texts, exactly as 7.11 returns them (the portal maps these strings). */
final class SandboxStatus {

	static final String AWAITING_PAYMENT = "待支付";

	static final String AWAITING_CREDIT = "待确认";

	static final String PAYMENT_FAILED = "支付失败";

	static final String PAID = "已支付";

	static final String ISSUED = "已承保";

	static final String SURRENDERING = "退保中";

	static final String PARTLY_SURRENDERED = "部分退保";

	static final String SURRENDERED = "已退保";

	static final String REFUNDED = "已退款";

	static final String CANCELLED = "已取消";

	static final String POLICY_NONE = "未投保";

	static final String POLICY_ISSUED = "已承保";

	static final String POLICY_SURRENDERING = "退保中";

	static final String POLICY_SURRENDERED = "已退保";

	/** Order states in which policies exist (documents can be fetched). */
	static final Set<String> WITH_POLICIES = Set.of(ISSUED, SURRENDERING, PARTLY_SURRENDERED, SURRENDERED, REFUNDED);

	/** Order states that allow surrender (otherwise 4001). */
	static final Set<String> SURRENDERABLE = Set.of(ISSUED, PARTLY_SURRENDERED);

	private SandboxStatus() {
	}

}

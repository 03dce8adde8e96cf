package com.baolink.sandbox.aigoubao;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.baolink.sandbox.aigoubao.OrderLifecycle.Surrender;
import com.baolink.sandbox.aigoubao.SbxRecords.SbxInsured;
import com.baolink.sandbox.aigoubao.SbxRecords.SbxMember;
import com.baolink.sandbox.aigoubao.SbxRecords.SbxOrder;
import com.baolink.sandbox.aigoubao.SbxRecords.SbxProduct;

/** 7.4 pre-order, 7.6 policy URLs, 7.7 credit payment result, 7.8 order list, 7.9/7.10 surrender, 7.11 detail. */
@Component
@Profile("sandbox")
class OrderEndpoints {

	private static final List<String> ADD_TEMP_REQUIRED = List.of("distrCode", "mobile", "memberId", "outSerialNo",
			"payType", "productCode", "productName", "deliverNotifyUrl", "returnNotifyUrl", "returnPage");

	private final SandboxStore store;

	private final RequestContext context;

	private final PreOrders preOrders;

	private final OrderLifecycle lifecycle;

	private final OrderDetailView detailView;

	private final SandboxLinks links;

	OrderEndpoints(SandboxStore store, RequestContext context, PreOrders preOrders, OrderLifecycle lifecycle,
			OrderDetailView detailView, SandboxLinks links) {
		this.store = store;
		this.context = context;
		this.preOrders = preOrders;
		this.lifecycle = lifecycle;
		this.detailView = detailView;
		this.links = links;
	}

	/** 7.4 */
	Object addTemp(Params params) {
		ADD_TEMP_REQUIRED.forEach(params::required);
		int payType = params.requiredInt("payType");
		if (payType != 1 && payType != 2) {
			throw SandboxRefusal.failure("参数格式错误: payType");
		}
		String refundNotifyUrl = payType == 1 ? params.required("refundNotifyUrl") : params.optional("refundNotifyUrl");
		this.context.distributor(params);
		SbxMember member = this.context.member(params);
		String productCode = params.required("productCode");
		if (this.store.product(productCode).isEmpty()) {
			throw new SandboxRefusal(SandboxRefusal.PRODUCT_NOT_FOUND, "分销产品不存在");
		}
		LocalDate start = params.optionalDate("safeguardStartTime");
		LocalDate end = params.optionalDate("safeguardEndTime");
		if (start != null && end != null && end.isBefore(start)) {
			throw SandboxRefusal.failure("止保时间早于起保时间: safeguardEndTime");
		}
		SbxOrder order = this.preOrders.create(new PreOrders.PreOrder(member, params.required("mobile"),
				params.required("outSerialNo"), payType, productCode, params.required("deliverNotifyUrl"),
				params.required("returnNotifyUrl"), refundNotifyUrl, params.required("returnPage"), start, end,
				params.object("holderInfo"), params.objects("insuredInfoList")));
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("url", this.links.purchasePage(order.tempOrderCode()));
		data.put("tempOrderCode", order.tempOrderCode());
		return data;
	}

	/** 7.6: 1001 until the order has policies. */
	Object policyUrls(Params params) {
		SbxOrder order = memberOrder(params);
		if (!SandboxStatus.WITH_POLICIES.contains(order.status())) {
			throw new SandboxRefusal(SandboxRefusal.POLICY_NOT_EFFECTIVE, "保单未生效");
		}
		SbxProduct product = this.store.product(order.productCode()).orElseThrow();
		List<Map<String, Object>> policies = new ArrayList<>();
		for (SbxInsured person : this.store.insured(order.id())) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("insuredName", person.name());
			item.put("policyCode", person.policyCode());
			item.put("policyUrl", this.links.policy(person.policyCode()));
			item.put("certificateUrl", this.links.certificate(person.policyCode()));
			policies.add(item);
		}
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("tempOrderCode", order.tempOrderCode());
		data.put("orderCode", order.orderCode());
		data.put("isGroup", "0");
		data.put("companyName", product.companyName());
		data.put("policyDetailList", policies);
		return data;
	}

	/** 7.7 */
	Object outNotify(Params params) {
		int txnStatus = params.requiredInt("txnStatus");
		this.lifecycle.creditResult(memberOrder(params), txnStatus);
		return null;
	}

	/** 7.8 */
	Object orderListUrl(Params params) {
		params.required("account");
		this.context.distributor(params);
		SbxMember member = this.context.member(params);
		return Map.of("orderListUrl", this.links.orderList(member.memberId()));
	}

	/** 7.9: every policy must exist and belong to the member (1000 otherwise). */
	Object surrenderByPolicyCodes(Params params) {
		List<String> codes = params.requiredStrings("policyCodes");
		this.context.distributor(params);
		SbxMember member = this.context.member(params);
		Map<Long, List<SbxInsured>> byOrder = new LinkedHashMap<>();
		for (String code : codes) {
			SbxInsured policy = this.store.insuredByPolicy(code).orElseThrow(SandboxRefusal::orderNotFound);
			byOrder.computeIfAbsent(policy.orderId(), id -> new ArrayList<>()).add(policy);
		}
		List<Surrender> surrenders = new ArrayList<>();
		byOrder.forEach((orderId, policies) -> {
			SbxOrder order = this.store.orderById(orderId).orElseThrow();
			if (order.memberId() != member.memberId()) {
				throw SandboxRefusal.orderNotFound();
			}
			surrenders.add(new Surrender(order, policies));
		});
		this.lifecycle.surrender(surrenders);
		return null;
	}

	/** 7.10: every policy of the order still in force. */
	Object surrenderByOrderCode(Params params) {
		String orderCode = params.required("orderCode");
		this.context.distributor(params);
		SbxOrder order = this.context.orderByCode(this.context.member(params), orderCode);
		List<SbxInsured> inForce = this.store.insured(order.id())
			.stream()
			.filter(person -> SandboxStatus.POLICY_ISSUED.equals(person.policyStatus()))
			.toList();
		this.lifecycle.surrender(List.of(new Surrender(order, inForce)));
		return null;
	}

	/** 7.11 */
	Object orderDetail(Params params) {
		return this.detailView.detail(memberOrder(params));
	}

	/** tempOrderCode + distrCode + memberId, the request of 7.6, 7.7 and 7.11. */
	private SbxOrder memberOrder(Params params) {
		String tempOrderCode = params.required("tempOrderCode");
		this.context.distributor(params);
		return this.context.orderByTempCode(this.context.member(params), tempOrderCode);
	}

}

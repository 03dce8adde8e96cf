package com.baolink.sandbox.aigoubao;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import com.baolink.partner.aigoubao.AigoubaoProperties;
import com.baolink.sandbox.aigoubao.SbxRecords.SbxMember;
import com.baolink.sandbox.aigoubao.SbxRecords.SbxOrder;
import com.baolink.sandbox.aigoubao.SbxRecords.SbxPlan;
import com.baolink.sandbox.aigoubao.SbxRecords.SbxProduct;

/** 7.1 register, 7.2 apply invoice, 7.3 invoice URLs, 7.5 product detail. */
@Component
@Profile("sandbox")
class AccountEndpoints {

	static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	private final SandboxStore store;

	private final RequestContext context;

	private final OrderLifecycle lifecycle;

	private final SandboxLinks links;

	private final AigoubaoProperties secrets;

	private final Clock clock;

	AccountEndpoints(SandboxStore store, RequestContext context, OrderLifecycle lifecycle, SandboxLinks links,
			AigoubaoProperties secrets, Clock clock) {
		this.store = store;
		this.context = context;
		this.lifecycle = lifecycle;
		this.links = links;
		this.secrets = secrets;
		this.clock = clock;
	}

	/** 7.1: a new member, or the existing one with that mobile. */
	Object register(Params params) {
		this.context.distributor(params);
		String mobile = params.required("mobile");
		String employeeCode = params.required("employeeCode");
		String invitateCode = params.required("invitateCode");
		String company = params.required("company");
		String province = params.required("province");
		String city = params.required("city");
		String address = params.required("address");
		if (!this.secrets.employeeCode().equals(employeeCode) || !this.secrets.invitateCode().equals(invitateCode)) {
			throw SandboxRefusal.failure("推荐码不正确: employeeCode/invitateCode");
		}
		if (!MOBILE.matcher(mobile).matches()) {
			throw SandboxRefusal.failure("手机号格式错误: mobile");
		}
		if (this.store.memberByMobile(mobile).isEmpty()) {
			try {
				this.store.insertMember(mobile, company, province, city, params.optional("contact"), address,
						LocalDateTime.now(this.clock));
			}
			catch (DuplicateKeyException ex) {
				// registered concurrently: the existing member is the answer
			}
		}
		SbxMember member = this.store.memberByMobile(mobile).orElseThrow();
		return Map.of("memberId", String.valueOf(member.memberId()));
	}

	/** 7.2 */
	Object applyInvoice(Params params) {
		SbxMember member = this.context.member(params);
		String orderCode = params.required("orderCode");
		int type = params.requiredInt("invoiceType");
		String title = params.required("invoiceTitle");
		if (type != 1 && type != 2) {
			throw SandboxRefusal.failure("参数格式错误: invoiceType");
		}
		String taxpayerNo = type == 2 ? params.required("taxpayerNo") : params.optional("taxpayerNo");
		SbxOrder order = this.context.orderByCode(member, orderCode);
		this.lifecycle.applyInvoice(order, type, title, taxpayerNo);
		return null;
	}

	/** 7.3: one invoice per policy once issued; 1001 before. */
	Object invoiceUrls(Params params) {
		SbxMember member = this.context.member(params);
		SbxOrder order = this.context.orderByCode(member, params.required("orderCode"));
		if (this.lifecycle.invoiceStatus(order) != 1) {
			throw new SandboxRefusal(SandboxRefusal.POLICY_NOT_EFFECTIVE, "发票未生成");
		}
		return this.store.insured(order.id())
			.stream()
			.filter(person -> person.policyCode() != null)
			.map(person -> Map.of("invoiceUrl", this.links.invoice(person.policyCode()), "policyCode",
					person.policyCode()))
			.toList();
	}

	/** 7.5: plans spelled as the document's example for some products, as its table for others. */
	Object productDetail(Params params) {
		String productCode = params.required("productCode");
		this.context.member(params);
		SbxProduct product = this.store.product(productCode)
			.orElseThrow(() -> new SandboxRefusal(SandboxRefusal.PRODUCT_NOT_FOUND, "分销产品不存在"));
		String planCode = params.optional("planCode");
		List<SbxPlan> plans = planCode == null ? product.plans()
				: product.plans().stream().filter(plan -> plan.planCode().equals(planCode)).toList();
		if (plans.isEmpty()) {
			throw new SandboxRefusal(SandboxRefusal.PRODUCT_NOT_FOUND, "分销产品不存在");
		}
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("productCode", product.productCode());
		data.put("productName", product.productName());
		data.put("insuranceCompanyLogo", this.links.logo(product.productCode(), product.exampleSpelling()));
		data.put("companyName", product.companyName());
		data.put("plans", plans.stream().map(plan -> plan(plan, product.exampleSpelling())).toList());
		return data;
	}

	private static Map<String, Object> plan(SbxPlan plan, boolean exampleSpelling) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put(exampleSpelling ? "safeguardPlanName" : "planName", plan.planName());
		item.put(exampleSpelling ? "safeguardPlanCode" : "planCode", plan.planCode());
		item.put(exampleSpelling ? "defaultMinPrice" : "minPrice", plan.dailyPrice().toPlainString());
		return item;
	}

}

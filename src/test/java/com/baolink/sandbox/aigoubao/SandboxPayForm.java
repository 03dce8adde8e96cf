package com.baolink.sandbox.aigoubao;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The sandbox's hosted purchase page submitted as a browser would: plan 30543 of product 200437,
 * one day from {@code start}, holder 张三, insured 张三 (self) and 李四 (other), and the chosen
 * payment result ({@code success} or {@code failure}).
 */
public final class SandboxPayForm {

	public static final String ZHANG_SAN_ID = "11010519491231002X";

	public static final String LI_SI_ID = "110101199003071233";

	private SandboxPayForm() {
	}

	public static Map<String, String> twoInsured(LocalDate start, String payResult) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("plan", "30543");
		form.put("startDate", start.toString());
		form.put("endDate", start.plusDays(1).toString());
		form.put("holderName", "张三");
		form.put("holderCardType", "1");
		form.put("holderCardNo", ZHANG_SAN_ID);
		form.put("holderMobile", "13800138000");
		form.put("insured[0].name", "张三");
		form.put("insured[0].cardType", "1");
		form.put("insured[0].cardNo", ZHANG_SAN_ID);
		form.put("insured[0].relation", "1");
		form.put("insured[1].name", "李四");
		form.put("insured[1].cardType", "1");
		form.put("insured[1].cardNo", LI_SI_ID);
		form.put("insured[1].relation", "5");
		form.put("payResult", payResult);
		form.put("action", "pay");
		return form;
	}

	/** The same form for RestClient/MockMvc bodies; modifiable. */
	public static MultiValueMap<String, String> twoInsuredMultiValue(LocalDate start, String payResult) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		twoInsured(start, payResult).forEach(form::add);
		return form;
	}

}

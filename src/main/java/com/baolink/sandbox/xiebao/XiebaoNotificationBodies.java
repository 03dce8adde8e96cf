package com.baolink.sandbox.xiebao;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.DigestUtils;

import com.baolink.sandbox.xiebao.SandboxXiebaoApplications.Application;
import com.baolink.sandbox.xiebao.SandboxXiebaoProducts.Product;

/**
 * Notification bodies as the simulated Xiebao sends them (document 002):
 * {@code {"notifyType":N,"sign":MD5(notifyKey + data),"data":{…}}}, where the signed text is
 * exactly the {@code data} text placed in the body (compact, or formatted when {@code pretty}).
 * Fields in the document's order; {@code partnerId} as a number (int in the document).
 */
final class XiebaoNotificationBodies {

	static final int INSURE = 1;

	static final int PAY = 2;

	static final int ISSUE = 3;

	static final int SURRENDER = 4;

	static final int REISSUE = 5;

	static final int E_POLICY = 9;

	static final int ENDORSEMENT = 26;

	static final int ABNORMAL = 27;

	static final String WECHAT = "21";

	private static final DateTimeFormatter PAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(JsonWriteFeature.ESCAPE_NON_ASCII)
		.disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
		.build();

	private final String notifyKey;

	private final boolean pretty;

	XiebaoNotificationBodies(String notifyKey, boolean pretty) {
		this.notifyKey = notifyKey;
		this.pretty = pretty;
	}

	/** The body of notification {@code type} about {@code app}; {@code newInsureNum} only for 5. */
	String body(int type, Application app, Product product, String newInsureNum) {
		String data = dataText(data(type, app, product, newInsureNum));
		String sign = DigestUtils.md5DigestAsHex((this.notifyKey + data).getBytes(StandardCharsets.UTF_8));
		return "{\"notifyType\":" + type + ",\"sign\":\"" + sign + "\",\"data\":" + data + "}";
	}

	private String dataText(Map<String, Object> data) {
		return this.pretty ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(data)
				: MAPPER.writeValueAsString(data);
	}

	private static Map<String, Object> data(int type, Application app, Product product, String newInsureNum) {
		return switch (type) {
			case ENDORSEMENT -> endorsement(app);
			case ABNORMAL -> abnormal(app);
			default -> common(type, app, product, newInsureNum);
		};
	}

	private static Map<String, Object> common(int type, Application app, Product product, String newInsureNum) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("partnerId", Long.valueOf(app.partnerId()));
		data.put("partnerUniqueKey", app.partnerUniqKey());
		data.put("caseCode", app.caseCode());
		data.put("insureNum", app.insureNum());
		data.put("state", true);
		switch (type) {
			case PAY -> {
				data.put("payTime", app.createdAt().format(PAY_TIME));
				data.put("price", app.priceFen());
				data.put("onlinePaymentId", WECHAT);
			}
			case ISSUE -> data.put("policys", List.of(policy(app, product)));
			case SURRENDER, REISSUE -> {
				if (type == REISSUE) {
					data.put("newInsureNum", newInsureNum);
				}
				data.put("cancelInsurants", List.of());
				data.put("cancelMsg", "沙箱模拟退保");
			}
			default -> {
				// insure (1) and e-policy (9) carry only the common fields
			}
		}
		data.put("otherInfo", Map.of());
		data.put("failMsg", "");
		return data;
	}

	private static Map<String, Object> policy(Application app, Product product) {
		Map<String, Object> policy = new LinkedHashMap<>();
		policy.put("productName", product.name());
		policy.put("productId", product.productId());
		policy.put("planName", product.planName());
		policy.put("planId", product.planId());
		policy.put("applicant", app.applicantName());
		policy.put("insurant", app.insuredNames());
		policy.put("startDate", app.startDate().toString());
		policy.put("endDate", app.endDate().toString());
		policy.put("policyNum", app.policyNum());
		return policy;
	}

	private static Map<String, Object> endorsement(Application app) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("partnerId", Long.valueOf(app.partnerId()));
		data.put("partnerUniqueKey", app.partnerUniqKey());
		data.put("insureNum", Long.valueOf(app.insureNum()));
		data.put("state", true);
		data.put("msg", "批改成功");
		data.put("remark", "沙箱模拟批改：更正被保人证件信息");
		data.put("status", 4);
		return data;
	}

	private static Map<String, Object> abnormal(Application app) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("partnerId", Long.valueOf(app.partnerId()));
		data.put("failMsg", "保险公司出单异常（沙箱模拟）");
		data.put("insureNum", app.insureNum());
		return data;
	}

}

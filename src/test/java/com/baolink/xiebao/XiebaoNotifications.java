package com.baolink.xiebao;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.DigestUtils;

/** Builds signed Xiebao notifications (sign = MD5(notifyKey + data text)) and posts them to the portal. */
public final class XiebaoNotifications {

	private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 1000);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String url;

	private final String partnerId;

	private final String notifyKey;

	public XiebaoNotifications(int port, String partnerId, String notifyKey) {
		this.url = "http://localhost:" + port + "/callbacks/xiebao";
		this.partnerId = partnerId;
		this.notifyKey = notifyKey;
	}

	public static String newInsureNum() {
		return "9" + SEQUENCE.incrementAndGet();
	}

	Map<String, Object> common(String memberKey, String caseCode, String insureNum) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("partnerId", Long.valueOf(this.partnerId));
		data.put("partnerUniqueKey", memberKey);
		data.put("caseCode", caseCode);
		data.put("insureNum", insureNum);
		data.put("state", true);
		return data;
	}

	public Map<String, Object> insure(String memberKey, String caseCode, String insureNum) {
		Map<String, Object> data = common(memberKey, caseCode, insureNum);
		data.put("otherInfo", Map.of());
		data.put("failMsg", "");
		return data;
	}

	public Map<String, Object> pay(String memberKey, String caseCode, String insureNum, long priceFen) {
		Map<String, Object> data = common(memberKey, caseCode, insureNum);
		data.put("payTime", "2026-03-01 10:20:30");
		data.put("price", priceFen);
		data.put("onlinePaymentId", "21");
		data.put("otherInfo", Map.of());
		data.put("failMsg", "");
		return data;
	}

	public Map<String, Object> issue(String memberKey, String caseCode, String insureNum, String policyNum, String insurants) {
		Map<String, Object> data = common(memberKey, caseCode, insureNum);
		Map<String, Object> policy = new LinkedHashMap<>();
		policy.put("productName", "携保境内旅游险");
		policy.put("productId", 1101);
		policy.put("planName", "基础计划");
		policy.put("planId", 11011);
		policy.put("applicant", "王五");
		policy.put("insurant", insurants);
		policy.put("startDate", "2026-04-01");
		policy.put("endDate", "2026-04-03");
		policy.put("policyNum", policyNum);
		data.put("policys", List.of(policy));
		data.put("otherInfo", Map.of());
		data.put("failMsg", "");
		return data;
	}

	public Map<String, Object> ePolicy(String memberKey, String caseCode, String insureNum) {
		return insure(memberKey, caseCode, insureNum);
	}

	Map<String, Object> surrender(String memberKey, String caseCode, String insureNum, String newInsureNum,
			List<String> cancelInsurants) {
		Map<String, Object> data = common(memberKey, caseCode, insureNum);
		if (newInsureNum != null) {
			data.put("newInsureNum", newInsureNum);
		}
		data.put("cancelInsurants", cancelInsurants);
		data.put("cancelMsg", "客户申请退保");
		data.put("otherInfo", Map.of());
		data.put("failMsg", "");
		return data;
	}

	Map<String, Object> endorsement(String memberKey, String insureNum, int status) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("partnerId", Long.valueOf(this.partnerId));
		data.put("partnerUniqueKey", memberKey);
		data.put("insureNum", Long.valueOf(insureNum));
		data.put("state", true);
		data.put("msg", "批改成功");
		data.put("remark", "更正被保人证件号");
		data.put("status", status);
		return data;
	}

	Map<String, Object> abnormal(String insureNum) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("partnerId", Long.valueOf(this.partnerId));
		data.put("failMsg", "保险公司出单异常");
		data.put("insureNum", insureNum);
		return data;
	}

	/** The signed body of notification {@code type} with {@code data}. */
	public String body(int type, Map<String, Object> data) {
		return body(type, data, this.notifyKey);
	}

	String body(int type, Map<String, Object> data, String key) {
		String dataText = JSON.writeValueAsString(data);
		String sign = DigestUtils.md5DigestAsHex((key + dataText).getBytes(StandardCharsets.UTF_8));
		return "{\"notifyType\":" + type + ",\"sign\":\"" + sign + "\",\"data\":" + dataText + "}";
	}

	public HttpResponse<String> post(String body) {
		try {
			return this.http.send(HttpRequest.newBuilder(URI.create(this.url))
				.timeout(Duration.ofSeconds(20))
				.header("Content-Type", "application/json;charset=UTF-8")
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	public HttpResponse<String> post(int type, Map<String, Object> data) {
		return post(body(type, data));
	}

}

package com.baolink.sandbox.aigoubao;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.baolink.partner.aigoubao.AigoubaoApi;

import static com.baolink.sandbox.aigoubao.SandboxEnvelopes.params;
import static org.assertj.core.api.Assertions.assertThat;

/** Pre-orders and look-ups shared by the sandbox tests. */
final class SandboxTestSupport {

	static final String DISTRIBUTOR_MEMBER = "100000";

	static final String DISTRIBUTOR_MOBILE = "13900000000";

	private SandboxTestSupport() {
	}

	static String uniqueMobile() {
		return "137" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
	}

	static String serial() {
		return "BLT" + System.nanoTime() % 10_000_000_000L;
	}

	/** A complete 7.4 request with two prefilled insured persons. */
	static Map<String, Object> preOrder(String serial, int payType, String deliverUrl, String surrenderUrl) {
		LocalDate start = LocalDate.now().plusDays(3);
		return params("distrCode", SandboxEnvelopes.DISTR_CODE, "mobile", DISTRIBUTOR_MOBILE, "memberId",
				DISTRIBUTOR_MEMBER, "outSerialNo", serial, "payType", payType, "productCode", "200437", "productName",
				"天安“旅途无忧”国内旅游意外险", "deliverNotifyUrl", deliverUrl, "returnNotifyUrl", surrenderUrl,
				"refundNotifyUrl", payType == 1 ? surrenderUrl.replace("surrender", "refund") : "", "returnPage",
				"http://localhost:1/orders/42", "safeguardStartTime", start.toString(), "safeguardEndTime",
				start.plusDays(1).toString(), "holderInfo",
				params("holderName", "张三", "holderCardType", "1", "holderCardNo", SandboxPayForm.ZHANG_SAN_ID, "holderMobile",
						"13800138000"),
				"insuredInfoList",
				List.of(params("insuredName", "张三", "insuredCardType", "1", "insuredCardNo", SandboxPayForm.ZHANG_SAN_ID,
						"insuredRelation", "1"),
						params("insuredName", "李四", "insuredCardType", "1", "insuredCardNo", SandboxPayForm.LI_SI_ID,
								"insuredRelation", "5")));
	}

	static SandboxEnvelopes.Answer addTemp(SandboxEnvelopes api, Map<String, Object> request) {
		SandboxEnvelopes.Answer answer = api.call(AigoubaoApi.PATH_ADD_TEMP, request);
		assertThat(answer.code()).as(answer.raw()).isEqualTo("0000");
		return answer;
	}

	static Map<String, Object> orderRef(String tempOrderCode) {
		return params("tempOrderCode", tempOrderCode, "distrCode", SandboxEnvelopes.DISTR_CODE, "memberId",
				DISTRIBUTOR_MEMBER);
	}

	static SandboxEnvelopes.Answer detail(SandboxEnvelopes api, String tempOrderCode) {
		return api.call(AigoubaoApi.PATH_ORDER_DETAIL, orderRef(tempOrderCode));
	}

}

package com.baolink.partner.aigoubao;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Vectors from PROTOCOLS.md §4, computed independently of this code. */
class AigoubaoSignerTests {

	static final String MD5_KEY = "md5-secret-key";

	static final String DES_KEY = "agb-des8";

	@Test
	void flatOrderDetailRequestMatchesWorkedExample() {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("tempOrderCode", "TE2104263325002111");
		params.put("distrCode", "90778244");
		params.put("memberId", "106225");

		assertThat(AigoubaoSigner.canonicalString(params))
			.isEqualTo("DISTRCODE=90778244&MEMBERID=106225&TEMPORDERCODE=TE2104263325002111");
		assertThat(AigoubaoSigner.sign(params, MD5_KEY)).isEqualTo("3771de3c2fea5e015a9ad8198537e3d6");
	}

	@Test
	void nestedPreOrderRequestMatchesWorkedExample() {
		Map<String, Object> holder = new LinkedHashMap<>();
		holder.put("holderName", "张三");
		holder.put("holderCardType", "1");
		holder.put("holderCardNo", "11010519491231002X");
		holder.put("holderMobile", "13800138000");
		Map<String, Object> first = new LinkedHashMap<>();
		first.put("insuredName", "张三");
		first.put("insuredCardType", "1");
		first.put("insuredCardNo", "11010519491231002X");
		first.put("insuredRelation", "1");
		Map<String, Object> second = new LinkedHashMap<>();
		second.put("insuredName", "李四");
		second.put("insuredCardType", "2");
		second.put("insuredCardNo", "E12345678");
		second.put("insuredRelation", "5");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("distrCode", "90778244");
		params.put("mobile", "13800138000");
		params.put("memberId", "106225");
		params.put("outSerialNo", "BL202611230001");
		params.put("payType", "2");
		params.put("productCode", "200207");
		params.put("productName", "天安“旅途无忧”一日游");
		params.put("deliverNotifyUrl", "https://portal.example.com/callbacks/aigoubao/deliver");
		params.put("returnNotifyUrl", "https://portal.example.com/callbacks/aigoubao/surrender");
		params.put("refundNotifyUrl", "");
		params.put("returnPage", "https://portal.example.com/orders/42");
		params.put("safeguardStartTime", "2026-12-01");
		params.put("safeguardEndTime", "2026-12-01");
		params.put("holderInfo", holder);
		params.put("insuredInfoList", List.of(first, second));

		assertThat(AigoubaoSigner.canonicalString(params)).isEqualTo(
				"DELIVERNOTIFYURL=HTTPS://PORTAL.EXAMPLE.COM/CALLBACKS/AIGOUBAO/DELIVER&DISTRCODE=90778244&HOLDERINFO={HOLDERNAME=张三, HOLDERCARDTYPE=1, HOLDERCARDNO=11010519491231002X, HOLDERMOBILE=13800138000}&INSUREDINFOLIST=[{INSUREDNAME=张三, INSUREDCARDTYPE=1, INSUREDCARDNO=11010519491231002X, INSUREDRELATION=1}, {INSUREDNAME=李四, INSUREDCARDTYPE=2, INSUREDCARDNO=E12345678, INSUREDRELATION=5}]&MEMBERID=106225&MOBILE=13800138000&OUTSERIALNO=BL202611230001&PAYTYPE=2&PRODUCTCODE=200207&PRODUCTNAME=天安“旅途无忧”一日游&RETURNNOTIFYURL=HTTPS://PORTAL.EXAMPLE.COM/CALLBACKS/AIGOUBAO/SURRENDER&RETURNPAGE=HTTPS://PORTAL.EXAMPLE.COM/ORDERS/42&SAFEGUARDENDTIME=2026-12-01&SAFEGUARDSTARTTIME=2026-12-01");
		assertThat(AigoubaoSigner.sign(params, MD5_KEY)).isEqualTo("10db08044575455f128e682efc9a1980");
	}

	@Test
	void zeroIsKeptButEmptyValuesAreDropped() {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("b", 0);
		params.put("a", "");
		params.put("c", List.of());
		params.put("d", null);
		assertThat(AigoubaoSigner.canonicalString(params)).isEqualTo("B=0");
	}

	@Test
	void desEncryptsCompactJsonAsInWorkedExample() {
		String json = "{\"tempOrderCode\":\"TE2104263325002111\",\"distrCode\":\"90778244\",\"memberId\":\"106225\"}";
		String expected = "jMXEs/iHpcHywtXm+UPxFeK2wyhEmSvvF9GI/0P5C8E7L9oDFn2ArL7BbgLIoToiTGReHgPU+pf3DeEtRAJdpFro1uNyW+R5M5oqCS/GJOiwZ3YdWCbzUA==";
		assertThat(DesCodec.encrypt(json, DES_KEY)).isEqualTo(expected);
		assertThat(DesCodec.decrypt(expected, DES_KEY)).isEqualTo(json);
	}

	@Test
	void desRefusesGarbageAndWrongKey() {
		assertThatThrownBy(() -> DesCodec.decrypt("not base64 !!!", DES_KEY))
			.isInstanceOf(DesCodec.DecryptionException.class);
		String encrypted = DesCodec.encrypt("{\"a\":1}", DES_KEY);
		assertThatThrownBy(() -> DesCodec.decrypt(encrypted, "other-k8")).isInstanceOf(DesCodec.DecryptionException.class);
	}

	@Test
	void signaturesCompareIgnoringCase() {
		assertThat(AigoubaoSigner.matches("ABCDEF", "abcdef")).isTrue();
		assertThat(AigoubaoSigner.matches("abcdef", "abcdee")).isFalse();
		assertThat(AigoubaoSigner.matches(null, "abcdee")).isFalse();
	}

}

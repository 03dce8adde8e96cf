package com.baolink.partner.qimen;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The worked example of PROTOCOLS.md §4 (computed independently of this code). */
class QimenSignerTests {

	static final String SECRET = "qimen-secret";

	static final byte[] BODY = "{\"identifier\":\"010101004178221080402170019\",\"premium\":\"6.36\"}"
		.getBytes(StandardCharsets.UTF_8);

	static final String EXPECTED = "C6AB2FABCA75DF7D8A4220C6C3C5A13F";

	static Map<String, String> exampleParams() {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("method", "qimen.alibaba.finance.insurance.policy.issuing");
		params.put("app_key", "12345678");
		params.put("timestamp", "2026-11-23 10:00:00");
		params.put("v", "2.0");
		params.put("format", "json");
		params.put("sign_method", "md5");
		params.put("customerId", "c1001");
		return params;
	}

	@Test
	void workedExampleIsExactUppercaseHex() {
		assertThat(QimenSigner.sign(SECRET, exampleParams(), BODY)).isEqualTo(EXPECTED);
	}

	@Test
	void parameterOrderDoesNotMatterAndSignItselfIsLeftOut() {
		Map<String, String> reversed = new LinkedHashMap<>();
		reversedEntries(exampleParams()).forEach(e -> reversed.put(e.getKey(), e.getValue()));
		reversed.put("sign", "WHATEVER");
		assertThat(QimenSigner.sign(SECRET, reversed, BODY)).isEqualTo(EXPECTED);
	}

	@Test
	void signIsOverDecodedQueryValues() {
		String raw = "method=qimen.alibaba.finance.insurance.policy.issuing&app_key=12345678"
				+ "&timestamp=2026-11-23+10%3A00%3A00&v=2.0&format=json&sign_method=md5&customerId=c1001&sign=" + EXPECTED;
		QimenQuery query = QimenQuery.parse(raw);
		assertThat(query.get("timestamp")).isEqualTo("2026-11-23 10:00:00");
		assertThat(QimenSigner.matches(SECRET, query.params(), BODY, query.get("sign"))).isTrue();
		assertThat(QimenQuery.parse(raw.replace("+", "%20")).get("timestamp")).isEqualTo("2026-11-23 10:00:00");
	}

	@Test
	void anyChangeBreaksTheSign() {
		assertThat(QimenSigner.matches(SECRET, exampleParams(), BODY, EXPECTED.toLowerCase())).isTrue();
		assertThat(QimenSigner.matches("other-secret", exampleParams(), BODY, EXPECTED)).isFalse();
		byte[] tampered = new String(BODY, StandardCharsets.UTF_8).replace("6.36", "0.01").getBytes(StandardCharsets.UTF_8);
		assertThat(QimenSigner.matches(SECRET, exampleParams(), tampered, EXPECTED)).isFalse();
		Map<String, String> extra = exampleParams();
		extra.put("partner_id", "p1");
		assertThat(QimenSigner.matches(SECRET, extra, BODY, EXPECTED)).isFalse();
		assertThat(QimenSigner.matches(SECRET, exampleParams(), BODY, null)).isFalse();
	}

	@Test
	void repeatedParameterIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> QimenQuery.parse("app_key=1&app_key=2"));
	}

	static <V> List<Map.Entry<String, V>> reversedEntries(Map<String, V> map) {
		List<Map.Entry<String, V>> entries = new java.util.ArrayList<>(map.entrySet());
		java.util.Collections.reverse(entries);
		return entries;
	}

}

package com.baolink.partner.qimen;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.baolink.scenefinance.IssuingRequest;

class IssuingRequestParserTests {

	static final List<String> REQUIRED = List.of("identifier", "insureTime", "amount", "premiumOfCny", "productCode",
			"expireTime", "premium", "insureId", "currency", "currencyRate", "effectTime");

	static final JsonMapper JSON = JsonMapper.builder().build();

	static Map<String, Object> valid() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("identifier", "ID-1");
		body.put("insureTime", "2021-08-04 15:23:28");
		body.put("amount", "1018.0");
		body.put("premiumOfCny", "6.36");
		body.put("productCode", "PERFORMANCE_SURETY_BONDS");
		body.put("expireTime", "2021-09-12 23:59:59");
		body.put("premium", "6.36");
		body.put("insureId", "010101001178221080402961044");
		body.put("currency", "CNY");
		body.put("currencyRate", "1.0");
		body.put("effectTime", "2021-08-04 15:23:26");
		body.put("insuredPersonalInfo", Map.of("personName", "王五", "personLicenseType", "ALI"));
		body.put("applicantCompanyInfo", Map.of("companyName", "某某公司", "companyLicenseType", "UNITY"));
		return body;
	}

	static IssuingRequest parse(Object body) {
		return IssuingRequestParser.parse(JSON.writeValueAsBytes(body));
	}

	@Test
	void readsTheFieldsAndNames() {
		IssuingRequest request = parse(valid());
		assertThat(request.identifier()).isEqualTo("ID-1");
		assertThat(request.amount()).isEqualByComparingTo(new BigDecimal("1018.00"));
		assertThat(request.premium()).isEqualByComparingTo("6.36");
		assertThat(request.insuredName()).isEqualTo("王五");
		assertThat(request.applicantName()).isEqualTo("某某公司");
		assertThat(request.effectTime()).hasToString("2021-08-04T15:23:26");
	}

	@Test
	void eachMissingOrBlankRequiredFieldIsNamed() {
		for (String field : REQUIRED) {
			Map<String, Object> missing = valid();
			missing.remove(field);
			assertThatThrownBy(() -> parse(missing)).isInstanceOf(InvalidIssuingRequestException.class)
				.hasMessage(field + ": required");
			Map<String, Object> blank = valid();
			blank.put(field, " ");
			assertThatThrownBy(() -> parse(blank)).hasMessage(field + ": required");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "amount=-1", "premium=6.365", "premiumOfCny=abc", "currencyRate=-0.5",
			"insureTime=2021-08-04", "effectTime=2021-02-30 10:00:00", "expireTime=2021-08-04 15:23:26", "currency=rmb" })
	void wrongValuesAreNamed(String assignment) {
		String[] parts = assignment.split("=");
		Map<String, Object> body = valid();
		body.put(parts[0], parts[1]);
		assertThatThrownBy(() -> parse(body)).isInstanceOf(InvalidIssuingRequestException.class)
			.hasMessageStartingWith(parts[0] + ": ");
	}

	@Test
	void nestedObjectsAreChecked() {
		Map<String, Object> notObject = valid();
		notObject.put("attrs", "x");
		assertThatThrownBy(() -> parse(notObject)).hasMessage("attrs: must be an object");
		Map<String, Object> badType = valid();
		badType.put("insuredPersonalInfo", Map.of("personName", "王五", "personLicenseType", "DRIVER"));
		assertThatThrownBy(() -> parse(badType)).hasMessageStartingWith("insuredPersonalInfo.personLicenseType: ");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{", "[1,2]", "not json", "{\"a\":1} trailing", "{\"identifier\":\"a\",\"identifier\":\"b\"}" })
	void malformedBodyIsRefused(String body) {
		assertThatThrownBy(() -> IssuingRequestParser.parse(body.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(InvalidIssuingRequestException.class)
			.hasMessageStartingWith("body: ");
	}

	@Test
	void contentHashIgnoresKeyOrderButNotValues() {
		Map<String, Object> reordered = new LinkedHashMap<>();
		reversedEntries(valid()).forEach(e -> reordered.put(e.getKey(), e.getValue()));
		assertThat(parse(reordered).contentHash()).isEqualTo(parse(valid()).contentHash());
		Map<String, Object> changed = valid();
		changed.put("premium", "6.37");
		assertThat(parse(changed).contentHash()).isNotEqualTo(parse(valid()).contentHash());
	}

	static <V> List<Map.Entry<String, V>> reversedEntries(Map<String, V> map) {
		List<Map.Entry<String, V>> entries = new java.util.ArrayList<>(map.entrySet());
		java.util.Collections.reverse(entries);
		return entries;
	}

}

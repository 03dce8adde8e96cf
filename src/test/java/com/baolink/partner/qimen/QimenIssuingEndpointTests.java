package com.baolink.partner.qimen;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's side over real HTTP: the test builds the query and the md5 sign itself from the
 * sandbox secret (not through QimenSigner), posts the raw JSON body and follows the e-policy link.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "baolink.engine.recurring=false")
class QimenIssuingEndpointTests {

	static final String SECRET = "qimen-sandbox-secret";

	static final String APP_KEY = "12345678";

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void issuesAPolicyWithAChineseEPolicyAndAnswersTheSameOnRepeat() throws Exception {
		Map<String, Object> request = request(unique());
		JsonNode answer = post(request);
		assertThat(answer.get("success").asString()).isEqualTo("true");
		assertThat(answer.get("errorCode").asString()).isEqualTo("SUCCESS");
		String policyNo = answer.at("/context/policyNo").asString();
		String url = answer.at("/context/policyFileUrl").asString();
		assertThat(policyNo).matches("SF\\d{8}\\d{10}");
		assertThat(url).startsWith("http://localhost:" + this.port + "/qimen/policies/").endsWith(".pdf");

		HttpResponse<byte[]> pdf = this.http.send(HttpRequest.newBuilder(URI.create(url)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(pdf.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			assertThat(new PDFTextStripper().getText(document)).contains("电子保单", policyNo, "赵小宝", "某某贸易有限公司");
		}

		JsonNode again = post(request);
		assertThat(again.at("/context/policyNo").asString()).isEqualTo(policyNo);
		assertThat(again.at("/context/policyFileUrl").asString()).isEqualTo(url);
		assertThat(rows(request.get("identifier"))).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT premium FROM scene_policy WHERE policy_no = ?").param(policyNo)
			.query(BigDecimal.class).single()).isEqualByComparingTo("6.36");
	}

	@Autowired
	com.baolink.infrastructure.crypto.PersonalDataCipher cipher;

	@Test
	void storesThePartiesIdNumbersPhonesAndEmailsEncryptedWithKeyedHashes() throws Exception {
		Map<String, Object> request = request(unique());
		request.remove("applicantCompanyInfo");
		request.put("applicantPersonalInfo", Map.of("personName", "钱多多", "personLicenseNo", "110105194912310021",
				"personLicenseType", "IDENTITY_CARD", "personPhone", "13912345678", "personEmail", "qian@example.com",
				"userId", "2088000000000001"));
		assertThat(post(request).get("success").asString()).isEqualTo("true");

		Map<String, Object> row = this.jdbc.sql("""
				SELECT raw_request, applicant_license_hash, insured_license_hash FROM scene_policy WHERE identifier = ?""")
			.param(request.get("identifier"))
			.query()
			.singleRow();
		String raw = (String) row.get("raw_request");
		assertThat(raw).doesNotContain("110105194912310021", "13912345678", "qian@example.com", "\"personLicenseNo\":\"2944982885")
			.contains("enc:v1:sbx1:", "钱多多", "赵小宝", "PERFORMANCE_SURETY_BONDS");
		JsonNode stored = JSON.readTree(raw);
		assertThat(this.cipher.decrypt(stored.at("/applicantPersonalInfo/personLicenseNo").asString())).isEqualTo("110105194912310021");
		assertThat(this.cipher.decrypt(stored.at("/applicantPersonalInfo/personPhone").asString())).isEqualTo("13912345678");
		assertThat(this.cipher.decrypt(stored.at("/insuredPersonalInfo/personLicenseNo").asString())).isEqualTo("2944982885");
		assertThat(row.get("applicant_license_hash")).isEqualTo(this.cipher.hash("110105194912310021"));
		assertThat(row.get("insured_license_hash")).isEqualTo(this.cipher.hash("2944982885"));
	}

	@Test
	void sameIdentifierWithOtherContentIsAConflictAndChangesNothing() throws Exception {
		Map<String, Object> request = request(unique());
		String policyNo = post(request).at("/context/policyNo").asString();
		Map<String, Object> before = row(request.get("identifier"));

		Map<String, Object> changed = new LinkedHashMap<>(request);
		changed.put("premium", "9.99");
		JsonNode answer = post(changed);
		assertThat(answer.get("success").asString()).isEqualTo("false");
		assertThat(answer.get("errorCode").asString()).isEqualTo("identifier-conflict");
		assertThat(answer.has("context")).isFalse();
		assertThat(row(request.get("identifier"))).isEqualTo(before).containsEntry("policy_no", policyNo);
	}

	@Test
	void badSignUnknownAppKeyAndWrongMethodAreIllegalRequests() throws Exception {
		Map<String, Object> request = request(unique());
		byte[] body = JSON.writeValueAsBytes(request);
		Map<String, String> params = systemParams(LocalDateTime.now(ZoneId.of("Asia/Shanghai")));
		String good = sign(SECRET, params, body);

		assertIllegal(send(params, (good.charAt(0) == '0' ? "1" : "0") + good.substring(1), body));
		assertIllegal(send(params, sign("someone-else", params, body), body));
		Map<String, String> foreignKey = new LinkedHashMap<>(params);
		foreignKey.put("app_key", "87654321");
		assertIllegal(send(foreignKey, sign(SECRET, foreignKey, body), body));
		Map<String, String> otherMethod = new LinkedHashMap<>(params);
		otherMethod.put("method", "qimen.alibaba.finance.insurance.policy.cancel");
		assertIllegal(send(otherMethod, sign(SECRET, otherMethod, body), body));
		byte[] tampered = JSON.writeValueAsBytes(Map.of("identifier", request.get("identifier"), "premium", "0.01"));
		assertIllegal(send(params, good, tampered));
		assertThat(rows(request.get("identifier"))).isZero();
	}

	@Test
	void staleOrFutureTimestampIsRefused() throws Exception {
		Map<String, Object> request = request(unique());
		byte[] body = JSON.writeValueAsBytes(request);
		LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
		for (LocalDateTime when : List.of(now.minusMinutes(6), now.plusMinutes(6))) {
			Map<String, String> params = systemParams(when);
			JsonNode answer = send(params, sign(SECRET, params, body), body);
			assertThat(answer.get("success").asString()).isEqualTo("false");
			assertThat(answer.get("errorCode").asString()).isEqualTo("timestamp-expired");
		}
		assertThat(rows(request.get("identifier"))).isZero();
	}

	@Test
	void eachMissingRequiredFieldIsNamedAndMalformedJsonRefused() throws Exception {
		for (String field : IssuingRequestParserTests.REQUIRED) {
			Map<String, Object> request = request(unique());
			request.remove(field);
			JsonNode answer = post(request);
			assertThat(answer.get("success").asString()).isEqualTo("false");
			assertThat(answer.get("errorCode").asString()).isEqualTo("invalid-parameter");
			assertThat(answer.get("errorMessage").asString()).isEqualTo(field + ": required");
		}
		byte[] malformed = "{\"identifier\":\"x\",".getBytes(StandardCharsets.UTF_8);
		Map<String, String> params = systemParams(LocalDateTime.now(ZoneId.of("Asia/Shanghai")));
		JsonNode answer = send(params, sign(SECRET, params, malformed), malformed);
		assertThat(answer.get("errorCode").asString()).isEqualTo("invalid-parameter");
		assertThat(answer.get("errorMessage").asString()).startsWith("body: ");
	}

	@Test
	void concurrentDuplicatesMakeOnePolicy() throws Exception {
		Map<String, Object> request = request(unique());
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Callable<JsonNode> call = () -> {
				start.await();
				return post(request);
			};
			Future<JsonNode> first = pool.submit(call);
			Future<JsonNode> second = pool.submit(call);
			start.countDown();
			JsonNode a = first.get();
			JsonNode b = second.get();
			assertThat(a.get("success").asString()).isEqualTo("true");
			assertThat(b.get("success").asString()).isEqualTo("true");
			assertThat(a.at("/context/policyNo").asString()).isEqualTo(b.at("/context/policyNo").asString());
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(rows(request.get("identifier"))).isEqualTo(1);
	}

	@Test
	void oversizedBodyAndMissingSystemParametersAreRefused() throws Exception {
		byte[] huge = ("{\"identifier\":\"" + "x".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> tooLarge = this.http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/qimen/policy/issuing?app_key=" + APP_KEY))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(huge))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(JSON.readTree(tooLarge.body()).get("errorCode").asString()).isEqualTo("request-too-large");

		HttpResponse<String> bare = this.http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/qimen/policy/issuing"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertIllegal(JSON.readTree(bare.body()));
	}

	@Test
	void unknownDownloadTokenIsNotFound() throws Exception {
		for (String token : List.of("A".repeat(43), "short", "..%2F..%2Fetc")) {
			HttpResponse<String> response = this.http.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + this.port + "/qimen/policies/" + token + ".pdf"))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(token).isIn(400, 404);
		}
	}

	// --- the platform's client, written from the protocol document ---

	static String unique() {
		return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
	}

	static Map<String, Object> request(String identifier) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("identifier", identifier);
		body.put("insureTime", "2026-11-23 09:58:00");
		body.put("amount", "1018.0");
		body.put("premiumRate", "0.00625");
		body.put("premiumOfCny", "6.36");
		body.put("insurePeriod", 40);
		body.put("productCode", "PERFORMANCE_SURETY_BONDS");
		body.put("expireTime", "2027-01-01 23:59:59");
		body.put("premium", "6.36");
		body.put("insureId", "INS-" + identifier);
		body.put("currency", "CNY");
		body.put("currencyRate", "1.0");
		body.put("effectTime", "2026-11-23 10:00:00");
		body.put("insuredPersonalInfo", Map.of("personName", "赵小宝", "personLicenseNo", "2944982885",
				"personLicenseType", "ALI", "userId", "2944982885"));
		body.put("applicantCompanyInfo", Map.of("companyName", "某某贸易有限公司", "companyLicenseType", "UNITY"));
		body.put("attrs", Map.of("insuranceTypes", "QUALITY,DELIVERY,APPEARANCE", "agreeOnSendTime", "1628870399000"));
		return body;
	}

	static Map<String, String> systemParams(LocalDateTime timestamp) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("method", "qimen.alibaba.finance.insurance.policy.issuing");
		params.put("app_key", APP_KEY);
		params.put("timestamp", TIME.format(timestamp));
		params.put("v", "2.0");
		params.put("format", "json");
		params.put("sign_method", "md5");
		params.put("customerId", "c1001");
		return params;
	}

	static String sign(String secret, Map<String, String> params, byte[] body) throws Exception {
		StringBuilder text = new StringBuilder(secret);
		new TreeMap<>(params).forEach((k, v) -> text.append(k).append(v));
		MessageDigest md5 = MessageDigest.getInstance("MD5");
		md5.update(text.toString().getBytes(StandardCharsets.UTF_8));
		md5.update(body);
		md5.update(secret.getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().withUpperCase().formatHex(md5.digest());
	}

	JsonNode post(Map<String, Object> request) throws Exception {
		byte[] body = JSON.writeValueAsBytes(request);
		Map<String, String> params = systemParams(LocalDateTime.now(ZoneId.of("Asia/Shanghai")));
		return send(params, sign(SECRET, params, body), body);
	}

	JsonNode send(Map<String, String> params, String sign, byte[] body) throws IOException, InterruptedException {
		Map<String, String> all = new LinkedHashMap<>(params);
		all.put("sign", sign);
		String query = all.entrySet().stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/qimen/policy/issuing?" + query))
			.header("Content-Type", "application/json;charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	static void assertIllegal(JsonNode answer) {
		assertThat(answer.get("success").asString()).isEqualTo("false");
		assertThat(answer.get("errorCode").asString()).isEqualTo("sign-check-failure");
		assertThat(answer.get("errorMessage").asString()).isEqualTo("Illegal request");
	}

	long rows(Object identifier) {
		return this.jdbc.sql("SELECT COUNT(*) FROM scene_policy WHERE identifier = ?").param(identifier)
			.query(Long.class).single();
	}

	Map<String, Object> row(Object identifier) {
		return this.jdbc.sql("""
				SELECT policy_no, content_hash, premium, raw_request, download_token
				FROM scene_policy WHERE identifier = ?""").param(identifier).query().singleRow();
	}

}

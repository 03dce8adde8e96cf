package com.baolink.sandbox.aigoubao;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import com.baolink.partner.aigoubao.AigoubaoSigner;
import com.baolink.partner.aigoubao.DesCodec;

/**
 * Builds AiGouBao envelopes by hand (compact JSON → DES → Base64, sign over the plaintext) and posts
 * them to the sandbox, independent of the portal's client. Hostile variants are built by changing
 * one part of an envelope.
 */
final class SandboxEnvelopes {

	static final String TOKEN = "SANDBOXACCESSTOKEN00000000000001";

	static final String DES_KEY = "sbx-des8";

	static final String MD5_KEY = "sandbox-md5-secret";

	static final String DISTR_CODE = "90778244";

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final RestClient http;

	private final Clock clock;

	SandboxEnvelopes(int port, Clock clock) {
		this.clock = clock;
		this.http = RestClient.builder()
			.requestFactory(new JdkClientHttpRequestFactory(HttpClient.newHttpClient()))
			.baseUrl("http://localhost:" + port + "/sandbox/aigoubao")
			.build();
	}

	RestClient http() {
		return this.http;
	}

	/** A correct envelope for {@code params}, as a mutable map so tests can spoil one part. */
	Map<String, Object> envelope(Map<String, Object> params) {
		String plaintext = JSON.writeValueAsString(params);
		Map<String, Object> envelope = new LinkedHashMap<>();
		envelope.put("accessToken", TOKEN);
		envelope.put("ip", "127.0.0.1");
		envelope.put("nonce", UUID.randomUUID().toString());
		envelope.put("requestBody", DesCodec.encrypt(plaintext, DES_KEY));
		envelope.put("sign", AigoubaoSigner.sign(JSON.readValue(plaintext, LinkedHashMap.class), MD5_KEY));
		envelope.put("timestamp", this.clock.millis());
		envelope.put("version", "1.0");
		return envelope;
	}

	/** Posts a correct envelope. */
	Answer call(String path, Map<String, Object> params) {
		return post(path, envelope(params));
	}

	Answer post(String path, Map<String, Object> envelope) {
		return postRaw(path, JSON.writeValueAsString(envelope));
	}

	@SuppressWarnings("unchecked")
	Answer postRaw(String path, String body) {
		String answer = this.http.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.body(String.class);
		Map<String, Object> parsed = JSON.readValue(answer, LinkedHashMap.class);
		return new Answer((String) parsed.get("code"), (String) parsed.get("message"), parsed.get("data"), answer);
	}

	/** Ordered map from alternating keys and values. */
	static Map<String, Object> params(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	record Answer(String code, String message, Object data, String raw) {

		@SuppressWarnings("unchecked")
		Map<String, Object> dataMap() {
			return (Map<String, Object>) this.data;
		}

		String dataText(String key) {
			return String.valueOf(dataMap().get(key));
		}

	}

}

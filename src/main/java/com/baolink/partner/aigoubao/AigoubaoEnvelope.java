package com.baolink.partner.aigoubao;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The signed and encrypted envelope every AiGouBao call is posted in (document §5):
 * {@code requestBody} is Base64(DES(compact JSON of the business parameters)) and {@code sign} is
 * computed over the plaintext parameter tree parsed back from that same JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "accessToken", "ip", "nonce", "requestBody", "sign", "timestamp", "version" })
public record AigoubaoEnvelope(String accessToken, String ip, String nonce, String requestBody, String sign,
		long timestamp, String version) {

	public static final String VERSION = "1.0";

	/** Seals {@code request} with the distributor's secrets. */
	public static AigoubaoEnvelope seal(Object request, String nonce, long timestampMillis, String ip,
			AigoubaoProperties properties) {
		String json = AigoubaoJson.write(request);
		Map<String, Object> params = AigoubaoJson.parseTree(json);
		return new AigoubaoEnvelope(properties.accessToken(), ip, nonce, DesCodec.encrypt(json, properties.desKey()),
				AigoubaoSigner.sign(params, properties.md5Key()), timestampMillis, VERSION);
	}

	public String toJson() {
		return AigoubaoJson.write(this);
	}

	@Override
	public String toString() {
		return "AigoubaoEnvelope[nonce=" + this.nonce + ", timestamp=" + this.timestamp + ", secrets=***]";
	}

}

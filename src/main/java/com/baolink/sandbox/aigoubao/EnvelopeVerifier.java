package com.baolink.sandbox.aigoubao;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.baolink.partner.aigoubao.AigoubaoProperties;
import com.baolink.partner.aigoubao.AigoubaoSigner;
import com.baolink.partner.aigoubao.DesCodec;

/**
 * Checks an envelope the way the real gateway does, in this order: access token (5000), decryption
 * with the DES key (2009), signature over the decrypted parameters (2000), timestamp within 5
 * minutes and unused nonce (2008), rate limit (0002). The secrets are the distributor's
 * {@code baolink.aigoubao.*} ones, as the real gateway holds the same secrets.
 */
@Component
@Profile("sandbox")
class EnvelopeVerifier {

	static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

	private final AigoubaoProperties secrets;

	private final RequestGuards guards;

	private final Clock clock;

	EnvelopeVerifier(AigoubaoProperties secrets, RequestGuards guards, Clock clock) {
		this.secrets = secrets;
		this.guards = guards;
		this.clock = clock;
	}

	/** @return the decrypted business parameters of an acceptable envelope */
	Params verify(String body) {
		Map<String, Object> envelope = body == null ? null : SandboxJson.readObject(body);
		if (envelope == null) {
			throw SandboxRefusal.failure("请求报文格式错误");
		}
		Params fields = new Params(envelope);
		if (!this.secrets.accessToken().equals(fields.optional("accessToken"))) {
			throw new SandboxRefusal(SandboxRefusal.TOKEN_INVALID, "请求接口TOKEN不合法");
		}
		Map<String, Object> params = decrypt(fields.optional("requestBody"));
		String expectedSign = AigoubaoSigner.sign(params, this.secrets.md5Key());
		if (!AigoubaoSigner.matches(expectedSign, fields.optional("sign"))) {
			throw new SandboxRefusal(SandboxRefusal.SIGNATURE_ERROR, "接口签名错误");
		}
		checkFreshness(fields.optional("timestamp"), fields.optional("nonce"));
		if (!this.guards.withinRateLimit()) {
			throw new SandboxRefusal(SandboxRefusal.TOO_MANY_REQUESTS, "接口请求频繁");
		}
		return new Params(params);
	}

	private Map<String, Object> decrypt(String requestBody) {
		if (requestBody == null) {
			throw new SandboxRefusal(SandboxRefusal.DECRYPTION_FAILED, "报文解密失败");
		}
		try {
			Map<String, Object> params = SandboxJson.readObject(DesCodec.decrypt(requestBody, this.secrets.desKey()));
			if (params != null) {
				return params;
			}
		}
		catch (DesCodec.DecryptionException ex) {
			// falls through to the refusal: wrong key or not ciphertext at all
		}
		throw new SandboxRefusal(SandboxRefusal.DECRYPTION_FAILED, "报文解密失败");
	}

	private void checkFreshness(String timestamp, String nonce) {
		long millis;
		try {
			millis = Long.parseLong(timestamp == null ? "" : timestamp);
		}
		catch (NumberFormatException ex) {
			throw new SandboxRefusal(SandboxRefusal.NOT_ALLOWED, "请求接口不合法: timestamp");
		}
		if (Math.abs(this.clock.millis() - millis) > MAX_CLOCK_SKEW.toMillis()) {
			throw new SandboxRefusal(SandboxRefusal.NOT_ALLOWED, "请求接口不合法: 请求已过期");
		}
		if (nonce == null || nonce.length() > 64 || !this.guards.firstUseOf(nonce)) {
			throw new SandboxRefusal(SandboxRefusal.NOT_ALLOWED, "请求接口不合法: nonce重复");
		}
	}

}

package com.baolink.sandbox.xiebao;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;

/**
 * What the real Xiebao checks on a page link: a known partner account and
 * {@code sign = md5(apiKey + partnerId)} (32 lower-case hex); plus the optional base64
 * {@code paySuccess} URL.
 */
@Component
@Profile("sandbox")
class XiebaoSandboxGate {

	private final SandboxXiebaoProperties properties;

	XiebaoSandboxGate(SandboxXiebaoProperties properties) {
		this.properties = properties;
	}

	void check(String partnerId, String sign) {
		if (partnerId == null || !partnerId.equals(this.properties.partnerId())) {
			throw new XiebaoSandboxRefusal(HttpStatus.FORBIDDEN, "sandbox.xiebao.error.partner");
		}
		String expected = DigestUtils
			.md5DigestAsHex((this.properties.apiKey() + partnerId).getBytes(StandardCharsets.UTF_8));
		if (sign == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				sign.getBytes(StandardCharsets.UTF_8))) {
			throw new XiebaoSandboxRefusal(HttpStatus.FORBIDDEN, "sandbox.xiebao.error.sign");
		}
	}

	void requireMember(String partnerUniqKey) {
		if (partnerUniqKey == null || partnerUniqKey.isBlank()) {
			throw new XiebaoSandboxRefusal(HttpStatus.BAD_REQUEST, "sandbox.xiebao.error.member");
		}
	}

	/** The decoded {@code paySuccess} URL, or null when none was given. */
	String paySuccessUrl(String paySuccess) {
		if (paySuccess == null || paySuccess.isBlank()) {
			return null;
		}
		try {
			String url = new String(Base64.getDecoder().decode(paySuccess.trim()), StandardCharsets.UTF_8);
			if (url.startsWith("https://") || url.startsWith("http://")) {
				return url;
			}
		}
		catch (IllegalArgumentException ex) {
			// not base64: refused below
		}
		throw new XiebaoSandboxRefusal(HttpStatus.BAD_REQUEST, "sandbox.xiebao.error.paySuccess");
	}

}

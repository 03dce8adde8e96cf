package com.baolink.partner.xiebao;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;

import com.baolink.partner.xiebao.XiebaoVerification.BadSignature;
import com.baolink.partner.xiebao.XiebaoVerification.Malformed;
import com.baolink.partner.xiebao.XiebaoVerification.NotConfigured;
import com.baolink.partner.xiebao.XiebaoVerification.Verified;
import com.baolink.partner.xiebao.XiebaoVerification.WrongPartner;

/**
 * Checks and reads one notification body (document 002). {@code sign = MD5(notifyKey + data)}
 * where {@code data} is <b>assumed</b> (PROTOCOLS.md) to be the JSON text of the data object: the
 * exact text as received is tried, and also its compact re-serialisation (in case the partner
 * signs a compact form but sends it formatted). Hex is compared case-insensitively in constant
 * time. A correctly signed notification for another partner account is refused.
 */
@Component
public class XiebaoNotificationVerifier {

	/** The callback endpoint refuses larger bodies; a real notification is a few hundred bytes. */
	public static final int MAX_BODY_CHARS = 64 * 1024;

	private final XiebaoProperties properties;

	public XiebaoNotificationVerifier(XiebaoProperties properties) {
		this.properties = properties;
	}

	public XiebaoVerification verify(String body) {
		if (!this.properties.enabled()) {
			return new NotConfigured();
		}
		if (body == null || body.isBlank()) {
			return new Malformed("empty body");
		}
		if (body.length() > MAX_BODY_CHARS) {
			return new Malformed("body larger than 64 KB");
		}
		try {
			XiebaoEnvelope envelope = XiebaoEnvelope.read(body);
			JsonNode data = XiebaoJson.mapper().readTree(envelope.data());
			if (!signatureMatches(envelope.sign(), envelope.data(), data)) {
				return new BadSignature();
			}
			String partnerId = new NotificationData(data).text("partnerId");
			if (partnerId == null || !partnerId.trim().equals(this.properties.partnerId().trim())) {
				return new WrongPartner(partnerId);
			}
			return new Verified(XiebaoNotificationParser.parse(envelope.notifyType(), new NotificationData(data),
					envelope.data()));
		}
		catch (MalformedNotificationException ex) {
			return new Malformed(ex.getMessage());
		}
	}

	private boolean signatureMatches(String sign, String rawData, JsonNode data) {
		byte[] received = sign.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
		boolean exact = MessageDigest.isEqual(received, expectedSign(rawData));
		boolean compact = MessageDigest.isEqual(received, expectedSign(XiebaoJson.mapper().writeValueAsString(data)));
		return exact | compact;
	}

	private byte[] expectedSign(String dataText) {
		String signed = this.properties.notifyKey() + dataText;
		return DigestUtils.md5DigestAsHex(signed.getBytes(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
	}

}

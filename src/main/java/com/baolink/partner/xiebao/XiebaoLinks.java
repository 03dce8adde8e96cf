package com.baolink.partner.xiebao;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;

import com.baolink.infrastructure.web.ServerAddress;

/**
 * Signed Xiebao page links (document 003): product page, Xiebao home page and policy detail page.
 * The browser is redirected to them; the {@code sign} is {@code md5(apiKey + partnerId)}, 32
 * lower-case hex, the same for every link of an account. Parameters appear in the document's order;
 * {@code subPartnerId} is always sent, empty when there is none, as in the document's examples.
 * The base URL is resolved at use time (the sandbox's base is relative to this server).
 */
@Component
public class XiebaoLinks {

	static final String PRODUCT_PATH = "/dispatch/cps";

	static final String HOME_PATH = "/dispatch/cps/index";

	static final String POLICY_DETAIL_PATH = "/dispatch/cps/insureDetail";

	private final XiebaoProperties properties;

	private final ServerAddress serverAddress;

	public XiebaoLinks(XiebaoProperties properties, ServerAddress serverAddress) {
		this.properties = properties;
		this.serverAddress = serverAddress;
	}

	/** Whether the Xiebao channel is configured; when false every link method throws. */
	public boolean isEnabled() {
		return this.properties.enabled();
	}

	/** {@code md5(apiKey + partnerId)} as 32 lower-case hex digits. */
	public static String sign(String apiKey, String partnerId) {
		return DigestUtils.md5DigestAsHex((apiKey + partnerId).getBytes(StandardCharsets.UTF_8));
	}

	/** The hosted product page of {@code caseCode} for the member {@code partnerUniqKey}. */
	public String productLink(String caseCode, String partnerUniqKey, Platform platform) {
		return productLink(caseCode, partnerUniqKey, platform, null);
	}

	/**
	 * The product page, and after a payment Xiebao sends the browser to {@code paySuccessUrl}
	 * (base64, as on the home link; null: none). <b>(assumed)</b> Document 003 lists
	 * {@code paySuccess} only on the home link; the portal sends it on the product link too, for
	 * share-link customers who must come back to their own status page.
	 */
	public String productLink(String caseCode, String partnerUniqKey, Platform platform, String paySuccessUrl) {
		Map<String, String> params = accountParams();
		params.put("subPartnerId", this.properties.subPartnerIdOrEmpty());
		params.put("caseCode", required(caseCode, "caseCode"));
		params.put("partnerUniqKey", required(partnerUniqKey, "partnerUniqKey"));
		params.put("platform", String.valueOf(platform.code()));
		if (paySuccessUrl != null && !paySuccessUrl.isBlank()) {
			params.put("paySuccess", Base64.getEncoder().encodeToString(paySuccessUrl.getBytes(StandardCharsets.UTF_8)));
		}
		return link(PRODUCT_PATH, params);
	}

	/**
	 * Xiebao's home page for the member; after a payment Xiebao sends the browser to
	 * {@code paySuccessUrl} (optional, passed base64-encoded). The document says PC is not
	 * supported on this page, so PC is sent as H5.
	 */
	public String homeLink(String partnerUniqKey, Platform platform, String paySuccessUrl) {
		Map<String, String> params = accountParams();
		params.put("subPartnerId", this.properties.subPartnerIdOrEmpty());
		params.put("partnerUniqKey", required(partnerUniqKey, "partnerUniqKey"));
		params.put("platform", String.valueOf(withoutPc(platform).code()));
		if (paySuccessUrl != null && !paySuccessUrl.isBlank()) {
			params.put("paySuccess", Base64.getEncoder().encodeToString(paySuccessUrl.getBytes(StandardCharsets.UTF_8)));
		}
		return link(HOME_PATH, params);
	}

	/**
	 * The policy detail page of an application; the only way to a Xiebao policy document. PC is
	 * sent as H5 (not supported there, says the document).
	 */
	public String policyDetailLink(String insureNum, Platform platform) {
		Map<String, String> params = accountParams();
		params.put("insureNum", required(insureNum, "insureNum"));
		params.put("platform", String.valueOf(withoutPc(platform).code()));
		return link(POLICY_DETAIL_PATH, params);
	}

	private Map<String, String> accountParams() {
		if (!isEnabled()) {
			throw new IllegalStateException("The Xiebao channel is not configured (baolink.xiebao.base-url)");
		}
		Map<String, String> params = new LinkedHashMap<>();
		params.put("partnerId", this.properties.partnerId().trim());
		return params;
	}

	private String link(String path, Map<String, String> params) {
		params.put("sign", sign(this.properties.apiKey(), this.properties.partnerId().trim()));
		StringJoiner query = new StringJoiner("&", "?", "");
		params.forEach((name, value) -> query.add(name + "=" + encode(value)));
		return this.serverAddress.resolve(this.properties.baseUrl()) + path + query;
	}

	/** Percent-encoding of a query value (UTF-8, space as %20 rather than +). */
	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static Platform withoutPc(Platform platform) {
		return platform == Platform.PC ? Platform.H5 : platform;
	}

	private static String required(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " is required");
		}
		return value;
	}

}

package com.baolink.sandbox.aigoubao;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.baolink.infrastructure.web.ServerAddress;
import com.baolink.partner.aigoubao.AigoubaoProperties;

/** Addresses of the sandbox's hosted pages and files, as absolute URLs of this server. */
@Component
@Profile("sandbox")
class SandboxLinks {

	static final String BASE = "/sandbox/aigoubao";

	static final String PURCHASE_PAGE = BASE + "/h5/purchase/{tempOrderCode}";

	static final String ORDER_LIST_PAGE = BASE + "/h5/orders";

	static final String POLICY_FILE = BASE + "/files/policy/{policyCode}.pdf";

	static final String CERTIFICATE_FILE = BASE + "/files/certificate/{policyCode}.pdf";

	static final String INVOICE_FILE = BASE + "/files/invoice/{policyCode}.pdf";

	static final String LOGO_FILE = BASE + "/logo/{productCode}.png";

	private final ServerAddress server;

	private final AigoubaoProperties secrets;

	SandboxLinks(ServerAddress server, AigoubaoProperties secrets) {
		this.server = server;
		this.secrets = secrets;
	}

	String purchasePage(String tempOrderCode) {
		return absolute(PURCHASE_PAGE.replace("{tempOrderCode}", tempOrderCode));
	}

	String policy(String policyCode) {
		return absolute(POLICY_FILE.replace("{policyCode}", policyCode));
	}

	String certificate(String policyCode) {
		return absolute(CERTIFICATE_FILE.replace("{policyCode}", policyCode));
	}

	String invoice(String policyCode) {
		return absolute(INVOICE_FILE.replace("{policyCode}", policyCode));
	}

	/** Products spelled like the document's example get a protocol-relative logo, like the example. */
	String logo(String productCode, boolean protocolRelative) {
		String url = absolute(LOGO_FILE.replace("{productCode}", productCode));
		return protocolRelative ? url.substring(url.indexOf("//")) : url;
	}

	String orderList(long memberId) {
		return absolute(ORDER_LIST_PAGE) + "?memberId=" + memberId + "&creditToken=" + orderListToken(memberId);
	}

	/** The token that lets a browser see one member's order list without a login (like the partner's). */
	String orderListToken(long memberId) {
		try {
			byte[] digest = MessageDigest.getInstance("MD5")
				.digest((memberId + ":" + this.secrets.md5Key()).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().withUpperCase().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String absolute(String path) {
		return this.server.selfBaseUrl() + path;
	}

}

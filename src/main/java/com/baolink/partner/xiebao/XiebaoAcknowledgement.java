package com.baolink.partner.xiebao;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers to a notification (document 002). Anything but the success body makes Xiebao retry
 * (after 3 s, then hourly 5 times), so success is also the answer for types the portal ignores.
 */
public final class XiebaoAcknowledgement {

	public static final String SUCCESS = "{\"state\":true}";

	private XiebaoAcknowledgement() {
	}

	/** {@code {"state":false,"failMsg":"…"}} with the message JSON-escaped. */
	public static String failure(String failMsg) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("state", false);
		body.put("failMsg", failMsg == null ? "" : failMsg);
		return XiebaoJson.mapper().writeValueAsString(body);
	}

}

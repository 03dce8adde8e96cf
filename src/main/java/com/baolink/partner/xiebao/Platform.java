package com.baolink.partner.xiebao;

import java.util.Locale;

/** The {@code platform} link parameter (document 003: 1 H5, 2 PC, 3 iOS, 4 Android). */
public enum Platform {

	H5(1), PC(2), IOS(3), ANDROID(4);

	private static final String[] PHONE_MARKERS = { "mobi", "iphone", "ipod", "android", "windows phone",
			"micromessenger", "harmonyos" };

	private final int code;

	Platform(int code) {
		this.code = code;
	}

	public int code() {
		return this.code;
	}

	/**
	 * H5 for a phone browser, PC otherwise. The portal is a web site, so the app platforms (iOS,
	 * Android) are never chosen from a browser's User-Agent.
	 */
	public static Platform forUserAgent(String userAgent) {
		if (userAgent == null) {
			return PC;
		}
		String agent = userAgent.toLowerCase(Locale.ROOT);
		for (String marker : PHONE_MARKERS) {
			if (agent.contains(marker)) {
				return H5;
			}
		}
		return PC;
	}

}

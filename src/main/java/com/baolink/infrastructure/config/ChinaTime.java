package com.baolink.infrastructure.config;

import java.time.ZoneId;

/** Partner timestamps and business dates are China time. */
public final class ChinaTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private ChinaTime() {
	}

}

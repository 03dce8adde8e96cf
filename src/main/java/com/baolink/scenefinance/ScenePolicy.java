package com.baolink.scenefinance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;

import com.baolink.infrastructure.config.ChinaTime;

/** An issued scene-finance policy as staff and the e-policy see it (without the raw request and PDF). */
public record ScenePolicy(long id, String identifier, String contentHash, String policyNo, String productCode,
		String insureId, String applicantName, String insuredName, BigDecimal amount, BigDecimal premium,
		String currency, LocalDateTime effectTime, LocalDateTime expireTime, String downloadToken,
		Instant createdAt) {

	/** When it was issued, China time. */
	public LocalDateTime createdAtChina() {
		return LocalDateTime.ofInstant(this.createdAt, ChinaTime.ZONE);
	}

}

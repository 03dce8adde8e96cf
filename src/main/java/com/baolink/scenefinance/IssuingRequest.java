package com.baolink.scenefinance;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A validated {@code policy.issuing} business request: the fields the portal keeps in columns, the
 * body as received, and {@code contentHash} (SHA-256 of the body's canonical JSON, keys sorted) that
 * decides whether a repeated {@code identifier} is the same request.
 */
public record IssuingRequest(String identifier, String insureId, String productCode, LocalDateTime insureTime,
		LocalDateTime effectTime, LocalDateTime expireTime, BigDecimal amount, BigDecimal premium,
		BigDecimal premiumOfCny, String currency, BigDecimal currencyRate, String applicantName, String insuredName,
		String rawJson, String contentHash) {
}

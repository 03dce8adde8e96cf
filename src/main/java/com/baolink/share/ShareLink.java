package com.baolink.share;

import java.time.Instant;
import java.time.LocalDate;

import com.baolink.infrastructure.config.ChinaTime;

/** A member's share link of a product (optionally one plan), with the note shown to customers. */
record ShareLink(long id, String token, long memberId, long productId, String planCode, String note, Instant createdAt,
		Instant expiresAt, Instant revokedAt, int opens) {

	boolean isRevoked() {
		return this.revokedAt != null;
	}

	boolean isExpired(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

	/** The last day (China time) the link works: it expires at the start of the next day. */
	LocalDate lastDay() {
		return lastDay(this.expiresAt);
	}

	static LocalDate lastDay(Instant expiresAt) {
		return expiresAt.minusMillis(1).atZone(ChinaTime.ZONE).toLocalDate();
	}

	boolean isActive(Instant now) {
		return !isRevoked() && !isExpired(now);
	}

}

package com.baolink.catalog;

/**
 * What a purchase of a product must respect: insurable age (whole years at the cover start), cover
 * period length in days (both ends inclusive: a one-day cover is 1) and how far ahead the cover may
 * start. A null bound means the portal's default ({@link #DEFAULT_MAX_COVER_DAYS},
 * {@link #DEFAULT_MAX_START_DAYS_AHEAD}) or none (ages).
 */
public record ProductLimits(Integer minAge, Integer maxAge, Integer minCoverDays, Integer maxCoverDays,
		Integer maxStartDaysAhead) {

	public static final int DEFAULT_MAX_COVER_DAYS = 366;

	public static final int DEFAULT_MAX_START_DAYS_AHEAD = 180;

	public static final ProductLimits NONE = new ProductLimits(null, null, null, null, null);

	public int coverDaysAtLeast() {
		return this.minCoverDays == null ? 1 : this.minCoverDays;
	}

	public int coverDaysAtMost() {
		return this.maxCoverDays == null ? DEFAULT_MAX_COVER_DAYS : this.maxCoverDays;
	}

	public int startDaysAheadAtMost() {
		return this.maxStartDaysAhead == null ? DEFAULT_MAX_START_DAYS_AHEAD : this.maxStartDaysAhead;
	}

	public boolean hasAgeLimit() {
		return this.minAge != null || this.maxAge != null;
	}

	public boolean ageAllowed(int age) {
		return (this.minAge == null || age >= this.minAge) && (this.maxAge == null || age <= this.maxAge);
	}

}

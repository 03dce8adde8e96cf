package com.baolink.partner.aigoubao;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the shared partner rate budget is split: background work may use at most
 * {@code background-share} of the limit and owed calls and hinted pulls {@code owed-share}, so
 * member actions keep headroom and owed calls go before reconciliation; how long a caller may wait
 * for a permit.
 */
@Validated
@ConfigurationProperties("baolink.rate-budget")
public record RateBudgetProperties(
		@DefaultValue("0.75") @DecimalMin("0.0") @DecimalMax("1.0") double backgroundShare,
		@DefaultValue("0.9") @DecimalMin("0.0") @DecimalMax("1.0") double owedShare,
		@DefaultValue("2s") Duration userMaxWait, @DefaultValue("0s") Duration backgroundMaxWait) {

	public static RateBudgetProperties defaults() {
		return new RateBudgetProperties(0.75, 0.9, Duration.ofSeconds(2), Duration.ZERO);
	}

}

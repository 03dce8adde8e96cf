package com.baolink.share;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code baolink.share.*}: how many launches (pre-order attempts) one link allows per hour (abuse
 * limit), how long a new link is valid unless the member chooses, and the longest validity allowed.
 */
@Validated
@ConfigurationProperties("baolink.share")
public record ShareProperties(@DefaultValue("20") @Min(1) @Max(10_000) int launchesPerHour,
		@DefaultValue("30") @Min(1) int defaultValidityDays, @DefaultValue("365") @Min(1) int maxValidityDays) {

	static final Duration RATE_WINDOW = Duration.ofHours(1);

}

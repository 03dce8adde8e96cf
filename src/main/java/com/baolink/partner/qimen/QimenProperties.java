package com.baolink.partner.qimen;

import jakarta.validation.constraints.AssertTrue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The qimen (Alibaba scene finance) account the platform signs its requests with
 * ({@code baolink.qimen.*}). The channel is optional: with no {@code secret} it is off and the
 * endpoint answers 404. Once a secret is set, the {@code app-key} the platform sends is required,
 * checked at startup.
 */
@Validated
@ConfigurationProperties("baolink.qimen")
public record QimenProperties(String appKey, String secret) {

	/** The channel is on when a secret is configured. */
	public boolean enabled() {
		return hasText(this.secret);
	}

	@AssertTrue(message = "when baolink.qimen.secret is set, baolink.qimen.app-key is required")
	public boolean isCompleteWhenEnabled() {
		return !enabled() || hasText(this.appKey);
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	@Override
	public String toString() {
		return "QimenProperties[appKey=" + this.appKey + ", secret=***]";
	}

}

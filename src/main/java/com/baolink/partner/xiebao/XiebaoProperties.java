package com.baolink.partner.xiebao;

import java.util.Map;

import jakarta.validation.constraints.AssertTrue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import com.baolink.infrastructure.config.ExternalAddresses;

/**
 * Xiebao channel account ({@code baolink.xiebao.*}). Xiebao is optional: with no {@code base-url}
 * the channel is off ({@link #enabled()} false) and nothing else is required, so a production start
 * without Xiebao still works. Once {@code base-url} is set, the partner id (digits), the api key
 * (link signing) and the notify key (notification signatures) must all be present, checked at
 * startup. {@code base-url} may be relative only in the sandbox (resolved against this server).
 */
@Validated
@ConfigurationProperties("baolink.xiebao")
public record XiebaoProperties(String baseUrl, String partnerId, String subPartnerId, String apiKey,
		String notifyKey) implements ExternalAddresses {

	@Override
	public Map<String, String> externalAddresses() {
		return enabled() ? Map.of("baolink.xiebao.base-url", this.baseUrl) : Map.of();
	}

	/** The channel is on when a base URL is configured. */
	public boolean enabled() {
		return hasText(this.baseUrl);
	}

	/** {@code sub-partner-id}, empty when the distributor sells under its main account. */
	public String subPartnerIdOrEmpty() {
		return hasText(this.subPartnerId) ? this.subPartnerId.trim() : "";
	}

	@AssertTrue(message = "when baolink.xiebao.base-url is set, partner-id (digits), api-key and notify-key are required")
	public boolean isCompleteWhenEnabled() {
		return !enabled() || (hasText(this.partnerId) && this.partnerId.trim().matches("\\d+") && hasText(this.apiKey)
				&& hasText(this.notifyKey));
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	@Override
	public String toString() {
		return "XiebaoProperties[baseUrl=" + this.baseUrl + ", partnerId=" + this.partnerId + ", subPartnerId="
				+ this.subPartnerId + ", secrets=***]";
	}

}

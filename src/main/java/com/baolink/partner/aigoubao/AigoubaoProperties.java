package com.baolink.partner.aigoubao;

import java.time.Duration;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import com.baolink.infrastructure.config.ExternalAddresses;

/**
 * AiGouBao distributor credentials and gateway, validated at startup. In production every value
 * comes from the environment (see README); {@code base-url} may be relative only in the sandbox.
 */
@Validated
@ConfigurationProperties("baolink.aigoubao")
public record AigoubaoProperties(@NotBlank String baseUrl, @NotBlank String accessToken,
		@NotBlank @Size(min = 8, max = 8, message = "must be exactly 8 bytes (a DES key)") String desKey,
		@NotBlank String md5Key, @NotBlank String distrCode, @NotBlank String employeeCode,
		@NotBlank String invitateCode, @DefaultValue("3s") Duration connectTimeout,
		@DefaultValue("10s") Duration readTimeout, @DefaultValue("400") int rateLimitPerMinute) implements ExternalAddresses {

	@Override
	public Map<String, String> externalAddresses() {
		return Map.of("baolink.aigoubao.base-url", this.baseUrl == null ? "" : this.baseUrl);
	}

	@Override
	public String toString() {
		return "AigoubaoProperties[baseUrl=" + this.baseUrl + ", distrCode=" + this.distrCode + ", secrets=***]";
	}

}

package com.baolink.infrastructure.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code baolink.public-base-url}: the address partners and browsers reach this portal at; notify
 * URLs and {@code returnPage} are built from it. Empty (sandbox only) means this server itself.
 */
@Validated
@ConfigurationProperties("baolink")
public record PortalProperties(String publicBaseUrl) {
}

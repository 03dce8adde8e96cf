package com.baolink.catalog;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The AiGouBao products the distributor sells ({@code aigoubao-product-codes}; empty: none), the
 * distributor's own AiGouBao memberId used for catalogue reads (7.5 requires one) and how often the
 * catalogue is refreshed.
 */
@ConfigurationProperties("baolink.catalog")
public record CatalogProperties(@DefaultValue List<String> aigoubaoProductCodes, String aigoubaoMemberId,
		@DefaultValue("PT6H") Duration refreshInterval) {

	/** The configured codes without blanks and duplicates (an empty environment variable binds as ""). */
	public List<String> productCodes() {
		return this.aigoubaoProductCodes.stream()
			.filter(Objects::nonNull)
			.map(String::strip)
			.filter(code -> !code.isEmpty())
			.distinct()
			.toList();
	}

}

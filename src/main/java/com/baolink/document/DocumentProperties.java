package com.baolink.document;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Where the portal may fetch partner documents from and how much it accepts, validated at startup.
 * {@code allowed-hosts}: exact host names (or IP literals), or {@code *.example.com} for any
 * sub-domain; compared case-insensitively. {@code allow-private-addresses} lets a host resolve to a
 * loopback/private address (only the sandbox, which serves its files from localhost).
 */
@Validated
@ConfigurationProperties("baolink.documents")
public record DocumentProperties(
		@NotEmpty List<@NotNull @Pattern(regexp = "(\\*\\.)?[A-Za-z0-9.:\\[\\]-]+",
				message = "must be a host name, an IP literal or *.domain (no scheme, port or path)") String> allowedHosts,
		@DefaultValue("20MB") @NotNull DataSize maxSize, @DefaultValue("5s") @NotNull Duration connectTimeout,
		@DefaultValue("15s") @NotNull Duration readTimeout, @DefaultValue("60s") @NotNull Duration totalTimeout,
		@DefaultValue("false") boolean allowPrivateAddresses, @DefaultValue("1h") @NotNull Duration cacheMaxAge,
		@DefaultValue("20") @Min(1) @Max(500) int prefetchBatchSize,
		@DefaultValue("2m") @NotNull Duration prefetchInterval) {

	public DocumentProperties {
		if (maxSize.toBytes() <= 0) {
			throw new IllegalArgumentException("baolink.documents.max-size must be positive");
		}
		if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()
				|| totalTimeout.isNegative() || totalTimeout.isZero() || prefetchInterval.isNegative()
				|| prefetchInterval.isZero()) {
			throw new IllegalArgumentException("baolink.documents timeouts and prefetch-interval must be positive");
		}
		allowedHosts = allowedHosts == null ? List.of() : allowedHosts.stream().map(String::strip).toList();
	}

	/** Settings for tests and tools: these hosts, everything else default. */
	public static DocumentProperties of(List<String> allowedHosts, boolean allowPrivateAddresses) {
		return new DocumentProperties(allowedHosts, DataSize.ofMegabytes(20), Duration.ofSeconds(5),
				Duration.ofSeconds(15), Duration.ofSeconds(60), allowPrivateAddresses, Duration.ofHours(1), 20,
				Duration.ofMinutes(2));
	}

	public DocumentProperties withMaxSize(DataSize size) {
		return new DocumentProperties(this.allowedHosts, size, this.connectTimeout, this.readTimeout, this.totalTimeout,
				this.allowPrivateAddresses, this.cacheMaxAge, this.prefetchBatchSize, this.prefetchInterval);
	}

	public DocumentProperties withTimeouts(Duration connect, Duration read, Duration total) {
		return new DocumentProperties(this.allowedHosts, this.maxSize, connect, read, total,
				this.allowPrivateAddresses, this.cacheMaxAge, this.prefetchBatchSize, this.prefetchInterval);
	}

}

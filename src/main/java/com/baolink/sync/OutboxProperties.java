package com.baolink.sync;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code baolink.outbox.*}: after the n-th failed attempt a row waits {@code backoff[n]}, past the
 * list every {@code then-every}; a row older than {@code give-up-after} is not retried any more
 * (FAILED, for staff). A worker holds a row for {@code lease} (longer than any partner call can
 * take). The job runs every {@code baolink.outbox.interval} (default 15 s), at most
 * {@code batch-size} rows per run.
 */
@Validated
@ConfigurationProperties("baolink.outbox")
public record OutboxProperties(@DefaultValue("P3D") @NotNull Duration giveUpAfter,
		@DefaultValue({ "30s", "2m", "10m", "30m" }) @NotEmpty List<Duration> backoff,
		@DefaultValue("1h") @NotNull Duration thenEvery, @DefaultValue("2m") @NotNull Duration lease,
		@DefaultValue("50") @Min(1) @Max(500) int batchSize) {

	/** Wait after a failed attempt, given how many attempts were made (including the failed one). */
	Duration delayAfter(int attempts) {
		int index = Math.max(attempts - 1, 0);
		return index < this.backoff.size() ? this.backoff.get(index) : this.thenEvery;
	}

}

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
 * {@code baolink.sync.*}: how pending orders are re-pulled from the partner. The n-th pull after
 * launch waits {@code backoff[n]}; past the list every {@code then-every}; no more pulls once the
 * order is older than {@code give-up-after}. The job itself runs every {@code interval}
 * (default 30 s) and handles at most {@code batch-size} due orders per run.
 */
@Validated
@ConfigurationProperties("baolink.sync")
public record ReconciliationProperties(@DefaultValue("P7D") @NotNull Duration giveUpAfter,
		@DefaultValue({ "2m", "5m", "10m", "30m", "1h" }) @NotEmpty List<Duration> backoff,
		@DefaultValue("3h") @NotNull Duration thenEvery, @DefaultValue("50") @Min(1) @Max(500) int batchSize, @DefaultValue("30s") @NotNull Duration interval) {

	/** Delay before the next pull, given how many pulls were made so far. */
	Duration delayAfter(int pullsSoFar) {
		return pullsSoFar < this.backoff.size() ? this.backoff.get(Math.max(pullsSoFar, 0)) : this.thenEvery;
	}

}

package com.baolink.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RetryPolicyTests {

	static final Instant FIRST = Instant.parse("2026-03-01T00:00:00Z");

	final RetryPolicy policy = new RetryPolicy(List.of(Duration.ofSeconds(30), Duration.ofMinutes(2)),
			Duration.ofHours(1), Duration.ofDays(3));

	@Test
	void stepsThenEvery() {
		assertThat(this.policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(this.policy.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(this.policy.delayAfter(3)).isEqualTo(Duration.ofHours(1));
		assertThat(this.policy.delayAfter(50)).isEqualTo(Duration.ofHours(1));
		assertThat(this.policy.delayAfter(0)).as("no attempt yet counts as the first").isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void nextAttemptUntilTheGiveUpAgeThenNone() {
		Instant now = FIRST.plus(Duration.ofHours(5));
		assertThat(this.policy.nextAttempt(2, FIRST, now)).isEqualTo(now.plus(Duration.ofMinutes(2)));
		Instant almost = FIRST.plus(Duration.ofDays(3)).minusMillis(1);
		assertThat(this.policy.nextAttempt(9, FIRST, almost)).isNotNull();
		assertThat(this.policy.nextAttempt(9, FIRST, FIRST.plus(Duration.ofDays(3)))).isNull();
		assertThat(this.policy.nextAttempt(1, FIRST, FIRST.plus(Duration.ofDays(10)))).isNull();
	}

	@Test
	void emptyOrNonPositiveStepsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(List.of(), Duration.ofHours(1), Duration.ofDays(1)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RetryPolicy(List.of(Duration.ZERO), Duration.ofHours(1), Duration.ofDays(1)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RetryPolicy(List.of(Duration.ofSeconds(1)), Duration.ofHours(-1), Duration.ofDays(1)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RetryPolicy(List.of(Duration.ofSeconds(1)), Duration.ofHours(1), null));
	}

}

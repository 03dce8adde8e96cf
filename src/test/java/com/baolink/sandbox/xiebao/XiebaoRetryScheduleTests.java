package com.baolink.sandbox.xiebao;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulated Xiebao re-delivers like Xiebao: once after the first retry delay, then every
 * "hour", five times, then gives up. As a pure schedule, so the integration test need not measure
 * wall-clock gaps.
 */
class XiebaoRetryScheduleTests {

	private final XiebaoNotificationSender sender = new XiebaoNotificationSender(new SandboxXiebaoProperties("P1", "k",
			"n", "/callbacks/xiebao", Duration.ofSeconds(3), Duration.ofHours(1), 5,
			new SandboxXiebaoProperties.Switches(false, false, false, false, false, false, true, false)), null, null);

	@AfterEach
	void stop() {
		this.sender.destroy();
	}

	@Test
	void afterTheFirstFailedAttemptTheFirstRetryDelay() {
		assertThat(this.sender.retryDelay(1)).isEqualTo(Duration.ofSeconds(3));
	}

	@Test
	void thenEveryHourFiveTimes() {
		for (int attempt = 2; attempt <= 6; attempt++) {
			assertThat(this.sender.retryDelay(attempt)).as("after attempt %d", attempt).isEqualTo(Duration.ofHours(1));
		}
	}

	@Test
	void afterTheSeventhAttemptItGivesUp() {
		assertThat(this.sender.retryDelay(7)).isNull();
		assertThat(this.sender.retryDelay(8)).isNull();
	}

}

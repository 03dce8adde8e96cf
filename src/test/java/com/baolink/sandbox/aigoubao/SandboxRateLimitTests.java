package com.baolink.sandbox.aigoubao;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.convention.TestBean;

import com.baolink.infrastructure.config.ChinaTime;
import com.baolink.partner.aigoubao.AigoubaoApi;

import static com.baolink.sandbox.aigoubao.SandboxEnvelopes.params;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 0002 once more than {@code rate-limit-per-minute} requests fall into the last minute. The clock
 * runs ten years ahead so this context's slots never mix with other tests' requests in the shared
 * database, and can be moved on to show the budget coming back.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "baolink.sandbox.aigoubao.rate-limit-per-minute=5", "baolink.engine.recurring=false" })
class SandboxRateLimitTests {

	static final MovableClock CLOCK = new MovableClock(Duration.ofDays(3650));

	@TestBean
	Clock clock;

	static Clock clock() {
		return CLOCK;
	}

	@LocalServerPort
	int port;

	@Test
	void refusesWith0002OverTheBudgetAndRecoversAfterAMinute() {
		SandboxEnvelopes api = new SandboxEnvelopes(this.port, CLOCK);
		Map<String, Object> query = params("productCode", "200161", "memberId", "100000");
		for (int i = 0; i < 5; i++) {
			assertThat(api.call(AigoubaoApi.PATH_PRODUCT_DETAIL, query).code()).as("request " + (i + 1)).isEqualTo("0000");
		}
		SandboxEnvelopes.Answer refused = api.call(AigoubaoApi.PATH_PRODUCT_DETAIL, query);
		assertThat(refused.code()).isEqualTo("0002");
		assertThat(refused.message()).isEqualTo("接口请求频繁");

		CLOCK.advance(Duration.ofSeconds(75));
		assertThat(api.call(AigoubaoApi.PATH_PRODUCT_DETAIL, query).code()).isEqualTo("0000");
	}

	/** The system clock shifted by an offset that a test can move forward. */
	static final class MovableClock extends Clock {

		private volatile Duration offset;

		MovableClock(Duration offset) {
			this.offset = offset;
		}

		void advance(Duration by) {
			this.offset = this.offset.plus(by);
		}

		@Override
		public ZoneId getZone() {
			return ChinaTime.ZONE;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return Instant.now().plus(this.offset);
		}

	}

}

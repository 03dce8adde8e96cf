package com.baolink.inbox;

import java.time.Duration;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import com.baolink.partner.aigoubao.AigoubaoCallbackParser;
import com.baolink.partner.aigoubao.AigoubaoProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Answers that need a broken database; the rest is covered over the real stack in {@link InboxIntegrationTests}. */
class AigoubaoCallbackControllerTests {

	private final CallbackInbox inbox = mock(CallbackInbox.class);

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final MockMvc mvc = MockMvcBuilders
		.standaloneSetup(new AigoubaoCallbackController(new AigoubaoCallbackParser(new AigoubaoProperties("http://x",
				"TOKEN", "sbx-des8", "md5", "90778244", "E1", "INV", Duration.ofSeconds(1), Duration.ofSeconds(1), 400)),
				this.inbox, new CallbackMetrics(this.meters)))
		.build();

	@Test
	void databaseDownIsNotAcknowledgedSoThePartnerRetries() throws Exception {
		given(this.inbox.record(any())).willThrow(new CannotGetJdbcConnectionException("database down"));

		this.mvc
			.perform(post("/callbacks/aigoubao/deliver").contentType(MediaType.APPLICATION_JSON)
				.content("{\"tempOrderCode\":\"TE1\",\"success\":true}"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.code").value("9999"));

		assertThat(this.meters.counter(CallbackMetrics.NAME, "source", "AIGOUBAO", "kind", "DELIVER", "verdict",
				"PLAIN_UNVERIFIED", "outcome", "unavailable").count()).isEqualTo(1);
	}

	@Test
	void malformedBodyIsStillRefusedWhenItCannotBeRecorded() throws Exception {
		given(this.inbox.record(any())).willThrow(new CannotGetJdbcConnectionException("database down"));

		this.mvc.perform(post("/callbacks/aigoubao/refund").contentType(MediaType.APPLICATION_JSON).content("not json"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("9999"));
	}

	@Test
	void unknownCallbackKindIsNotAnEndpoint() throws Exception {
		this.mvc.perform(post("/callbacks/aigoubao/other").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isNotFound());
	}

}

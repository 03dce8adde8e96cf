package com.baolink.testsupport;

import org.mockito.Mockito;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import com.baolink.partner.aigoubao.AigoubaoApi;

/**
 * Test-only: until the real AiGouBao client is on this branch, test contexts that do not declare
 * their own {@code @MockitoBean AigoubaoApi} get an inert Mockito mock so they can start. As an
 * auto-configuration it backs off as soon as a real {@link AigoubaoApi} bean exists.
 */
@AutoConfiguration
@ConditionalOnMissingBean(AigoubaoApi.class)
public class StandInAigoubaoApiConfiguration {

	@Bean
	AigoubaoApi standInAigoubaoApi() {
		return Mockito.mock(AigoubaoApi.class);
	}

}

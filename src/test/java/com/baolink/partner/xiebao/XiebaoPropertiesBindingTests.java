package com.baolink.partner.xiebao;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** Startup binding: a portal without Xiebao starts; a half-configured Xiebao does not. */
class XiebaoPropertiesBindingTests {

	final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(Config.class);

	@Test
	void startsWithoutAnyXiebaoSetting() {
		this.runner.withPropertyValues("baolink.xiebao.base-url=", "baolink.xiebao.api-key=").run(context -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(XiebaoProperties.class).enabled()).isFalse();
		});
	}

	@Test
	void refusesToStartWithABaseUrlButNoKeys() {
		this.runner.withPropertyValues("baolink.xiebao.base-url=https://api.xiebao18.com", "baolink.xiebao.partner-id=1039147")
			.run(context -> assertThat(context).hasFailed());
	}

	@Test
	void startsWhenFullyConfigured() {
		this.runner
			.withPropertyValues("baolink.xiebao.base-url=https://api.xiebao18.com", "baolink.xiebao.partner-id=1039147",
					"baolink.xiebao.api-key=k", "baolink.xiebao.notify-key=n")
			.run(context -> assertThat(context.getBean(XiebaoProperties.class).enabled()).isTrue());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(XiebaoProperties.class)
	static class Config {

	}

}

package com.baolink.document;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentPropertiesTests {

	final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Config.class);

	@Test
	void bindsDefaultsAndTheHostList() {
		this.runner.withPropertyValues("baolink.documents.allowed-hosts=files.partner.test, *.oss.partner.test")
			.run(context -> {
				DocumentProperties properties = context.getBean(DocumentProperties.class);
				assertThat(properties.allowedHosts()).containsExactly("files.partner.test", "*.oss.partner.test");
				assertThat(properties.maxSize()).isEqualTo(DataSize.ofMegabytes(20));
				assertThat(properties.allowPrivateAddresses()).isFalse();
				assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
			});
	}

	@Test
	void refusesToStartWithoutAllowedHosts() {
		this.runner.withPropertyValues("baolink.documents.allowed-hosts=")
			.run(context -> assertThat(context).hasFailed());
		this.runner.run(context -> assertThat(context).hasFailed());
	}

	@Test
	void refusesToStartWithAUrlInsteadOfAHostOrBadLimits() {
		this.runner.withPropertyValues("baolink.documents.allowed-hosts=https://files.partner.test/")
			.run(context -> assertThat(context).hasFailed());
		this.runner.withPropertyValues("baolink.documents.allowed-hosts=files.partner.test", "baolink.documents.max-size=0")
			.run(context -> assertThat(context).hasFailed());
		this.runner
			.withPropertyValues("baolink.documents.allowed-hosts=files.partner.test", "baolink.documents.read-timeout=0s")
			.run(context -> assertThat(context).hasFailed());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(DocumentProperties.class)
	static class Config {

	}

}

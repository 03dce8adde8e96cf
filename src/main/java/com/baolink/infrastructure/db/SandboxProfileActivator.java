package com.baolink.infrastructure.db;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With no external database configured the portal runs self-contained: it includes the
 * {@code sandbox} profile (simulated partners, demo data) and {@link EmbeddedMariaDbStarter}
 * starts an embedded MariaDB. Runs before config files are read so that
 * {@code application-sandbox.properties} is picked up; a production deployment sets
 * {@code SPRING_DATASOURCE_URL} and so never gets the sandbox.
 */
public class SandboxProfileActivator implements EnvironmentPostProcessor, Ordered {

	static final String DATASOURCE_URL = "spring.datasource.url";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.containsProperty(DATASOURCE_URL)) {
			environment.getPropertySources()
				.addLast(new MapPropertySource("baolinkSelfContained", Map.of("spring.profiles.include", "sandbox")));
		}
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 5;
	}

}

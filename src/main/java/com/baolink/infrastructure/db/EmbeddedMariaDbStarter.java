package com.baolink.infrastructure.db;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the embedded MariaDB (once per JVM) when no {@code spring.datasource.url} is configured,
 * and points the datasource at it. Runs after the config files are read so that
 * {@code baolink.embedded-db.*} settings apply.
 */
public class EmbeddedMariaDbStarter implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty(SandboxProfileActivator.DATASOURCE_URL)) {
			return;
		}
		EmbeddedMariaDb db = EmbeddedMariaDb.obtain(EmbeddedMariaDbSettings.from(environment));
		environment.getPropertySources()
			.addFirst(new MapPropertySource("baolinkEmbeddedMariaDb",
					Map.of(SandboxProfileActivator.DATASOURCE_URL, db.jdbcUrl(), "spring.datasource.username", "root",
							"spring.datasource.password", "")));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}

package com.baolink.infrastructure.db;

import java.util.Map;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the embedded MariaDB (once per JVM) when no {@code spring.datasource.url} is configured,
 * and points the datasource at it. Runs after the config files are read so that
 * {@code baolink.embedded-db.*} settings apply. Logging is not set up yet at this point: what
 * happened at start is logged through a deferred log, which is written out once it is. A second
 * instance on the same folder fails here, before anything else starts
 * ({@link EmbeddedDbInUseFailureAnalyzer}).
 */
public class EmbeddedMariaDbStarter implements EnvironmentPostProcessor, Ordered {

	private final Log log;

	public EmbeddedMariaDbStarter(DeferredLogFactory logs) {
		this.log = logs.getLog(EmbeddedMariaDbStarter.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty(SandboxProfileActivator.DATASOURCE_URL)) {
			return;
		}
		boolean first = EmbeddedMariaDb.current().isEmpty();
		EmbeddedMariaDb db = EmbeddedMariaDb.obtain(EmbeddedMariaDbSettings.from(environment));
		if (first) {
			db.startNotes().forEach(note -> {
				if (note.startsWith("Stopped")) {
					this.log.warn(note);
				}
				else {
					this.log.info(note);
				}
			});
		}
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

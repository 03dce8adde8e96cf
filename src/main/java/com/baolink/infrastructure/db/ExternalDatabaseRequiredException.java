package com.baolink.infrastructure.db;

/**
 * The portal was started without {@code spring.datasource.url} and without the embedded MariaDB
 * on its class path, as the production jar is packaged: there is no database to run on. Reported
 * at start by {@link ExternalDatabaseRequiredFailureAnalyzer} as one short message instead of a
 * stack trace.
 */
public class ExternalDatabaseRequiredException extends IllegalStateException {

	static final String MESSAGE = "No database is configured: SPRING_DATASOURCE_URL is not set, and this build"
			+ " does not contain the embedded MariaDB (it is only in mvn spring-boot:run and the tests)";

	static final String ACTION = "Set SPRING_DATASOURCE_URL (e.g. jdbc:mysql://db-host:3306/baolink),"
			+ " SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD, and the other settings listed in the"
			+ " README, section \"Production configuration\". To try the portal with its embedded database and"
			+ " simulated partners, run mvn spring-boot:run in the source folder instead.";

	ExternalDatabaseRequiredException() {
		super(MESSAGE);
	}

}

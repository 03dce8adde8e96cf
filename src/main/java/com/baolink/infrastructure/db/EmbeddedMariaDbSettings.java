package com.baolink.infrastructure.db;

import java.nio.file.Path;

import org.springframework.core.env.Environment;

/**
 * Where the embedded MariaDB keeps its data. By default a {@code .baolink-data} folder in the
 * working directory, outside {@code target/}, so {@code mvn clean} keeps the data; tests set
 * {@code baolink.embedded-db.ephemeral=true} for a throw-away folder.
 */
record EmbeddedMariaDbSettings(Path dataDir, boolean ephemeral, String database) {

	static EmbeddedMariaDbSettings from(Environment env) {
		Path dataDir = Path.of(env.getProperty("baolink.embedded-db.data-dir", ".baolink-data/mariadb"))
			.toAbsolutePath();
		boolean ephemeral = env.getProperty("baolink.embedded-db.ephemeral", Boolean.class, false);
		String database = env.getProperty("baolink.embedded-db.database", "baolink");
		return new EmbeddedMariaDbSettings(dataDir, ephemeral, database);
	}

}

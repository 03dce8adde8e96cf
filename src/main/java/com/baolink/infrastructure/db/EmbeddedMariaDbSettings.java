package com.baolink.infrastructure.db;

import java.nio.file.Path;

import org.springframework.core.env.Environment;

/**
 * Where the embedded MariaDB keeps its data. By default a {@code .baolink-data/mariadb} folder in
 * the working directory, outside {@code target/}, so {@code mvn clean} keeps the data; any other
 * folder works too, one under {@code /tmp} included. Tests set
 * {@code baolink.embedded-db.ephemeral=true} for a throw-away folder deleted at exit.
 * {@code restartOnCrash}: start the server again when it dies under the running portal.
 * {@code binariesDir}: where the server's binaries are unpacked, {@code base} in the data folder
 * when null (tests share one folder between their servers to save the 330 MB unpack).
 */
record EmbeddedMariaDbSettings(Path dataDir, boolean ephemeral, String database, boolean restartOnCrash,
		Path binariesDir) {

	EmbeddedMariaDbSettings(Path dataDir, boolean ephemeral, String database, boolean restartOnCrash) {
		this(dataDir, ephemeral, database, restartOnCrash, null);
	}

	static EmbeddedMariaDbSettings from(Environment env) {
		Path dataDir = Path.of(env.getProperty("baolink.embedded-db.data-dir", ".baolink-data/mariadb"))
			.toAbsolutePath()
			.normalize();
		boolean ephemeral = env.getProperty("baolink.embedded-db.ephemeral", Boolean.class, false);
		String database = env.getProperty("baolink.embedded-db.database", "baolink");
		boolean restart = env.getProperty("baolink.embedded-db.restart-on-crash", Boolean.class, true);
		return new EmbeddedMariaDbSettings(dataDir, ephemeral, database, restart);
	}

}

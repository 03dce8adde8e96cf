package com.baolink.infrastructure.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@code mariadbd} still running on a data folder whose lock nobody holds: its portal JVM died
 * ({@code kill -9}, power cut of the JVM only, IDE "stop") and left it behind. Found by the pid file
 * in the folder and, should that be gone, by scanning the processes; a process counts only when its
 * executable is {@code mariadbd}/{@code mysqld} and its arguments name exactly this data folder, so a
 * server of another folder is never touched. Stopped like an operator would: SIGTERM (InnoDB shuts
 * down cleanly), then SIGKILL if it does not end in time (InnoDB crash recovery at the next start
 * keeps every committed transaction).
 */
final class OrphanedServer {

	private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);

	private static final Duration GRACE = Duration.ofSeconds(20);

	private OrphanedServer() {
	}

	/** Stops every server of {@code dataDir}; returns what was done, one line per server stopped. */
	static List<String> stopAll(Path dataDir, Path pidFile) {
		Path canonical = canonical(dataDir);
		Set<ProcessHandle> servers = new LinkedHashSet<>();
		readPid(pidFile).flatMap(ProcessHandle::of).filter(p -> isServerOf(p, canonical)).ifPresent(servers::add);
		try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
			all.filter(p -> isServerOf(p, canonical)).forEach(servers::add);
		}
		List<String> done = new ArrayList<>();
		for (ProcessHandle server : servers) {
			log.warn("A database server (pid {}) was left running on {} by a portal that did not shut down;"
					+ " stopping it before starting again", server.pid(), dataDir);
			long started = System.nanoTime();
			stop(server);
			done.add("Stopped the database server (pid " + server.pid() + ") left running on " + dataDir
					+ " by a portal that did not shut down, in "
					+ Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms; starting it again");
		}
		return done;
	}

	/** SIGTERM, wait, then SIGKILL; fails if the process survives even that. */
	static void stop(ProcessHandle server) {
		if (!server.isAlive()) {
			return;
		}
		server.destroy();
		if (awaitExit(server, GRACE)) {
			return;
		}
		log.warn("Database server pid {} did not stop within {} s of SIGTERM; killing it", server.pid(), GRACE.toSeconds());
		server.destroyForcibly();
		if (!awaitExit(server, Duration.ofSeconds(10))) {
			throw new IllegalStateException("Cannot stop the database server pid " + server.pid()
					+ " that is still using " + "the embedded database folder; stop it by hand");
		}
	}

	static boolean awaitExit(ProcessHandle process, Duration timeout) {
		try {
			process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (TimeoutException ex) {
			return !process.isAlive();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return !process.isAlive();
		}
		catch (ExecutionException ex) {
			return !process.isAlive();
		}
	}

	/** True when the process is a MariaDB server started with {@code --datadir=<dataDir>}. */
	static boolean isServerOf(ProcessHandle process, Path canonicalDataDir) {
		if (!process.isAlive() || process.pid() == ProcessHandle.current().pid()) {
			return false;
		}
		ProcessHandle.Info info = process.info();
		Optional<String> command = info.command();
		if (command.isEmpty() || !isServerExecutable(command.get())) {
			return false;
		}
		String expected = "--datadir=" + canonicalDataDir;
		return info.arguments().map(List::of).map(args -> args.contains(expected)).orElse(false);
	}

	private static boolean isServerExecutable(String command) {
		String name = Path.of(command).getFileName().toString();
		return name.equals("mariadbd") || name.equals("mysqld");
	}

	static Optional<Long> readPid(Path pidFile) {
		try {
			String text = Files.readString(pidFile, StandardCharsets.US_ASCII).strip();
			return text.matches("\\d{1,10}") ? Optional.of(Long.parseLong(text)) : Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	static Path canonical(Path dir) {
		try {
			return dir.toRealPath();
		}
		catch (IOException ex) {
			return dir.toAbsolutePath().normalize();
		}
	}

}

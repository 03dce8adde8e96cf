package com.baolink.infrastructure.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Folders for the tests' own embedded servers, all under {@code java.io.tmpdir}: the binaries are
 * unpacked once (330 MB) and a data folder is installed once (~6 s), then copied for each server.
 * Deleted when the test JVM exits.
 */
final class TestDatabaseFolders {

	private static Path binaries;

	private static Path template;

	private TestDatabaseFolders() {
	}

	static synchronized Path binaries() {
		prepare();
		return binaries;
	}

	static EmbeddedMariaDbSettings settings(Path folder, boolean restartOnCrash) {
		return new EmbeddedMariaDbSettings(folder, false, "baolink", restartOnCrash, binaries());
	}

	/** A new folder holding a freshly installed, cleanly stopped database. */
	static Path freshFolder() {
		try {
			return copyOfTemplate(Files.createTempDirectory("baolink-embedded-test"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static synchronized Path copyOfTemplate(Path folder) {
		prepare();
		Path from = template.resolve("data");
		Path to = folder.resolve("data");
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(path, target);
				}
			}
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void prepare() {
		if (template != null) {
			return;
		}
		try {
			binaries = Files.createTempDirectory("baolink-embedded-bin");
			Path installed = Files.createTempDirectory("baolink-embedded-template");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				delete(installed);
				delete(binaries);
			}, "test-database-folders-cleanup"));
			EmbeddedMariaDb.start(new EmbeddedMariaDbSettings(installed, false, "baolink", false, binaries)).stop();
			template = installed;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Stops a server a killed child may have left on the folder, then deletes the folder. */
	static void discard(Path folder) {
		OrphanedServer.stopAll(folder.resolve("data"), EmbeddedMariaDb.pidFile(folder));
		delete(folder);
	}

	static void delete(Path folder) {
		if (folder == null || !Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException | UncheckedIOException ex) {
			// leftovers in the temp folder
		}
	}

}

package com.baolink.infrastructure.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * A separate JVM on the test classpath, so that a test can {@code kill -9} a "portal" or run a
 * second one. Its console goes to a file; closing its standard input (or the test JVM ending) lets
 * a well-behaved child end by itself.
 */
final class ChildJvm implements AutoCloseable {

	private final Process process;

	private final Path console;

	private ChildJvm(Process process, Path console) {
		this.process = process;
		this.console = console;
	}

	static ChildJvm start(Class<?> main, String... args) {
		try {
			Path console = Files.createTempFile("baolink-child", ".log");
			List<String> command = new ArrayList<>();
			command.add(ProcessHandle.current().info().command().orElse("java"));
			command.add("-Xmx512m");
			command.add("-XX:TieredStopAtLevel=1");
			command.add("-Dfile.encoding=UTF-8");
			command.add("-cp");
			command.add(System.getProperty("java.class.path"));
			command.add(main.getName());
			command.addAll(List.of(args));
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(console.toFile())
				.start();
			return new ChildJvm(process, console);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Process process() {
		return this.process;
	}

	long pid() {
		return this.process.pid();
	}

	String console() {
		try {
			return Files.readString(this.console, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The first console line matching, waiting for it (and failing early if the JVM ends first). */
	String awaitLine(Predicate<String> wanted, Duration timeout) {
		return await().atMost(timeout).pollInterval(Duration.ofMillis(100)).until(() -> {
			Optional<String> line = console().lines().filter(wanted).findFirst();
			if (line.isEmpty() && !this.process.isAlive()) {
				throw new AssertionError("The child JVM ended (exit " + this.process.exitValue() + "):\n" + console());
			}
			return line.orElse(null);
		}, l -> l != null);
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			this.process.destroyForcibly();
			OrphanedServer.awaitExit(this.process.toHandle(), Duration.ofSeconds(10));
		}
		try {
			Files.deleteIfExists(this.console);
		}
		catch (IOException ex) {
			// a temp file
		}
	}

}

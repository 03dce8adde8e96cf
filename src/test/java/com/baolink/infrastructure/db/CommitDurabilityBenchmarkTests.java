package com.baolink.infrastructure.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What durable commits cost on the embedded server: single-row INSERT + COMMIT per second through
 * JDBC, 1 and 16 threads, with {@code innodb_flush_log_at_trx_commit} 1 (the portal's setting:
 * every commit is on disk before it returns) and 2 (written at commit, flushed once a second: a
 * machine crash can lose the last second). Not part of the test command:
 * {@code mvn -Pbenchmark test -Dtest=CommitDurabilityBenchmarkTests}.
 */
@Tag("benchmark")
class CommitDurabilityBenchmarkTests {

	private static final Duration EACH = Duration.ofSeconds(8);

	@Test
	void singleRowCommitRateWithDurableAndLazyLogFlush() throws Exception {
		Path folder = TestDatabaseFolders.freshFolder();
		EmbeddedMariaDb db = EmbeddedMariaDb.start(TestDatabaseFolders.settings(folder, false));
		try {
			String url = "jdbc:mysql://127.0.0.1:" + db.port() + "/baolink";
			execute(url, "CREATE TABLE bench_commit (id BIGINT AUTO_INCREMENT PRIMARY KEY, payload VARCHAR(200))");
			for (int flush : new int[] { 1, 2 }) {
				execute(url, "SET GLOBAL innodb_flush_log_at_trx_commit = " + flush);
				for (int threads : new int[] { 1, 16 }) {
					double rate = commitsPerSecond(url, threads);
					System.out.printf("innodb_flush_log_at_trx_commit=%d, %2d thread(s): %,.0f INSERT+COMMIT/s%n", flush, threads, rate);
					assertThat(rate).isPositive();
				}
			}
		}
		finally {
			db.stop();
			TestDatabaseFolders.discard(folder);
		}
	}

	private static double commitsPerSecond(String url, int threads) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		AtomicBoolean stop = new AtomicBoolean();
		List<Future<Long>> counts = new ArrayList<>();
		long began = System.nanoTime();
		for (int i = 0; i < threads; i++) {
			counts.add(pool.submit(() -> {
				long done = 0;
				try (Connection connection = DriverManager.getConnection(url, "root", "");
						PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_commit (payload) VALUES (?)")) {
					connection.setAutoCommit(false);
					while (!stop.get()) {
						insert.setString(1, "notification " + done);
						insert.executeUpdate();
						connection.commit();
						done++;
					}
				}
				return done;
			}));
		}
		Thread.sleep(EACH.toMillis()); // a measuring window, not a wait for a condition
		stop.set(true);
		long total = 0;
		for (Future<Long> count : counts) {
			total += count.get();
		}
		pool.shutdown();
		return total / (Duration.ofNanos(System.nanoTime() - began).toMillis() / 1000.0);
	}

	private static void execute(String url, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, "root", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}

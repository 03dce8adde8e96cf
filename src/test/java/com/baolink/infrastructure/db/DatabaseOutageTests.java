package com.baolink.infrastructure.db;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.util.DigestUtils;

import com.baolink.BaolinkApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A running portal (its own JVM) whose database server is killed: requests fail fast instead of
 * hanging, readiness goes DOWN while liveness stays UP, the portal reconnects when the server is
 * back, and SIGTERM stops it in time while the database is gone. The database is a server of this
 * test (the portal sees an external database), so that it stays down exactly as long as the test
 * wants; the embedded default restarts its own server by itself (see {@link EmbeddedMariaDbTests}).
 */
@Tag("integration")
class DatabaseOutageTests {

	/** The sandbox's fake Xiebao account (application-sandbox.properties). */
	private static final String NOTIFY_KEY = "sandbox-xiebao-notify-key";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private Path folder;

	private EmbeddedMariaDb db;

	private ChildJvm portal;

	@AfterEach
	void cleanUp() {
		if (this.portal != null) {
			this.portal.close();
		}
		if (this.db != null) {
			this.db.stop();
		}
		TestDatabaseFolders.discard(this.folder);
	}

	@Test
	void whileTheDatabaseIsDownRequestsFailFastReadinessIsDownAndSigtermStillStopsThePortal() throws Exception {
		this.folder = TestDatabaseFolders.freshFolder();
		this.db = EmbeddedMariaDb.start(TestDatabaseFolders.settings(this.folder, false));
		int port = freePort();
		this.portal = ChildJvm.start(BaolinkApplication.class, "--server.port=" + port,
				"--spring.datasource.url=" + this.db.jdbcUrl(), "--spring.datasource.username=root",
				"--spring.datasource.password=", "--spring.profiles.active=sandbox");
		String base = "http://localhost:" + port;
		await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
			assertThat(this.portal.process().isAlive()).as(this.portal::console).isTrue();
			return get(base + "/actuator/health/readiness").statusCode() == 200;
		});
		assertThat(callback(base, "OUTAGE-0").statusCode()).isEqualTo(200);

		killServer();

		Timed<HttpResponse<String>> refused = timed(() -> callback(base, "OUTAGE-1"));
		assertThat(refused.value().statusCode()).isEqualTo(503);
		assertThat(refused.value().body()).contains("\"state\":false");
		assertThat(refused.took()).isLessThan(Duration.ofSeconds(2));

		Timed<HttpResponse<String>> readiness = timed(() -> get(base + "/actuator/health/readiness"));
		assertThat(readiness.value().statusCode()).isEqualTo(503);
		assertThat(readiness.value().body()).contains("DOWN");
		assertThat(readiness.took()).isLessThan(Duration.ofSeconds(3));

		Timed<HttpResponse<String>> liveness = timed(() -> get(base + "/actuator/health/liveness"));
		assertThat(liveness.value().statusCode()).isEqualTo(200);
		assertThat(liveness.took()).isLessThan(Duration.ofSeconds(1));

		// Anonymous pages keep no session in the database: the login page itself still answers.
		Timed<HttpResponse<String>> login = timed(() -> get(base + "/login"));
		assertThat(login.value().statusCode()).isEqualTo(200);
		assertThat(login.value().body()).contains("name=\"password\"").doesNotContain("Exception");
		assertThat(login.took()).isLessThan(Duration.ofSeconds(3));
		System.out.printf("Database down: callback 503 in %d ms, readiness DOWN in %d ms, liveness UP in %d ms,"
				+ " /login %d in %d ms%n", refused.took().toMillis(), readiness.took().toMillis(),
				liveness.took().toMillis(), login.value().statusCode(), login.took().toMillis());

		// Back on the same address: the pool reconnects by itself.
		this.db.startAgain();
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
			.until(() -> get(base + "/actuator/health/readiness").statusCode() == 200);
		assertThat(callback(base, "OUTAGE-2").statusCode()).isEqualTo(200);
		assertThat(get(base + "/login").statusCode()).isEqualTo(200);
		assertThat(EmbeddedMariaDbTests.rows(this.db, "SELECT partner_ref FROM inbound_callback WHERE partner_ref LIKE 'OUTAGE-%' ORDER BY id"))
			.as("acknowledged exactly what was stored").containsExactly("OUTAGE-0", "OUTAGE-2");

		// SIGTERM with the database gone again.
		killServer();
		long began = System.nanoTime();
		this.portal.process().destroy();
		assertThat(this.portal.process().waitFor(30, TimeUnit.SECONDS)).as(this.portal::console).isTrue();
		Duration stopped = Duration.ofNanos(System.nanoTime() - began);
		System.out.printf("SIGTERM to exit with the database down: %d ms%n", stopped.toMillis());
		assertThat(stopped).isLessThan(Duration.ofSeconds(30));
	}

	/** {@code kill -9} of the database server. */
	private void killServer() throws Exception {
		ProcessHandle server = this.db.server().orElseThrow();
		server.destroyForcibly();
		server.onExit().get(10, TimeUnit.SECONDS);
	}

	private HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(40)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> callback(String base, String insureNum) throws IOException, InterruptedException {
		String data = "{\"partnerId\":12345,\"insureNum\":\"" + insureNum + "\",\"state\":true}";
		String sign = DigestUtils.md5DigestAsHex((NOTIFY_KEY + data).getBytes(StandardCharsets.UTF_8));
		String body = "{\"notifyType\":1,\"sign\":\"" + sign + "\",\"data\":" + data + "}";
		return this.http.send(HttpRequest.newBuilder(URI.create(base + "/callbacks/xiebao"))
			.timeout(Duration.ofSeconds(40))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static <T> Timed<T> timed(Call<T> call) throws Exception {
		long began = System.nanoTime();
		T value = call.call();
		return new Timed<>(value, Duration.ofNanos(System.nanoTime() - began));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	interface Call<T> {

		T call() throws Exception;

	}

	record Timed<T>(T value, Duration took) {
	}

}

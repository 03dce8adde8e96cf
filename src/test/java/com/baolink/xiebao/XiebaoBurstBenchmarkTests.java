package com.baolink.xiebao;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.baolink.infrastructure.web.TestMembers;
import com.baolink.member.Members;
import com.baolink.partner.xiebao.XiebaoProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Callback burst benchmark (not part of the test command; {@code mvn -B -Pbenchmark test
 * -Dtest=XiebaoBurstBenchmarkTests}). Against the embedded default, in one run: the raw single-row
 * INSERT+COMMIT rate through JDBC, the rate of a trivial endpoint with the same 16 connections, then
 * a burst of N applications x 4 signed Xiebao notifications (insure, pay, issue, e-policy), every one
 * posted twice (half the posts are duplicates), shuffled, over 16 connections: acknowledgements/s,
 * p50/p95/p99 of the acknowledgement, and the time from the last acknowledgement until every order
 * is issued and every notification processed. Fails when a post is not acknowledged with
 * {@code {"state":true}}, when applying takes longer than {@code bench.applyWithinSeconds} (15) or the
 * acknowledgement p99 exceeds {@code bench.ackP99Millis} (100). Writes
 * {@code target/burst-benchmark-report.txt}.
 *
 * <p>System properties: {@code bench.applications} (500), {@code bench.connections} (16).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "baolink.engine.recurring=false" })
class XiebaoBurstBenchmarkTests {

	static final Path REPORT = Path.of("target", "burst-benchmark-report.txt");

	static final String CASE = "XB-TRAVEL-01";

	@LocalServerPort
	int port;

	@Autowired
	XiebaoProperties properties;

	@Autowired
	Members members;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Environment environment;

	@Test
	void aBurstOfSignedNotificationsIsAcknowledgedFastAndAppliedWithinSeconds() throws Exception {
		int applications = Integer.getInteger("bench.applications", 500);
		int connections = Integer.getInteger("bench.connections", 16);
		List<String> report = new ArrayList<>();
		report.add("Baolink callback burst benchmark  (" + java.time.Instant.now() + ", "
				+ Runtime.getRuntime().availableProcessors() + " cores, " + connections + " connections)");

		double commitsPerSecond = rawCommitRate(1000);
		report.add(String.format(Locale.ROOT, "raw JDBC single-row INSERT+COMMIT: %.0f/s (1 thread)", commitsPerSecond));

		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		Timing trivial = run(http, connections, Collections.nCopies(4 * applications,
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health")).GET().build()));
		report.add(String.format(Locale.ROOT, "trivial GET /actuator/health: %.0f/s, p50 %.1f ms, p99 %.1f ms",
				trivial.perSecond(), trivial.percentile(50), trivial.percentile(99)));

		XiebaoNotifications xb = new XiebaoNotifications(this.port, this.properties.partnerId(), this.properties.notifyKey());
		String member = String.valueOf(this.members.findByLogin(TestMembers.create(this.members, this.encoder))
			.orElseThrow()
			.id());
		List<String> insureNums = new ArrayList<>();
		List<String> bodies = new ArrayList<>();
		for (int i = 0; i < applications; i++) {
			String num = XiebaoNotifications.newInsureNum();
			insureNums.add(num);
			for (String body : List.of(xb.body(1, xb.insure(member, CASE, num)),
					xb.body(2, xb.pay(member, CASE, num, 2400)),
					xb.body(3, xb.issue(member, CASE, num, "P" + num, "张三, 李四")),
					xb.body(9, xb.ePolicy(member, CASE, num)))) {
				bodies.add(body);
				bodies.add(body);
			}
		}
		Collections.shuffle(bodies, new Random(42));
		List<HttpRequest> posts = bodies.stream()
			.map(body -> HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/callbacks/xiebao"))
				.timeout(Duration.ofSeconds(20))
				.header("Content-Type", "application/json;charset=UTF-8")
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
				.build())
			.toList();

		Timing burst = run(http, connections, posts);
		long lastAck = System.nanoTime();
		report.add(String.format(Locale.ROOT,
				"burst: %d posts (%d distinct notifications of %d applications): %.0f acks/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; not acknowledged: %d",
				posts.size(), bodies.size() / 2, applications, burst.perSecond(), burst.percentile(50),
				burst.percentile(95), burst.percentile(99), burst.refused.get()));

		long limit = Long.getLong("bench.applyWithinSeconds", 15);
		double appliedAfter = -1;
		while (System.nanoTime() - lastAck < TimeUnit.SECONDS.toNanos(Math.max(limit * 4, 60))) {
			if (applied(insureNums, applications)) {
				appliedAfter = (System.nanoTime() - lastAck) / 1e9;
				break;
			}
			Thread.sleep(100); // polling the database for the benchmark's own measurement
		}
		report.add(appliedAfter < 0 ? "NOT all applied within " + Math.max(limit * 4, 60) + " s"
				: String.format(Locale.ROOT, "all %d orders issued and %d notifications processed %.1f s after the last acknowledgement",
						applications, bodies.size() / 2, appliedAfter));
		report.add(String.format(Locale.ROOT, "ratios: acks/s = %.2f x trivial rate = %.2f x raw commit rate; ack p50 = %.1f x trivial p50",
				burst.perSecond() / trivial.perSecond(), burst.perSecond() / commitsPerSecond,
				burst.percentile(50) / Math.max(trivial.percentile(50), 0.01)));
		Files.createDirectories(REPORT.getParent());
		Files.write(REPORT, report);
		report.forEach(System.out::println);

		assertThat(burst.refused.get()).as("every post acknowledged with state true").isZero();
		assertThat(appliedAfter).as("applied within %d s of the last acknowledgement", limit).isBetween(0.0, (double) limit);
		assertThat(burst.percentile(99)).as("acknowledgement p99 (ms)")
			.isLessThanOrEqualTo(Long.getLong("bench.ackP99Millis", 100));
	}

	private boolean applied(List<String> insureNums, int applications) {
		long issued = this.jdbc.sql("SELECT COUNT(*) FROM purchase_order WHERE channel = 'XIEBAO' AND status = 'ISSUED' AND partner_ref IN (:refs)")
			.param("refs", insureNums)
			.query(Long.class)
			.single();
		long waiting = this.jdbc.sql("SELECT COUNT(*) FROM inbound_callback WHERE partner_ref IN (:refs) AND status = 'RECEIVED'")
			.param("refs", insureNums)
			.query(Long.class)
			.single();
		return issued == applications && waiting == 0;
	}

	private double rawCommitRate(int rows) throws Exception {
		try (Connection connection = DriverManager.getConnection(
				this.environment.getRequiredProperty("spring.datasource.url"),
				this.environment.getRequiredProperty("spring.datasource.username"),
				this.environment.getProperty("spring.datasource.password", ""))) {
			try (Statement ddl = connection.createStatement()) {
				ddl.execute("CREATE TABLE IF NOT EXISTS bench_commit (id BIGINT AUTO_INCREMENT PRIMARY KEY, v VARCHAR(64)) ENGINE=InnoDB");
			}
			connection.setAutoCommit(false);
			long started = System.nanoTime();
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_commit (v) VALUES (?)")) {
				for (int i = 0; i < rows; i++) {
					insert.setString(1, "row " + i);
					insert.executeUpdate();
					connection.commit();
				}
			}
			double rate = rows / ((System.nanoTime() - started) / 1e9);
			try (Statement ddl = connection.createStatement()) {
				ddl.execute("DROP TABLE bench_commit");
			}
			connection.commit();
			return rate;
		}
	}

	private static Timing run(HttpClient http, int connections, List<HttpRequest> requests) throws Exception {
		Timing timing = new Timing();
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(connections);
		long started = System.nanoTime();
		List<Future<?>> workers = new ArrayList<>();
		for (int c = 0; c < connections; c++) {
			workers.add(pool.submit(() -> {
				for (int i = next.getAndIncrement(); i < requests.size(); i = next.getAndIncrement()) {
					long t0 = System.nanoTime();
					HttpResponse<String> response = http.send(requests.get(i), HttpResponse.BodyHandlers.ofString());
					timing.nanos.add(System.nanoTime() - t0);
					boolean ok = response.statusCode() == 200
							&& (response.body().contains("\"state\":true") || response.body().contains("UP"));
					if (!ok) {
						timing.refused.incrementAndGet();
					}
				}
				return null;
			}));
		}
		for (Future<?> worker : workers) {
			worker.get(10, TimeUnit.MINUTES);
		}
		timing.wallNanos = System.nanoTime() - started;
		pool.shutdown();
		return timing;
	}

	private static final class Timing {

		final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();

		final AtomicInteger refused = new AtomicInteger();

		long wallNanos;

		double perSecond() {
			return this.nanos.size() / (this.wallNanos / 1e9);
		}

		double percentile(int p) {
			List<Long> sorted = new ArrayList<>(this.nanos);
			Collections.sort(sorted);
			int index = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
			return sorted.get(Math.max(index, 0)) / 1e6;
		}

	}

}

package com.baolink.bench;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.baolink.infrastructure.web.PortalHttpClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Order-history benchmark (not part of the test command; {@code mvn -Pbenchmark test}). Seeds
 * 100 000 orders (5 000 of them for demo member 13800000001), logs in over HTTP and measures, in
 * the same run, the history page (first page, a deep page, a filtered query) against a trivial
 * endpoint, plus the SQL statements each history request executes, which must not depend on the
 * page. Writes {@code target/benchmark-report.txt}.
 *
 * <p>Tunable with system properties: {@code bench.orders}, {@code bench.demoOrders},
 * {@code bench.warmup}, {@code bench.samples}, {@code bench.maxStatements}, and the request paths
 * {@code bench.path.first}, {@code bench.path.deep}, {@code bench.path.filtered}, {@code bench.path.trivial}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "baolink.engine.enabled=false" })
class HistoryBenchmarkTests {

	static final String DEMO_MEMBER = "13800000001";

	static final Path REPORT = Path.of("target", "benchmark-report.txt");

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SqlStatementCounter counter;

	@Test
	void orderHistoryStaysFastAndItsQueryCountIsFlat() throws Exception {
		int total = Integer.getInteger("bench.orders", 100_000);
		int demoOrders = Integer.getInteger("bench.demoOrders", 5_000);
		List<String> report = new ArrayList<>();
		report.add("Baolink order-history benchmark  (" + java.time.Instant.now() + ", "
				+ Runtime.getRuntime().availableProcessors() + " cores)");

		long demoMemberId = this.jdbc.sql("SELECT id FROM member WHERE login = ?").param(DEMO_MEMBER).query(Long.class).single();
		long started = System.nanoTime();
		long insured = new OrderSeeder(this.environment.getRequiredProperty("spring.datasource.url"),
				this.environment.getRequiredProperty("spring.datasource.username"),
				this.environment.getProperty("spring.datasource.password", "")).seed(demoMemberId, total, demoOrders, 49);
		report.add(String.format(Locale.ROOT, "Seeded %,d orders (%,d for %s) and %,d insured rows in %.1f s", total,
				demoOrders, DEMO_MEMBER, insured, (System.nanoTime() - started) / 1e9));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM purchase_order WHERE member_id = ?").param(demoMemberId)
			.query(Long.class).single()).isGreaterThanOrEqualTo(demoOrders);

		PortalHttpClient member = new PortalHttpClient(this.port);
		member.loginOrFail(DEMO_MEMBER, "Bamboo-River-Kite-58");

		Map<String, String> endpoints = endpoints();
		Map<String, Integer> statuses = new LinkedHashMap<>();
		Map<String, LatencySamples> latencies = measure(member, endpoints, statuses);
		Map<String, List<String>> statements = countStatements(member, endpoints);

		report.addAll(latencyReport(endpoints, latencies, statuses));
		report.addAll(statementReport(statements));
		write(report);

		assertThat(statuses).as("HTTP status per endpoint (see %s)", REPORT).allSatisfy((name, status) -> assertThat(status).isEqualTo(200));
		int maxStatements = Integer.getInteger("bench.maxStatements", 10);
		assertThat(statements.get("history-deep")).as("statements on a deep page vs the first").hasSameSizeAs(statements.get("history-first"));
		assertThat(statements).allSatisfy((name, sql) -> assertThat(sql).as(name + " statements").hasSizeLessThanOrEqualTo(maxStatements));
	}

	private static Map<String, String> endpoints() {
		Map<String, String> endpoints = new LinkedHashMap<>();
		endpoints.put("history-first", System.getProperty("bench.path.first", "/orders"));
		endpoints.put("history-deep", System.getProperty("bench.path.deep", "/orders?page=100"));
		endpoints.put("history-filtered", System.getProperty("bench.path.filtered",
				"/orders?q=" + URLEncoder.encode(OrderSeeder.RARE_NAME, StandardCharsets.UTF_8)));
		endpoints.put("trivial", System.getProperty("bench.path.trivial", "/actuator/health"));
		return endpoints;
	}

	/** Warms up, then samples the endpoints round-robin so that they share the same conditions. */
	private static Map<String, LatencySamples> measure(PortalHttpClient client, Map<String, String> endpoints,
			Map<String, Integer> statuses) {
		int warmup = Integer.getInteger("bench.warmup", 30);
		int samples = Integer.getInteger("bench.samples", 200);
		Map<String, LatencySamples> latencies = new LinkedHashMap<>();
		endpoints.keySet().forEach(name -> latencies.put(name, new LatencySamples()));
		for (int round = 0; round < warmup + samples; round++) {
			for (Map.Entry<String, String> endpoint : endpoints.entrySet()) {
				long start = System.nanoTime();
				HttpResponse<String> answer = client.get(endpoint.getValue());
				long elapsed = System.nanoTime() - start;
				statuses.merge(endpoint.getKey(), answer.statusCode(), (old, now) -> old != 200 ? old : now);
				if (round >= warmup) {
					latencies.get(endpoint.getKey()).add(elapsed);
				}
			}
		}
		return latencies;
	}

	private Map<String, List<String>> countStatements(PortalHttpClient client, Map<String, String> endpoints)
			throws InterruptedException {
		Map<String, List<String>> statements = new LinkedHashMap<>();
		for (Map.Entry<String, String> endpoint : endpoints.entrySet()) {
			if (endpoint.getKey().startsWith("history")) {
				this.counter.reset();
				client.get(endpoint.getValue());
				Thread.sleep(100);
				statements.put(endpoint.getKey(), this.counter.executed());
			}
		}
		return statements;
	}

	private static List<String> latencyReport(Map<String, String> endpoints, Map<String, LatencySamples> latencies,
			Map<String, Integer> statuses) {
		List<String> lines = new ArrayList<>();
		double trivialP50 = latencies.get("trivial").percentileMillis(50);
		lines.add("");
		lines.add(String.format(Locale.ROOT, "%-17s %6s %8s %8s %9s  %s", "endpoint", "status", "p50 ms", "p95 ms",
				"p50/triv", "path"));
		for (Map.Entry<String, LatencySamples> entry : latencies.entrySet()) {
			LatencySamples samples = entry.getValue();
			lines.add(String.format(Locale.ROOT, "%-17s %6d %8.2f %8.2f %9.1f  %s", entry.getKey(),
					statuses.get(entry.getKey()), samples.percentileMillis(50), samples.percentileMillis(95),
					samples.percentileMillis(50) / trivialP50,
					URLDecoder.decode(endpoints.get(entry.getKey()), StandardCharsets.UTF_8)));
		}
		lines.add("(" + latencies.get("trivial").count() + " samples per endpoint after warm-up)");
		return lines;
	}

	private static List<String> statementReport(Map<String, List<String>> statements) {
		List<String> lines = new ArrayList<>();
		lines.add("");
		lines.add("SQL statements per request (session handling included):");
		statements.forEach((name, sql) -> lines.add(String.format(Locale.ROOT, "  %-17s %3d", name, sql.size())));
		statements.forEach((name, sql) -> {
			lines.add("");
			lines.add("  " + name + ":");
			sql.forEach(statement -> lines.add("    " + abbreviate(statement)));
		});
		return lines;
	}

	private static String abbreviate(String sql) {
		return sql.length() <= 200 ? sql : sql.substring(0, 200) + " …";
	}

	private static void write(List<String> report) throws IOException {
		Files.createDirectories(REPORT.getParent());
		Files.write(REPORT, report, StandardCharsets.UTF_8);
		report.forEach(System.out::println);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class CountingConfiguration {

		@Bean
		static SqlStatementCounter sqlStatementCounter() {
			return new SqlStatementCounter();
		}

	}

}

package com.baolink.bench;

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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.baolink.infrastructure.web.PortalHttpClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dashboard benchmark (not part of the test command; {@code mvn -Pbenchmark test
 * -Dtest=DashboardBenchmarkTests}). Seeds {@code bench.orders} (100 000) orders over the last ~70
 * days, logs in as staff and times each chart's JSON for the default range (the last 30 days,
 * about 43 000 of them) and the dashboard page, against a trivial endpoint. Each chart must answer
 * within {@code bench.dashboard.maxP95Millis} (default 1 000 ms on this 2-core machine) at the
 * 95th percentile. Writes {@code target/dashboard-benchmark-report.txt}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "baolink.engine.enabled=false" })
class DashboardBenchmarkTests {

	static final Path REPORT = Path.of("target", "dashboard-benchmark-report.txt");

	private static final List<String> CHARTS = List.of("sales-per-day", "premium-by-product", "premium-by-member",
			"funnel", "callbacks-per-hour", "task-queue");

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyChartOfThirtyDaysAnswersQuicklyOverAHundredThousandOrders() throws Exception {
		int total = Integer.getInteger("bench.orders", 100_000);
		int warmup = Integer.getInteger("bench.warmup", 5);
		int samples = Integer.getInteger("bench.samples", 30);
		long demoMemberId = this.jdbc.sql("SELECT id FROM member WHERE login = '13800000001'").query(Long.class).single();
		long started = System.nanoTime();
		new OrderSeeder(this.environment.getRequiredProperty("spring.datasource.url"),
				this.environment.getRequiredProperty("spring.datasource.username"),
				this.environment.getProperty("spring.datasource.password", "")).seed(demoMemberId, total, 1_000, 49);
		List<String> report = new ArrayList<>();
		report.add(String.format(Locale.ROOT, "Baolink dashboard benchmark (%s, %d cores): seeded %,d orders in %.1f s",
				java.time.Instant.now(), Runtime.getRuntime().availableProcessors(), total,
				(System.nanoTime() - started) / 1e9));

		PortalHttpClient staff = new PortalHttpClient(this.port);
		staff.loginOrFail("admin", "Harbor-Quill-Lantern-73");
		Map<String, String> endpoints = new LinkedHashMap<>();
		CHARTS.forEach(chart -> endpoints.put(chart, "/admin/dashboard/" + chart + ".json"));
		endpoints.put("page", "/admin");
		endpoints.put("trivial", "/actuator/health");

		Map<String, LatencySamples> latencies = new LinkedHashMap<>();
		endpoints.keySet().forEach(name -> latencies.put(name, new LatencySamples()));
		for (int round = 0; round < warmup + samples; round++) {
			for (Map.Entry<String, String> endpoint : endpoints.entrySet()) {
				long start = System.nanoTime();
				HttpResponse<String> answer = staff.get(endpoint.getValue());
				long elapsed = System.nanoTime() - start;
				assertThat(answer.statusCode()).as(endpoint.getValue()).isEqualTo(200);
				if (round >= warmup) {
					latencies.get(endpoint.getKey()).add(elapsed);
				}
			}
		}
		report.add(String.format(Locale.ROOT, "%-20s %8s %8s", "endpoint", "p50 ms", "p95 ms"));
		latencies.forEach((name, sample) -> report.add(String.format(Locale.ROOT, "%-20s %8.1f %8.1f", name,
				sample.percentileMillis(50), sample.percentileMillis(95))));
		Files.createDirectories(REPORT.getParent());
		Files.write(REPORT, report, StandardCharsets.UTF_8);
		report.forEach(System.out::println);

		double maxP95 = Double.parseDouble(System.getProperty("bench.dashboard.maxP95Millis", "1000"));
		for (String chart : CHARTS) {
			assertThat(latencies.get(chart).percentileMillis(95)).as(chart + " p95 ms (see %s)", REPORT)
				.isLessThanOrEqualTo(maxP95);
		}
	}

}

package com.baolink.inbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit's flood: 300 badly signed or malformed callback bodies of 60 KB each, all different.
 * They are refused as before, counted exactly, and the database grows by far less than 2 MB
 * (measured in {@code information_schema} after {@code ANALYZE TABLE}, and as stored bytes).
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RefusedCallbackFloodTests {

	static final int BODY_CHARS = 60 * 1024;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void threeHundredRefused60KbBodiesGrowTheDatabaseByLessThan2Mb() throws Exception {
		long sizeBefore = databaseBytes();
		long lastId = this.jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM inbound_callback").query(Long.class).single();
		Map<String, Long> countedBefore = counted();
		String padding = "x".repeat(BODY_CHARS);
		long started = System.nanoTime();
		for (int i = 0; i < 150; i++) {
			String xiebao = "{\"notifyType\":1,\"sign\":\"0123456789abcdef0123456789abcdef\",\"data\":{\"partnerId\":12345,"
					+ "\"insureNum\":\"flood" + System.nanoTime() + "\",\"caseCode\":\"C1\",\"state\":true,\"pad\":\""
					+ padding.substring(0, BODY_CHARS - 160) + "\"}}";
			assertThat(post("/callbacks/xiebao", xiebao).statusCode()).isEqualTo(401);
			String aigoubao = "{\"flood\":" + i + ",\"pad\":\"" + padding.substring(0, BODY_CHARS - 40) + "\"";
			assertThat(post("/callbacks/aigoubao/deliver", aigoubao).statusCode()).isEqualTo(400);
		}
		long millis = (System.nanoTime() - started) / 1_000_000;

		long sizeAfter = databaseBytes();
		long storedBodyBytes = this.jdbc
			.sql("SELECT COALESCE(SUM(LENGTH(raw_body) + COALESCE(LENGTH(headers), 0)), 0) FROM inbound_callback WHERE id > ?")
			.param(lastId)
			.query(Long.class)
			.single();
		long rows = this.jdbc.sql("SELECT COUNT(*) FROM inbound_callback WHERE id > ?").param(lastId).query(Long.class).single();
		Map<String, Long> countedAfter = counted();
		System.out.printf("Flood: 300 refused bodies of %d KB in %d ms; database %d -> %d bytes (+%d); %d sample rows "
				+ "holding %d bytes%n", BODY_CHARS / 1024, millis, sizeBefore, sizeAfter, sizeAfter - sizeBefore, rows,
				storedBodyBytes);

		assertThat(sizeAfter - sizeBefore).as("database growth in bytes").isLessThan(2L * 1024 * 1024);
		assertThat(storedBodyBytes).as("bytes of the kept samples").isLessThan(100L * 1024);
		assertThat(rows).as("sample rows: at most 20 per source and hour").isLessThanOrEqualTo(40);
		assertThat(countedAfter.get("xiebao") - countedBefore.get("xiebao")).isEqualTo(150);
		assertThat(countedAfter.get("aigoubao") - countedBefore.get("aigoubao")).isEqualTo(150);
		assertThat(this.jdbc.sql("SELECT MAX(LENGTH(raw_body)) FROM inbound_callback WHERE id > ?")
			.param(lastId)
			.query(Long.class)
			.single()).isLessThan(1200L);
	}

	private Map<String, Long> counted() {
		Map<String, Long> counts = new java.util.HashMap<>(Map.of("xiebao", 0L, "aigoubao", 0L));
		this.jdbc.sql("SELECT LOWER(source), SUM(refused) FROM refused_callback_count WHERE verdict = 'ALL' GROUP BY source")
			.query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2)))
			.list();
		return counts;
	}

	private long databaseBytes() {
		for (String table : new String[] { "inbound_callback", "refused_callback_count" }) {
			this.jdbc.sql("ANALYZE TABLE " + table).query((rs, n) -> null).list();
		}
		return this.jdbc.sql("""
				SELECT SUM(data_length + index_length) FROM information_schema.tables
				WHERE table_schema = DATABASE()""").query(Long.class).single();
	}

	private HttpResponse<String> post(String path, String body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}

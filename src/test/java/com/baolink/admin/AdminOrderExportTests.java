package com.baolink.admin;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Tag;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import com.baolink.bench.OrderSeeder;
import com.baolink.member.Members;
import com.baolink.order.OrderFixtures;
import com.baolink.partner.aigoubao.AigoubaoApi;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order export over 100 000 orders (seeded with the history benchmark's {@link OrderSeeder})
 * keeps memory bounded: while it writes, the live heap (measured after a full collection, at
 * several points of the export) grows by less than half of what it has written, where any export
 * that first collected the rows (as objects, as a string or as bytes) would hold at least all of it.
 * Same context as the other admin tests; the seeded orders and members are removed afterwards.
 */
@Tag("integration")
@SpringBootTest(properties = "baolink.engine.recurring=false")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminOrderExportTests {

	private static final int ORDERS = 100_000;

	private static final long[] SAMPLE_AT_BYTES = { 2_000_000, 6_000_000, 11_000_000 };

	@MockitoBean
	AigoubaoApi api;

	@Autowired
	AdminOrderCsv csv;

	@Autowired
	AdminOrderQuery query;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Members members;

	@Autowired
	Environment environment;

	@BeforeAll
	void seed() throws Exception {
		long memberId = OrderFixtures.registeredMember(this.members, "13800000001");
		new OrderSeeder(this.environment.getRequiredProperty("spring.datasource.url"),
				this.environment.getRequiredProperty("spring.datasource.username"),
				this.environment.getProperty("spring.datasource.password", "")).seed(memberId, ORDERS, 1_000, 49);
	}

	@AfterAll
	void removeSeeded() {
		int deleted;
		do {
			deleted = this.jdbc.sql("DELETE FROM purchase_order WHERE out_serial_no LIKE 'BENCH%' LIMIT 10000").update();
		}
		while (deleted > 0);
		this.jdbc.sql("DELETE FROM member WHERE company = '基准测试公司' AND password_hash = '{bcrypt}!no-login'").update();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM purchase_order WHERE out_serial_no LIKE 'BENCH%'")
			.query(Long.class).single()).isZero();
	}

	@Test
	void exportOfAHundredThousandOrdersHoldsOneChunkNotTheWholeFile() throws Exception {
		long total = this.jdbc.sql("SELECT COUNT(*) FROM purchase_order").query(Long.class).single();
		assertThat(total).isGreaterThanOrEqualTo(ORDERS);
		long baseline = liveHeap();
		SamplingOutput out = new SamplingOutput();

		long rows = this.csv.write(AdminOrderSearch.of(null, null, null, null, null, null, null, null, null),
				Locale.SIMPLIFIED_CHINESE, out);

		assertThat(rows).isEqualTo(total);
		assertThat(out.lines).as("header and one line per order").isEqualTo(rows + 1);
		assertThat(out.samples).as("heap sampled during the export").isEqualTo(SAMPLE_AT_BYTES.length);
		assertThat(out.bytes).isGreaterThan(SAMPLE_AT_BYTES[SAMPLE_AT_BYTES.length - 1]);
		long growth = out.peakLiveHeap - baseline;
		System.out.printf(Locale.ROOT, "Order export: %,d orders, %,d bytes, live heap growth %,d bytes%n", rows,
				out.bytes, growth);
		assertThat(growth).as("live heap growth while exporting %,d bytes", out.bytes).isLessThan(out.bytes / 2);
	}

	@Test
	void everyFilterOfTheListStaysFastOnAHundredThousandOrders() {
		String rareName = OrderSeeder.RARE_NAME;
		String policy = this.jdbc.sql("SELECT policy_code FROM order_insured WHERE policy_code LIKE 'PL%' LIMIT 1")
			.query(String.class).single();
		List<AdminOrderSearch> searches = List.of(search(null, null, null, null, null, null, null, "1"),
				search(null, null, null, null, null, null, null, "400"),
				search(null, null, "ISSUED", null, null, null, null, "250"),
				search(null, "200437", null, null, null, null, null, "100"),
				search("13700000007", null, null, null, null, null, null, "30"),
				search(null, null, null, "2026-10-01", "2026-10-31", null, null, "50"),
				search(null, null, "PAID", "2026-10-01", null, rareName, null, "1"),
				search(null, null, null, null, null, null, policy, "1"));
		long countStarted = System.nanoTime();
		this.jdbc.sql("SELECT COUNT(*) FROM purchase_order").query(Long.class).single();
		System.out.printf(Locale.ROOT, "counting every order alone: %d ms%n", (System.nanoTime() - countStarted) / 1_000_000);
		for (AdminOrderSearch search : searches) {
			this.query.page(search); // warm
			long started = System.nanoTime();
			AdminOrderQuery.Page page = this.query.page(search);
			long millis = (System.nanoTime() - started) / 1_000_000;
			System.out.printf(Locale.ROOT, "%s: %,d orders, page %d in %d ms%n", search.link(page.page()),
					page.total(), page.page(), millis);
			assertThat(millis).as(search.link(search.page())).isLessThan(1_500);
		}
		assertThat(this.query.page(searches.get(7)).total()).isEqualTo(1);
		assertThat(this.query.page(searches.get(6)).rows())
			.allSatisfy(row -> assertThat(row.insuredSummary()).contains(rareName));
	}

	private static AdminOrderSearch search(String member, String product, String status, String from, String to,
			String insured, String policy, String page) {
		return AdminOrderSearch.of(member, null, product, status, from, to, insured, policy, page);
	}

	private static long liveHeap() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		return memory.getHeapMemoryUsage().getUsed();
	}

	/** Counts bytes and lines; at each of {@link #SAMPLE_AT_BYTES} measures the live heap mid-export. */
	private static final class SamplingOutput extends OutputStream {

		long bytes;

		long lines;

		int samples;

		long peakLiveHeap;

		@Override
		public void write(int b) {
			count(b);
			this.bytes++;
			sampleIfDue();
		}

		@Override
		public void write(byte[] buffer, int offset, int length) {
			for (int i = offset; i < offset + length; i++) {
				count(buffer[i]);
			}
			this.bytes += length;
			sampleIfDue();
		}

		private void count(int b) {
			if (b == '\n') {
				this.lines++;
			}
		}

		private void sampleIfDue() {
			if (this.samples < SAMPLE_AT_BYTES.length && this.bytes >= SAMPLE_AT_BYTES[this.samples]) {
				this.samples++;
				this.peakLiveHeap = Math.max(this.peakLiveHeap, liveHeap());
			}
		}

	}

}

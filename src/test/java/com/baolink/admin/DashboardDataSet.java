package com.baolink.admin;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.baolink.infrastructure.web.TestMembers;
import com.baolink.member.Members;

/**
 * A small, known history for the dashboard's charts, in three days of the distant past that no
 * other test uses (each seed in this JVM takes the next week inside {@code [fromYear, fromYear + 9]},
 * starting at a random week, so no two seeds ever share a day, orders outside the range included): two
 * new members A and B, two products, orders of every step (one just before midnight and one just
 * after, China time, so a day counted in UTC would be wrong), one failed launch, orders just outside
 * the range, and callbacks in the last day. The expected numbers are written out in the tests.
 */
public final class DashboardDataSet {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** Weeks in ten years: a seed's three days and the days just outside them fit in one week. */
	private static final int WEEKS = 520;

	private static final AtomicInteger NEXT_WEEK = new AtomicInteger(ThreadLocalRandom.current().nextInt(WEEKS));

	public final LocalDate firstDay;

	public final String memberA;

	public final String memberB;

	public final String productOne;

	public final String productTwo;

	private final JdbcClient jdbc;

	private final long memberAId;

	private final long memberBId;

	private DashboardDataSet(JdbcClient jdbc, Members members, PasswordEncoder encoder, int fromYear) {
		this.jdbc = jdbc;
		ThreadLocalRandom random = ThreadLocalRandom.current();
		this.firstDay = LocalDate.of(fromYear, 1, 1).plusDays(1 + 7L * (NEXT_WEEK.getAndIncrement() % WEEKS));
		this.memberA = TestMembers.create(members, encoder);
		this.memberB = TestMembers.create(members, encoder);
		this.memberAId = members.findByLogin(this.memberA).orElseThrow().id();
		this.memberBId = members.findByLogin(this.memberB).orElseThrow().id();
		String suffix = Integer.toString(random.nextInt(1_000_000));
		this.productOne = "DX1-" + suffix;
		this.productTwo = "DX2-" + suffix;
	}

	/** Seeds the data set; {@code fromYear} keeps the test classes using it apart. */
	public static DashboardDataSet seed(JdbcClient jdbc, Members members, PasswordEncoder encoder, int fromYear) {
		DashboardDataSet set = new DashboardDataSet(jdbc, members, encoder, fromYear);
		set.seedOrders();
		set.seedCallbacks();
		return set;
	}

	public LocalDate lastDay() {
		return this.firstDay.plusDays(2);
	}

	private void seedOrders() {
		LocalDate d0 = this.firstDay;
		LocalDate d1 = d0.plusDays(1);
		// outside the range, on both sides
		order(this.memberAId, this.productOne, "ISSUED", "999.00", d0.minusDays(1), 23, 59);
		order(this.memberAId, this.productOne, "ISSUED", "999.00", d0.plusDays(3), 0, 0);
		// day 0: two orders, both paid: 150.50
		order(this.memberAId, this.productOne, "ISSUED", "100.00", d0, 9, 0);
		order(this.memberAId, this.productTwo, "PAID", "50.50", d0, 23, 30);
		// day 1: three launched orders (the failed launch is not one), paid 220.00
		order(this.memberBId, this.productOne, "SURRENDERED", "200.00", d1, 0, 15);
		order(this.memberBId, this.productOne, "LAUNCHED", "30.00", d1, 10, 0);
		order(this.memberAId, this.productTwo, "LAUNCH_FAILED", "40.00", d1, 11, 0);
		order(this.memberBId, this.productTwo, "PARTIALLY_SURRENDERED", "20.00", d1, 12, 0);
		// day 2: nothing
	}

	private void seedCallbacks() {
		LocalDate d2 = lastDay();
		callback("PROCESSED", d2, 0, 10);
		callback("PROCESSED", d2, 0, 50);
		callback("UNMATCHED", d2, 5, 30);
		callback("FAILED", d2, 23, 59);
		callback("REJECTED", d2, 5, 0); // a kept sample of a refusal: counted from refused_callback_count instead
		callback("PROCESSED", d2.minusDays(1), 23, 59); // before the 24 hours
		String source = "T" + ThreadLocalRandom.current().nextInt(100_000_000);
		refused(source, "ALL", "ALL", 7, d2, 5);
		refused(source, "SIGNED_INVALID", "signature", 7, d2, 5); // the per-reason row of the same 7
	}

	private void order(long memberId, String product, String status, String amount, LocalDate day, int hour, int minute) {
		Timestamp at = at(day, hour, minute);
		this.jdbc.sql("""
				INSERT INTO purchase_order (member_id, channel, status, pay_type, out_serial_no, product_code, product_name,
				  total_amount, created_at, updated_at)
				VALUES (:member, 'AIGOUBAO', :status, 'CASH', :serial, :product, :name, :amount, :at, :at)""")
			.param("member", memberId)
			.param("status", status)
			.param("serial", "DS" + UUID.randomUUID().toString().replace("-", "").substring(0, 24))
			.param("product", product)
			.param("name", "看板产品" + product.substring(0, 3))
			.param("amount", new BigDecimal(amount))
			.param("at", at)
			.update();
	}

	private void callback(String status, LocalDate day, int hour, int minute) {
		this.jdbc.sql("""
				INSERT INTO inbound_callback (source, kind, dedupe_key, raw_body, signature_verdict, status, attempts,
				  received_at)
				VALUES ('AIGOUBAO', 'DELIVER', :key, '{}', 'PLAIN_UNVERIFIED', :status, 1, :at)""")
			.param("key", UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", ""))
			.param("status", status)
			.param("at", at(day, hour, minute))
			.update();
	}

	private void refused(String source, String verdict, String reason, int refused, LocalDate day, int hour) {
		this.jdbc.sql("""
				INSERT INTO refused_callback_count (source, hour_start, verdict, reason, refused, sampled, bytes_refused, last_at)
				VALUES (:source, :hour, :verdict, :reason, :refused, 1, 100, :hour)""")
			.param("source", source)
			.param("hour", at(day, hour, 0))
			.param("verdict", verdict)
			.param("reason", reason)
			.param("refused", refused)
			.update();
	}

	static Timestamp at(LocalDate day, int hour, int minute) {
		return Timestamp.from(LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(CHINA).toInstant());
	}

}

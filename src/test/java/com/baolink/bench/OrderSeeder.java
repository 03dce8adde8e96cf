package com.baolink.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fills {@code purchase_order} and {@code order_insured} with a realistic, reproducible history
 * (fixed random seed) through its own connection with {@code rewriteBatchedStatements}, so the
 * batches travel as multi-row INSERTs and the application's connection pool stays untouched.
 */
public final class OrderSeeder {

	static final long SEED = 20261123L;

	/** An insured name rare enough to make a selective filter (about one order in 400). */
	public static final String RARE_NAME = "欧阳娜娜";

	private static final int BATCH = 2_000;

	private static final String[] NAMES = { "张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄强", "周杰", "吴霞", "徐涛",
			"孙丽", "马超", "朱琳", "胡斌", "郭燕", "何平", "高翔", "林晓", "罗军" };

	private static final String[][] PRODUCTS = { { "200437", "国内旅游意外险", "天安财险" }, { "200512", "境外旅游保险", "平安产险" },
			{ "200618", "航空意外险", "太平洋产险" }, { "200733", "团体意外险", "人保财险" }, { "200845", "学平险", "国寿财险" },
			{ "200902", "户外运动保险", "华泰财险" } };

	private static final String[] STATUSES = { "ISSUED", "ISSUED", "ISSUED", "ISSUED", "PAID", "LAUNCHED", "CANCELLED",
			"SURRENDERED", "LAUNCH_FAILED", "AWAITING_CREDIT_APPROVAL" };

	private final String jdbcUrl;

	private final String username;

	private final String password;

	public OrderSeeder(String jdbcUrl, String username, String password) {
		this.jdbcUrl = jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
		this.username = username;
		this.password = password;
	}

	/**
	 * Inserts {@code total} orders, every {@code total / demoOrders}-th of them for {@code demoMemberId}
	 * and the rest spread over {@code otherMembers} new members; returns the number of insured rows.
	 */
	public long seed(long demoMemberId, int total, int demoOrders, int otherMembers) throws SQLException {
		Random random = new Random(SEED);
		try (Connection connection = DriverManager.getConnection(this.jdbcUrl, this.username, this.password)) {
			connection.setAutoCommit(false);
			List<Long> others = createMembers(connection, otherMembers);
			long firstId = nextOrderId(connection);
			int demoEvery = total / demoOrders;
			Instant newest = Instant.now().truncatedTo(ChronoUnit.SECONDS);
			long insuredRows = 0;
			try (PreparedStatement orders = connection.prepareStatement(ORDER_INSERT);
					PreparedStatement insured = connection.prepareStatement(INSURED_INSERT)) {
				for (int i = 0; i < total; i++) {
					long memberId = i % demoEvery == 0 ? demoMemberId : others.get(i % others.size());
					insuredRows += addOrder(orders, insured, firstId + i, memberId, newest.minusSeconds(i * 60L), random);
					if ((i + 1) % BATCH == 0 || i == total - 1) {
						orders.executeBatch();
						insured.executeBatch();
						connection.commit();
					}
				}
			}
			return insuredRows;
		}
	}

	private static final String ORDER_INSERT = """
			INSERT INTO purchase_order (id, member_id, channel, status, pay_type, out_serial_no, product_code, product_name,
			  plan_code, plan_name, insurer_name, cover_start, cover_end, partner_ref, total_amount, holder_name,
			  insured_summary, policy_codes, insured_count, created_at, updated_at)
			VALUES (?, ?, 'AIGOUBAO', ?, ?, ?, ?, ?, 'P1', '计划一', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String INSURED_INSERT = """
			INSERT INTO order_insured (purchase_order, position, name, card_type, card_no_masked, premium, policy_code,
			  policy_status)
			VALUES (?, ?, ?, '1', '110105********002X', ?, ?, ?)""";

	private static int addOrder(PreparedStatement orders, PreparedStatement insured, long id, long memberId,
			Instant createdAt, Random random) throws SQLException {
		String[] product = PRODUCTS[random.nextInt(PRODUCTS.length)];
		String status = STATUSES[random.nextInt(STATUSES.length)];
		boolean issued = status.equals("ISSUED") || status.equals("SURRENDERED");
		int people = 1 + random.nextInt(2);
		List<String> names = new ArrayList<>();
		List<String> policies = new ArrayList<>();
		for (int p = 0; p < people; p++) {
			names.add(random.nextInt(400) == 0 ? RARE_NAME : NAMES[random.nextInt(NAMES.length)]);
			policies.add(issued ? "PL" + id + "-" + p : null);
		}
		BigDecimal premium = BigDecimal.valueOf(500 + random.nextInt(20_000), 2);
		LocalDate coverStart = LocalDate.ofInstant(createdAt, java.time.ZoneOffset.UTC).plusDays(1 + random.nextInt(30));
		int column = 1;
		orders.setLong(column++, id);
		orders.setLong(column++, memberId);
		orders.setString(column++, status);
		orders.setString(column++, random.nextInt(5) == 0 ? "CREDIT" : "CASH");
		orders.setString(column++, "BENCH" + id);
		orders.setString(column++, product[0]);
		orders.setString(column++, product[1]);
		orders.setString(column++, product[2]);
		orders.setDate(column++, Date.valueOf(coverStart));
		orders.setDate(column++, Date.valueOf(coverStart.plusDays(random.nextInt(14))));
		orders.setString(column++, "TE" + id);
		orders.setBigDecimal(column++, premium.multiply(BigDecimal.valueOf(people)));
		orders.setString(column++, names.get(0));
		orders.setString(column++, String.join("、", names));
		orders.setString(column++, issued ? String.join(",", policies) : null);
		orders.setInt(column++, people);
		orders.setTimestamp(column++, Timestamp.from(createdAt));
		orders.setTimestamp(column, Timestamp.from(createdAt));
		orders.addBatch();
		for (int p = 0; p < people; p++) {
			insured.setLong(1, id);
			insured.setInt(2, p);
			insured.setString(3, names.get(p));
			insured.setBigDecimal(4, premium);
			insured.setString(5, policies.get(p));
			insured.setString(6, issued ? (status.equals("ISSUED") ? "ISSUED" : "SURRENDERED") : "PENDING");
			insured.addBatch();
		}
		return people;
	}

	private static List<Long> createMembers(Connection connection, int count) throws SQLException {
		List<Long> ids = new ArrayList<>();
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO member (login, display_name, password_hash, role, mobile, company, credit_allowed, created_at)
				VALUES (?, ?, '{bcrypt}!no-login', 'MEMBER', ?, '基准测试公司', FALSE, ?)""",
				Statement.RETURN_GENERATED_KEYS)) {
			for (int i = 0; i < count; i++) {
				String mobile = String.format("1370000%04d", i);
				insert.setString(1, mobile);
				insert.setString(2, "基准会员" + i);
				insert.setString(3, mobile);
				insert.setTimestamp(4, Timestamp.from(Instant.now()));
				insert.executeUpdate();
				try (ResultSet keys = insert.getGeneratedKeys()) {
					keys.next();
					ids.add(keys.getLong(1));
				}
			}
		}
		connection.commit();
		return ids;
	}

	private static long nextOrderId(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM purchase_order")) {
			rs.next();
			return rs.getLong(1);
		}
	}

}

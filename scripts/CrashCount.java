import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Counts, for scripts/crash-test.sh, what became of the acknowledged notifications: present in the
 * inbox, applied (processed), duplicated (more than one stored row or more than one order).
 * Usage: java -cp mysql-connector-j.jar CrashCount.java JDBC_URL ACKS_FILE [wait]
 * ACKS_FILE lines: "insureNum type" of every notification answered 200 {"state":true}.
 * With "wait", polls until nothing acknowledged is waiting any more (at most 120 s).
 */
public class CrashCount {

	public static void main(String[] args) throws Exception {
		List<String> lines = Files.readAllLines(Path.of(args[1]));
		Set<String> acknowledged = new HashSet<>(lines.stream().filter(l -> !l.isBlank()).toList());
		Set<String> insureNums = new HashSet<>();
		acknowledged.forEach(l -> insureNums.add(l.split(" ")[0]));
		boolean wait = args.length > 2 && args[2].equals("wait");
		try (Connection db = DriverManager.getConnection(args[0], "root", "")) {
			long deadline = System.currentTimeMillis() + 120_000;
			int[] counts;
			do {
				counts = count(db, acknowledged, insureNums);
				if (!wait || counts[1] == counts[2] || System.currentTimeMillis() > deadline) {
					break;
				}
				Thread.sleep(500);
			}
			while (true);
			System.out.printf("acknowledged %d, present %d, applied %d, duplicated %d, orders %d (of %d applications)%n",
					acknowledged.size(), counts[0], counts[1], counts[3], counts[4],
					insureNums.size());
			boolean ok = counts[0] == acknowledged.size() && counts[1] == acknowledged.size() && counts[3] == 0;
			System.out.println(ok ? "CRASH TEST PASSED" : "CRASH TEST FAILED");
			System.exit(ok ? 0 : 1);
		}
	}

	/** present, applied, present (again), duplicated, orders. */
	private static int[] count(Connection db, Set<String> acknowledged, Set<String> insureNums) throws Exception {
		int present = 0;
		int applied = 0;
		int duplicated = 0;
		int orders = 0;
		try (PreparedStatement rows = db.prepareStatement(
				"SELECT COUNT(*), SUM(status IN ('PROCESSED', 'UNMATCHED')) FROM inbound_callback WHERE partner_ref = ? AND kind = ?");
				PreparedStatement order = db.prepareStatement(
						"SELECT COUNT(*) FROM purchase_order WHERE channel = 'XIEBAO' AND partner_ref = ?")) {
			for (String ack : acknowledged) {
				String[] parts = ack.split(" ");
				rows.setString(1, parts[0]);
				rows.setString(2, kind(parts[1]));
				try (ResultSet rs = rows.executeQuery()) {
					rs.next();
					int n = rs.getInt(1);
					present += n > 0 ? 1 : 0;
					applied += rs.getInt(2) > 0 ? 1 : 0;
					duplicated += n > 1 ? 1 : 0;
				}
			}
			for (String num : insureNums) {
				order.setString(1, num);
				try (ResultSet rs = order.executeQuery()) {
					rs.next();
					int n = rs.getInt(1);
					orders += n > 0 ? 1 : 0;
					duplicated += n > 1 ? 1 : 0;
				}
			}
		}
		return new int[] { present, applied, applied, duplicated, orders };
	}

	private static String kind(String type) {
		return switch (type) {
			case "1" -> "XB_INSURE";
			case "2" -> "XB_PAY";
			case "3" -> "XB_ISSUE";
			case "9" -> "XB_EPOLICY";
			default -> throw new IllegalArgumentException(type);
		};
	}

}

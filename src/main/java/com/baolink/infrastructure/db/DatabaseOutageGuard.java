package com.baolink.infrastructure.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The portal's {@link DataSource} with a short memory for an unreachable database. When the pool
 * could not connect at all (the server refuses or is gone, not merely every connection busy), the
 * next two seconds' requests for a connection fail at once instead of each waiting Hikari's whole
 * {@code connection-timeout}: one request may touch the database several times (the JDBC session is
 * saved when the response is committed, again when the request ends, again for the error page),
 * which made {@code /login} take 6 s during an outage. After that one caller tries the pool
 * again; the first success ends the outage. Connection pool exhaustion with a healthy server never
 * trips it.
 */
final class DatabaseOutageGuard extends DelegatingDataSource {

	static final Duration HOLD = Duration.ofSeconds(2);

	private volatile long unavailableUntilNanos;

	private volatile boolean unavailable;

	DatabaseOutageGuard(DataSource pool) {
		super(pool);
	}

	@Override
	public Connection getConnection() throws SQLException {
		checkAvailable();
		return track(() -> super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		checkAvailable();
		return track(() -> super.getConnection(username, password));
	}

	boolean isUnavailable() {
		return this.unavailable;
	}

	private void checkAvailable() throws SQLTransientConnectionException {
		if (this.unavailable && System.nanoTime() - this.unavailableUntilNanos < 0) {
			throw new SQLTransientConnectionException("The database is unreachable (a connection attempt failed less than "
					+ HOLD.toMillis() + " ms ago)", "08001");
		}
	}

	private Connection track(ConnectionSupplier supplier) throws SQLException {
		try {
			Connection connection = supplier.get();
			this.unavailable = false;
			return connection;
		}
		catch (SQLException ex) {
			if (isUnreachable(ex)) {
				this.unavailableUntilNanos = System.nanoTime() + HOLD.toNanos();
				this.unavailable = true;
			}
			throw ex;
		}
	}

	/**
	 * Hikari's timeout carries the last connection failure as its cause when it could not connect;
	 * SQLState class 08 is "connection exception".
	 */
	static boolean isUnreachable(SQLException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	@FunctionalInterface
	private interface ConnectionSupplier {

		Connection get() throws SQLException;

	}

}

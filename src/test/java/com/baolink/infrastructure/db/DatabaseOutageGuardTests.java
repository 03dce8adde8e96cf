package com.baolink.infrastructure.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class DatabaseOutageGuardTests {

	private final DataSource pool = mock(DataSource.class);

	private final DatabaseOutageGuard guard = new DatabaseOutageGuard(this.pool);

	/** What Hikari throws when it could not connect: its timeout, with the driver's failure as cause. */
	private static SQLTransientConnectionException unreachable() {
		return new SQLTransientConnectionException("HikariPool-1 - Connection is not available", "08S01",
				new SQLException("Communications link failure", "08S01"));
	}

	@Test
	void anUnreachableDatabaseMakesTheNextRequestsFailAtOnceWithoutWaitingForThePool() throws SQLException {
		given(this.pool.getConnection()).willThrow(unreachable());
		assertThatThrownBy(this.guard::getConnection).hasMessageContaining("HikariPool-1");

		assertThatThrownBy(this.guard::getConnection).isInstanceOf(SQLTransientConnectionException.class)
			.hasMessageContaining("The database is unreachable");
		assertThat(this.guard.isUnavailable()).isTrue();
		verify(this.pool, times(1)).getConnection();
	}

	@Test
	void aBusyPoolOnAHealthyDatabaseDoesNotTripTheGuard() throws SQLException {
		Connection connection = mock(Connection.class);
		given(this.pool.getConnection())
			.willThrow(new SQLTransientConnectionException("HikariPool-1 - Connection is not available (total=10, active=10)"))
			.willReturn(connection);
		assertThatThrownBy(this.guard::getConnection).hasMessageContaining("active=10");

		assertThat(this.guard.getConnection()).isSameAs(connection);
		assertThat(this.guard.isUnavailable()).isFalse();
	}

	@Test
	void theDriversConnectionFailureIsRecognisedAnywhereInTheCauses() {
		assertThat(DatabaseOutageGuard.isUnreachable(unreachable())).isTrue();
		assertThat(DatabaseOutageGuard.isUnreachable(new SQLException("wrapper", null, new SQLException("refused", "08001")))).isTrue();
		assertThat(DatabaseOutageGuard.isUnreachable(new SQLException("Duplicate entry", "23000"))).isFalse();
		assertThat(DatabaseOutageConfig.DatabaseUnavailableFilter.isDatabaseUnavailable(
				new org.springframework.transaction.CannotCreateTransactionException("tx", unreachable()))).isTrue();
		assertThat(DatabaseOutageConfig.DatabaseUnavailableFilter.isDatabaseUnavailable(
				new IllegalStateException("template error"))).isFalse();
	}

}

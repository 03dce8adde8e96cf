package com.baolink.inbox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.baolink.engine.Jobs;
import com.baolink.testsupport.RepositoryTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * The durable callback inbox on the real database: a callback is stored once (copies are counted,
 * not stored), handed to the engine exactly when it is stored, and moves through its statuses.
 * The inbox commits in its own transaction, so there is no test transaction: each test uses its own
 * dedupe keys and deletes its rows.
 */
@RepositoryTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ CallbackInbox.class, CallbackInboxRepositoryTests.FixedClock.class })
class CallbackInboxRepositoryTests {

	static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

	@Autowired
	CallbackInbox inbox;

	@Autowired
	JdbcClient jdbc;

	@MockitoBean
	Jobs jobs;

	@MockitoBean
	RefusedCallbackLog refused;

	private final List<Long> written = new ArrayList<>();

	@AfterEach
	void deleteWhatThisTestWrote() {
		this.written.forEach(id -> this.jdbc.sql("DELETE FROM inbound_callback WHERE id = ?").param(id).update());
	}

	@Test
	void aCallbackIsStoredOnceAndItsCopiesAreCounted() {
		NewCallback callback = received("TE-" + System.nanoTime());

		CallbackInbox.Recorded first = record(callback);
		CallbackInbox.Recorded copy = record(callback);

		assertThat(first.duplicate()).isFalse();
		assertThat(copy.duplicate()).isTrue();
		assertThat(copy.id()).isEqualTo(first.id());
		assertThat(this.jdbc.sql("SELECT duplicate_count FROM inbound_callback WHERE id = ?")
			.param(first.id())
			.query(Integer.class)
			.single()).isOne();
		verify(this.jobs, times(1)).scheduleNewNow(InboxProcessor.TASK, String.valueOf(first.id()));
	}

	@Test
	void storedCallbackKeepsTheRawBodyAndWaitsForProcessing() {
		CallbackInbox.Recorded recorded = record(received("TE-" + System.nanoTime()));

		assertThat(this.inbox.rawBody(recorded.id())).isEqualTo("{\"tempOrderCode\":\"x\"}");
		assertThat(this.inbox.find(recorded.id())).hasValueSatisfying(stored -> {
			assertThat(stored.status()).isEqualTo(CallbackStatus.RECEIVED);
			assertThat(stored.attempts()).isZero();
			assertThat(stored.kind()).isEqualTo(CallbackKind.DELIVER);
		});
	}

	@Test
	void aFailedAttemptKeepsItWaitingUntilTheEngineGivesUpThenStaffCanReplayIt() {
		String ref = "TE-" + System.nanoTime();
		long id = record(received(ref)).id();

		this.inbox.attemptFailed(id, "partner down", null);
		assertThat(this.inbox.waitingAfterFailure("aigoubao", ref)).containsExactly(id);

		this.inbox.gaveUp(id, "gave up after 2 days");
		assertThat(this.inbox.find(id).orElseThrow().status()).isEqualTo(CallbackStatus.FAILED);
		assertThat(this.inbox.waitingAfterFailure("aigoubao", ref)).isEmpty();

		assertThat(this.inbox.requeue(id)).isTrue();
		assertThat(this.inbox.find(id).orElseThrow().status()).isEqualTo(CallbackStatus.RECEIVED);
		verify(this.jobs).scheduleNow(InboxProcessor.TASK, String.valueOf(id));
	}

	@Test
	void aFinishedCallbackRecordsItsOutcomeAndCannotBeFailedAnyMore() {
		long id = record(received("TE-" + System.nanoTime())).id();

		this.inbox.finished(id, CallbackStatus.PROCESSED, null);
		this.inbox.gaveUp(id, "too late");

		assertThat(this.inbox.find(id).orElseThrow()).satisfies(stored -> {
			assertThat(stored.status()).isEqualTo(CallbackStatus.PROCESSED);
			assertThat(stored.attempts()).isOne();
		});
		assertThat(this.jdbc.sql("SELECT processed_at FROM inbound_callback WHERE id = ?")
			.param(id)
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant()).isEqualTo(NOW);
	}

	@Test
	void aRejectedCallbackIsNeverStoredHereNorHandedToTheEngine() {
		NewCallback rejected = new NewCallback("aigoubao", CallbackKind.DELIVER, "k-" + System.nanoTime(), "{}", "", "127.0.0.1",
				SignatureVerdict.SIGNED_INVALID, null, CallbackStatus.REJECTED, "bad sign");

		this.inbox.record(rejected);

		verify(this.refused).record(rejected);
		verify(this.jobs, never()).scheduleNewNow(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any());
	}

	private CallbackInbox.Recorded record(NewCallback callback) {
		CallbackInbox.Recorded recorded = this.inbox.record(callback);
		this.written.add(recorded.id());
		return recorded;
	}

	private static NewCallback received(String partnerRef) {
		String body = "{\"tempOrderCode\":\"x\"}";
		return new NewCallback("aigoubao", CallbackKind.DELIVER,
				NewCallback.dedupeKey("aigoubao", CallbackKind.DELIVER, SignatureVerdict.SIGNED_VALID, partnerRef), body,
				"Content-Type: application/json", "127.0.0.1", SignatureVerdict.SIGNED_VALID, partnerRef,
				CallbackStatus.RECEIVED, null);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

	}

}

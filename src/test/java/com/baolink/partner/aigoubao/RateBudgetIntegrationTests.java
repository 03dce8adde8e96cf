package com.baolink.partner.aigoubao;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import com.baolink.infrastructure.config.ChinaTime;
import com.baolink.partner.aigoubao.AigoubaoApi.CallPriority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shared budget on the embedded MariaDB. Each test uses its own budget name (the database is
 * shared within the JVM) and a clock it moves by hand; "two nodes" are two RateBudget instances.
 */
@Tag("integration")
@SpringBootTest(properties = "baolink.engine.recurring=false")
class RateBudgetIntegrationTests {

	static final int LIMIT = 400;

	/** 5 s into a 10-second slot. */
	static final Instant SLOT_PLUS_5 = Instant.parse("2026-11-23T02:00:05Z");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	RateBudget applicationBudget;

	final MutableClock clock = new MutableClock(SLOT_PLUS_5);

	final List<Duration> sleeps = new ArrayList<>();

	final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	RateBudget budget(String name) {
		return new RateBudget(name, LIMIT, RateBudgetProperties.defaults(), this.jdbc, this.transactionManager,
				this.clock, new SimpleMeterRegistry(), duration -> {
					this.sleeps.add(duration);
					this.clock.advance(duration);
				});
	}

	static String uniqueName() {
		return "test-" + UUID.randomUUID();
	}

	static int take(RateBudget budget, CallPriority priority, int times) {
		int granted = 0;
		for (int i = 0; i < times; i++) {
			if (budget.tryAcquire(priority)) {
				granted++;
			}
		}
		return granted;
	}

	@Test
	void grantsTheLimitThenRefusesForTheRestOfTheMinute() {
		String name = uniqueName();
		RateBudget budget = new RateBudget(name, LIMIT, RateBudgetProperties.defaults(), this.jdbc,
				this.transactionManager, this.clock, this.meters, duration -> Thread.sleep(duration.toMillis()));

		assertThat(take(budget, CallPriority.USER, LIMIT)).isEqualTo(LIMIT);
		assertThat(budget.tryAcquire(CallPriority.USER)).isFalse();
		assertThat(budget.remaining()).isZero();
		assertThat(this.meters.get("baolink.partner.rate_budget.remaining").tag("partner", name).gauge().value())
			.isZero();

		this.clock.advance(Duration.ofSeconds(59));
		assertThat(budget.tryAcquire(CallPriority.USER)).isFalse();
		assertThat(usedInDatabase(name)).isEqualTo(LIMIT);
	}

	@Test
	void permitsComeBackOnceTheirSlotHasLeftTheWindow() {
		RateBudget budget = budget(uniqueName());
		assertThat(take(budget, CallPriority.USER, 200)).isEqualTo(200);
		this.clock.advance(Duration.ofSeconds(30));
		assertThat(take(budget, CallPriority.USER, 250)).isEqualTo(200);

		// 60 s after the first calls their slot may still overlap a 60-second interval: still refused
		this.clock.advance(Duration.ofSeconds(30));
		assertThat(budget.tryAcquire(CallPriority.USER)).isFalse();
		// 70 s after the start of their slot the first 200 are free again, the later 200 are not
		this.clock.advance(Duration.ofSeconds(5));
		assertThat(budget.remaining()).isEqualTo(200);
		assertThat(take(budget, CallPriority.USER, 250)).isEqualTo(200);
		// and after a quiet minute everything is free
		this.clock.advance(Duration.ofSeconds(70));
		assertThat(budget.remaining()).isEqualTo(LIMIT);
	}

	@Test
	void backgroundWorkLeavesHeadroomForMembers() {
		RateBudget budget = budget(uniqueName());

		assertThat(take(budget, CallPriority.BACKGROUND, LIMIT)).isEqualTo(300);
		assertThat(take(budget, CallPriority.USER, LIMIT)).isEqualTo(100);
		assertThat(budget.tryAcquire(CallPriority.BACKGROUND)).isFalse();
	}

	@Test
	void acquireWaitsForTheNextSlotOnlyWhenItComesWithinTheWait() {
		RateBudget budget = budget(uniqueName());
		take(budget, CallPriority.USER, LIMIT);

		assertThatThrownBy(() -> budget.acquire(CallPriority.BACKGROUND))
			.isInstanceOf(RateBudgetExhaustedException.class);
		// next slot is 5 s away, members wait at most 2 s: refused at once, without sleeping
		assertThatThrownBy(() -> budget.acquire(CallPriority.USER)).isInstanceOf(RateBudgetExhaustedException.class);
		assertThat(this.sleeps).isEmpty();

		// 61 s later the next slot (which frees the first calls) is 4 s away; with a 5 s wait it is taken
		this.clock.advance(Duration.ofSeconds(61));
		budget.acquire(CallPriority.USER, Duration.ofSeconds(5));
		assertThat(this.sleeps).containsExactly(Duration.ofSeconds(4));
	}

	@Test
	void twoNodesHammeringConcurrentlyNeverExceedTheLimit() throws Exception {
		String name = uniqueName();
		RateBudget nodeA = budget(name);
		RateBudget nodeB = budget(name);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> granted = new ArrayList<>();
			for (RateBudget node : List.of(nodeA, nodeB)) {
				Callable<Integer> hammer = () -> {
					start.await();
					return take(node, CallPriority.USER, 300);
				};
				granted.add(threads.submit(hammer));
			}
			start.countDown();
			int total = granted.get(0).get() + granted.get(1).get();

			assertThat(total).isEqualTo(LIMIT);
			assertThat(granted.get(0).get()).isPositive();
			assertThat(granted.get(1).get()).isPositive();
			assertThat(usedInDatabase(name)).isEqualTo(LIMIT);
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void manyNodesRacingForTheLastPermitsNeverGetMoreThanTheLimit() throws Exception {
		int limit = 6;
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			for (int round = 0; round < 40; round++) {
				String name = uniqueName();
				CountDownLatch start = new CountDownLatch(1);
				List<Future<Integer>> granted = new ArrayList<>();
				for (int node = 0; node < 4; node++) {
					RateBudget budget = new RateBudget(name, limit, RateBudgetProperties.defaults(), this.jdbc,
							this.transactionManager, this.clock, new SimpleMeterRegistry(), duration -> {
							});
					granted.add(threads.submit(() -> {
						start.await();
						return take(budget, CallPriority.USER, 3);
					}));
				}
				start.countDown();
				int total = 0;
				for (Future<Integer> future : granted) {
					total += future.get();
				}
				assertThat(total).as("round %d", round).isEqualTo(limit);
				assertThat(usedInDatabase(name)).isEqualTo(limit);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void theApplicationBudgetIsTheAigoubaoOneWithTheConfiguredLimit() {
		assertThat(this.applicationBudget.remaining()).isBetween(0, 400);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM rate_budget WHERE budget = 'aigoubao'")
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	private int usedInDatabase(String name) {
		return this.jdbc.sql("SELECT COALESCE(SUM(used), 0) FROM rate_budget_slot WHERE budget = ?")
			.param(name)
			.query(Integer.class)
			.single();
	}

	/** A clock the test moves. */
	static final class MutableClock extends Clock {

		private final AtomicReference<Instant> now;

		MutableClock(Instant start) {
			this.now = new AtomicReference<>(start);
		}

		void advance(Duration duration) {
			this.now.updateAndGet(instant -> instant.plus(duration));
		}

		@Override
		public ZoneId getZone() {
			return ChinaTime.ZONE;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Instant instant() {
			return this.now.get();
		}

	}

}

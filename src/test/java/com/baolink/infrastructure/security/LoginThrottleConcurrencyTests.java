package com.baolink.infrastructure.security;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parallel wrong passwords for the same account and address (what a brute-force script sends):
 * every one is counted and none fails with a database error (which would show the member a 500
 * page and leave that attempt uncounted).
 */
@SpringBootTest(properties = "baolink.engine.recurring=false")
class LoginThrottleConcurrencyTests {

	static final int PARALLEL = 8;

	@Autowired
	LoginThrottle throttle;

	@Test
	void parallelFirstFailuresAreAllCountedWithoutErrors() throws Exception {
		for (int round = 0; round < 3; round++) {
			String login = "race-" + System.nanoTime();
			ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Boolean>> results = new ArrayList<>();
			for (int i = 0; i < PARALLEL; i++) {
				results.add(pool.submit(() -> {
					start.await();
					return this.throttle.recordFailure(login, "10.9.8.7");
				}));
			}
			start.countDown();
			int locked = 0;
			for (Future<Boolean> result : results) {
				locked += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
			}
			pool.shutdown();
			assertThat(this.throttle.isLocked(login, "10.9.8.7")).isTrue();
			assertThat(locked).as("attempts that reached the limit").isEqualTo(PARALLEL - LoginThrottle.MAX_FAILURES + 1);
		}
	}

}

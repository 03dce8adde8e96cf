package com.baolink.infrastructure.security;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parallel wrong passwords for the same account and address (what a brute-force script sends):
 * every one is counted and none fails with a database error (which would show the member a 500
 * page and leave that attempt uncounted).
 */
@Tag("integration")
@SpringBootTest(properties = "baolink.engine.recurring=false")
class LoginThrottleConcurrencyTests {

	@Autowired
	LoginThrottle throttle;

	@Autowired
	LoginThrottle.LoginThrottleProperties limits;

	@Test
	void parallelFirstFailuresAreAllCountedWithoutErrors() throws Exception {
		int max = this.limits.accountMaxFailures();
		int parallel = max + 3;
		for (int round = 0; round < 3; round++) {
			String login = "race-" + System.nanoTime();
			String address = "10.9.8." + round;
			ExecutorService pool = Executors.newFixedThreadPool(parallel);
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Boolean>> results = new ArrayList<>();
			for (int i = 0; i < parallel; i++) {
				results.add(pool.submit(() -> {
					start.await();
					return this.throttle.recordFailure(login, address).isPresent();
				}));
			}
			start.countDown();
			int locked = 0;
			for (Future<Boolean> result : results) {
				locked += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
			}
			pool.shutdown();
			assertThat(this.throttle.lockOf(login, "10.1.1.1")).as("locked from any address").hasValue(LoginThrottle.Lock.ACCOUNT);
			assertThat(locked).as("attempts that reached the limit").isEqualTo(parallel - max + 1);
		}
	}

}

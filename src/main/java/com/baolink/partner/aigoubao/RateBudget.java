package com.baolink.partner.aigoubao;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.baolink.partner.aigoubao.AigoubaoApi.CallPriority;
import com.baolink.partner.aigoubao.AigoubaoProperties;

/**
 * The partner's call limit shared by ALL portal nodes: at most {@code limit} calls in any 60-second
 * interval, counted in the database. Calls are counted in 10-second slots; a call at time t is
 * allowed while the slots starting at or after {@code floor10(t) - 60} hold fewer than the limit.
 * Those slots cover at least the last 60 seconds, so no 60-second interval can exceed the limit
 * (the price: a permit comes back 60 to 70 seconds after it was used). Acquirers are serialised by
 * a {@code SELECT ... FOR UPDATE} on the budget's lock row.
 * <p>
 * Background work may use only {@code background-share} of the limit, so members keep headroom.
 */
@Component
public class RateBudget {

	public static final String AIGOUBAO = "aigoubao";

	static final long SLOT_SECONDS = 10;

	static final long WINDOW_SECONDS = 60;

	/** Slots older than this are deleted now and then (they no longer count). */
	static final long KEEP_SECONDS = 120;

	private final String budget;

	private final int limit;

	private final int backgroundLimit;

	private final int owedLimit;

	private final RateBudgetProperties properties;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Sleeper sleeper;

	private volatile boolean lockRowEnsured;

	private volatile long lastCleanedSlot = Long.MIN_VALUE;

	@Autowired
	public RateBudget(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock,
			MeterRegistry registry, AigoubaoProperties aigoubao, RateBudgetProperties properties) {
		this(AIGOUBAO, aigoubao.rateLimitPerMinute(), properties, jdbc, transactionManager, clock, registry,
				duration -> Thread.sleep(duration.toMillis()));
	}

	public RateBudget(String budget, int limit, RateBudgetProperties properties, JdbcClient jdbc,
			PlatformTransactionManager transactionManager, Clock clock, MeterRegistry registry, Sleeper sleeper) {
		this.budget = budget;
		this.limit = limit;
		this.backgroundLimit = (int) Math.floor(limit * properties.backgroundShare());
		this.owedLimit = Math.max(this.backgroundLimit, (int) Math.floor(limit * properties.owedShare()));
		this.properties = properties;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
		this.clock = clock;
		this.sleeper = sleeper;
		Gauge.builder("baolink.partner.rate_budget.remaining", this, RateBudget::remainingOrNaN)
			.tag("partner", budget)
			.description("Calls still allowed in the current 60-second window (all nodes)")
			.register(registry);
	}

	/** Takes a permit if one is free right now. */
	public boolean tryAcquire(CallPriority priority) {
		ensureLockRow();
		Boolean granted = this.transactions.execute(status -> takePermit(priority));
		return Boolean.TRUE.equals(granted);
	}

	/** Takes a permit, waiting at most the configured time for {@code priority}. */
	public void acquire(CallPriority priority) {
		acquire(priority, (priority == CallPriority.USER) ? this.properties.userMaxWait()
				: this.properties.backgroundMaxWait());
	}

	/**
	 * Takes a permit, sleeping until the next slot frees permits, for at most {@code maxWait}.
	 * @throws RateBudgetExhaustedException when no permit can be had within {@code maxWait}
	 */
	public void acquire(CallPriority priority, Duration maxWait) {
		Duration waited = Duration.ZERO;
		while (!tryAcquire(priority)) {
			Duration untilNextSlot = untilNextSlot();
			if (waited.plus(untilNextSlot).compareTo(maxWait) > 0) {
				throw new RateBudgetExhaustedException(this.budget);
			}
			sleep(untilNextSlot);
			waited = waited.plus(untilNextSlot);
		}
	}

	/** Calls still allowed now for member actions (all nodes together). */
	public int remaining() {
		return Math.max(0, this.limit - usedInWindow(currentSlot()));
	}

	private boolean takePermit(CallPriority priority) {
		this.jdbc.sql("SELECT budget FROM rate_budget WHERE budget = ? FOR UPDATE").param(this.budget)
			.query(String.class).single();
		long slot = currentSlot();
		int allowed = switch (priority) {
			case USER -> this.limit;
			case OWED -> this.owedLimit;
			case BACKGROUND -> this.backgroundLimit;
		};
		if (usedInWindow(slot) >= allowed) {
			return false;
		}
		this.jdbc.sql("""
				INSERT INTO rate_budget_slot (budget, slot_start, used) VALUES (?, ?, 1)
				ON DUPLICATE KEY UPDATE used = used + 1""").params(this.budget, slot).update();
		deleteOldSlotsOncePerSlot(slot);
		return true;
	}

	private int usedInWindow(long slot) {
		return this.jdbc.sql("SELECT COALESCE(SUM(used), 0) FROM rate_budget_slot WHERE budget = ? AND slot_start >= ?")
			.params(this.budget, slot - WINDOW_SECONDS)
			.query(Integer.class)
			.single();
	}

	private void deleteOldSlotsOncePerSlot(long slot) {
		if (slot != this.lastCleanedSlot) {
			this.jdbc.sql("DELETE FROM rate_budget_slot WHERE budget = ? AND slot_start < ?")
				.params(this.budget, slot - KEEP_SECONDS)
				.update();
			this.lastCleanedSlot = slot;
		}
	}

	private void ensureLockRow() {
		if (!this.lockRowEnsured) {
			this.jdbc.sql("INSERT IGNORE INTO rate_budget (budget) VALUES (?)").param(this.budget).update();
			this.lockRowEnsured = true;
		}
	}

	private long currentSlot() {
		long epochSecond = Math.floorDiv(this.clock.millis(), 1000L);
		return epochSecond - Math.floorMod(epochSecond, SLOT_SECONDS);
	}

	private Duration untilNextSlot() {
		long nextSlotMillis = (currentSlot() + SLOT_SECONDS) * 1000L;
		return Duration.ofMillis(Math.max(1, nextSlotMillis - this.clock.millis()));
	}

	private void sleep(Duration duration) {
		try {
			this.sleeper.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new RateBudgetExhaustedException(this.budget);
		}
	}

	private double remainingOrNaN() {
		try {
			return remaining();
		}
		catch (RuntimeException ex) {
			return Double.NaN;
		}
	}

	/** Waits; replaced in tests. */
	@FunctionalInterface
	public interface Sleeper {

		void sleep(Duration duration) throws InterruptedException;

	}

}

package com.baolink.sync;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.baolink.catalog.Channel;
import com.baolink.engine.RecurringJob;
import com.baolink.order.Order;
import com.baolink.order.OrderStatus;
import com.baolink.order.OrderSync;
import com.baolink.order.Orders;
import com.baolink.order.SalesChannel.PullPriority;
import com.baolink.order.SalesChannels;

/**
 * Re-pulls orders of the channels that can be pulled (AiGouBao) that are still pending and due, so a lost callback never leaves an order
 * stuck. Oldest due first, a bounded batch per run; one order failing (partner down, rate budget
 * spent, an error code) only reschedules that order. A recurring task of the engine
 * ({@code baolink.sync.interval}), on one node at a time.
 */
@Component
public class ReconciliationJob implements RecurringJob {

	private static final Logger log = LoggerFactory.getLogger(ReconciliationJob.class);

	private static final List<String> PENDING = Arrays.stream(OrderStatus.values())
		.filter(OrderStatus::isPending)
		.map(Enum::name)
		.toList();

	private final JdbcClient jdbc;

	private final Orders orders;

	private final OrderSync sync;

	private final ReconciliationSchedule schedule;

	private final ReconciliationProperties properties;

	private final Clock clock;

	/** The channels whose orders are pulled ({@code SalesChannel.Capabilities.pulls}). */
	private final List<String> pulledChannels;

	ReconciliationJob(JdbcClient jdbc, Orders orders, OrderSync sync, ReconciliationSchedule schedule,
			ReconciliationProperties properties, Clock clock, SalesChannels channels) {
		this.pulledChannels = Arrays.stream(Channel.values())
			.filter(channel -> channels.capabilities(channel).pulls())
			.map(Enum::name)
			.toList();
		this.jdbc = jdbc;
		this.orders = orders;
		this.sync = sync;
		this.schedule = schedule;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public String task() {
		return "reconciliation";
	}

	@Override
	public java.time.Duration interval() {
		return this.properties.interval();
	}

	@Override
	public void run() {
		int handled = runOnce();
		if (handled > 0) {
			log.info("Reconciliation pulled {} due order(s)", handled);
		}
	}

	/** One run: refreshes the due orders; returns how many were attempted. */
	public int runOnce() {
		List<Long> due = dueOrderIds(this.clock.instant());
		for (Long id : due) {
			try (MDC.MDCCloseable ignored = MDC.putCloseable("orderId", String.valueOf(id))) {
				reconcile(id);
			}
		}
		return due.size();
	}

	List<Long> dueOrderIds(Instant now) {
		if (this.pulledChannels.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT id FROM purchase_order
				WHERE channel IN (:channels) AND status IN (:pending) AND next_sync_at <= :now AND partner_ref IS NOT NULL
				ORDER BY next_sync_at, id
				LIMIT :limit""")
			.param("channels", this.pulledChannels)
			.param("pending", PENDING)
			.param("now", Timestamp.from(now))
			.param("limit", this.properties.batchSize())
			.query(Long.class)
			.list();
	}

	private void reconcile(long id) {
		Order order = this.orders.findById(id).orElse(null);
		if (order == null) {
			return;
		}
		try {
			this.sync.refresh(order, PullPriority.BACKGROUND);
		}
		catch (RuntimeException ex) {
			// PartnerUnavailableException, AigoubaoException (incl. the rate budget) or a local fault.
			log.warn("Reconciliation of order {} failed: {}", id, ex.toString());
			recordFailure(id, ex);
		}
	}

	private void recordFailure(long id, RuntimeException failure) {
		for (int attempt = 0; attempt < 2; attempt++) {
			Order order = this.orders.findById(id).orElse(null);
			if (order == null) {
				return;
			}
			Instant now = this.clock.instant();
			order.syncFailed(String.valueOf(failure.getMessage()), now, this.schedule.nextPull(order, now));
			try {
				this.orders.save(order);
				return;
			}
			catch (OptimisticLockingFailureException ex) {
				log.debug("Order {} changed while recording a sync failure, retrying", id);
			}
		}
	}

}

package com.baolink.sync;

import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.baolink.engine.JobAttempt;
import com.baolink.engine.JobHandler;
import com.baolink.engine.JobOutcome;
import com.baolink.engine.Jobs;
import com.baolink.order.Order;
import com.baolink.order.OrderSync;
import com.baolink.order.Orders;
import com.baolink.order.SalesChannel.PullPriority;
import com.baolink.partner.aigoubao.RateBudgetExhaustedException;

/**
 * Pulls of an order that partner hints (AiGouBao callbacks) asked for, as the engine's
 * {@value #TASK} task (id = the order id): any number of hints waiting for one order cause one
 * 7.11 pull, with owed-call priority in the shared rate budget. A hint that arrives while the pull
 * runs is not lost: the pull counts the hints it started with and runs once more when there are
 * newer ones.
 */
@Component
public class OrderPulls implements JobHandler {

	public static final String TASK = "order-pull";

	private static final Logger log = LoggerFactory.getLogger(OrderPulls.class);

	private final JdbcClient jdbc;

	private final Jobs jobs;

	private final Orders orders;

	private final OrderSync sync;

	private final Clock clock;

	OrderPulls(JdbcClient jdbc, Jobs jobs, Orders orders, OrderSync sync, Clock clock) {
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.orders = orders;
		this.sync = sync;
		this.clock = clock;
	}

	/** A partner hinted that the order changed: one pull follows (joins the caller's transaction). */
	@Transactional
	public void request(long orderId) {
		this.jdbc.sql("""
				INSERT INTO order_pull_request (order_id, requested_at, hints) VALUES (:id, :now, 1)
				ON DUPLICATE KEY UPDATE hints = hints + 1, requested_at = VALUES(requested_at)""")
			.param("id", orderId)
			.param("now", java.sql.Timestamp.from(this.clock.instant()))
			.update();
		this.jobs.scheduleNow(TASK, String.valueOf(orderId));
	}

	/** Whether a hinted pull of the order is waiting or running (the order page says "checking"). */
	public boolean isPending(long orderId) {
		return hints(orderId).isPresent();
	}

	@Override
	public String task() {
		return TASK;
	}

	@Override
	public JobOutcome run(String id, JobAttempt attempt) {
		long orderId = Long.parseLong(id);
		Optional<Integer> hints = hints(orderId);
		Optional<Order> order = this.orders.findById(orderId);
		if (hints.isEmpty() || order.isEmpty()) {
			return JobOutcome.done();
		}
		try {
			this.sync.refresh(order.get(), PullPriority.OWED);
		}
		catch (RateBudgetExhaustedException ex) {
			log.debug("Order {}: hinted pull waits for the rate budget", orderId);
			return JobOutcome.again(this.clock.instant().plusSeconds(5));
		}
		int removed = this.jdbc.sql("DELETE FROM order_pull_request WHERE order_id = :id AND hints = :hints")
			.param("id", orderId)
			.param("hints", hints.get())
			.update();
		if (removed == 0) {
			log.debug("Order {}: hinted again during the pull; pulling once more", orderId);
			return JobOutcome.again(this.clock.instant());
		}
		return JobOutcome.done();
	}

	@Override
	public void gaveUp(String id, String error) {
		// Reconciliation keeps pulling the order on its own schedule; the hint itself is spent.
		this.jdbc.sql("DELETE FROM order_pull_request WHERE order_id = :id").param("id", Long.parseLong(id)).update();
	}

	@Override
	public void beforeRunAgain(String id) {
		request(Long.parseLong(id));
	}

	private Optional<Integer> hints(long orderId) {
		return this.jdbc.sql("SELECT hints FROM order_pull_request WHERE order_id = :id")
			.param("id", orderId)
			.query(Integer.class)
			.optional();
	}

}

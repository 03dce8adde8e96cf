package com.baolink.inbox;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.stereotype.Component;

import com.baolink.engine.JobAttempt;
import com.baolink.engine.JobHandler;
import com.baolink.engine.JobOutcome;
import com.baolink.engine.Jobs;
import com.baolink.inbox.CallbackInbox.StoredCallback;
import com.baolink.catalog.Channel;
import com.baolink.order.Order;
import com.baolink.order.OrderEvent;
import com.baolink.order.OrderTimeline;
import com.baolink.order.Orders;
import com.baolink.sync.OrderPulls;
import com.baolink.xiebao.XiebaoNotificationApplier;

/**
 * Processes one stored callback, as the engine's {@value #TASK} task (scheduled in the transaction
 * that stored it; retried by the task's policy {@code baolink.engine.retry.inbox-callback}). An
 * AiGouBao callback is a hint: processing finds our order by the partner reference and asks for one
 * pull of its authoritative state ({@link OrderPulls}: any number of hints for one order cause one
 * pull); the callback's own content never changes an order. Xiebao notifications are the exception:
 * they are signed and Xiebao has nothing to pull from, so their content is applied
 * ({@link XiebaoNotificationApplier}, idempotent itself).
 */
@Component
public class InboxProcessor implements JobHandler {

	/** The engine's task that processes one stored callback (id = the callback's id). */
	public static final String TASK = "inbox-callback";

	private static final Logger log = LoggerFactory.getLogger(InboxProcessor.class);

	private final CallbackInbox inbox;

	private final Orders orders;

	private final OrderPulls pulls;

	private final CallbackMetrics metrics;

	private final XiebaoNotificationApplier xiebao;

	private final Jobs jobs;

	private final OrderTimeline timeline;

	InboxProcessor(CallbackInbox inbox, Orders orders, OrderPulls pulls, XiebaoNotificationApplier xiebao,
			CallbackMetrics metrics, Jobs jobs, OrderTimeline timeline) {
		this.inbox = inbox;
		this.timeline = timeline;
		this.xiebao = xiebao;
		this.orders = orders;
		this.pulls = pulls;
		this.metrics = metrics;
		this.jobs = jobs;
	}

	@Override
	public String task() {
		return TASK;
	}

	@Override
	public JobOutcome run(String id, JobAttempt attempt) {
		process(Long.parseLong(id));
		return JobOutcome.done();
	}

	/** One attempt at one callback; a failure is recorded on the row and thrown for the engine to retry. */
	void process(long id) {
		Optional<StoredCallback> found = this.inbox.find(id);
		if (found.isEmpty() || found.get().status() != CallbackStatus.RECEIVED) {
			return;
		}
		StoredCallback callback = found.get();
		Long orderId = null;
		try {
			if (InboxSources.XIEBAO.equals(callback.source())) {
				applyXiebao(callback);
				return;
			}
			Optional<Order> order = matchingOrder(callback);
			if (order.isEmpty()) {
				log.warn("Callback {} names unknown partner reference {}", id, callback.partnerRef());
				this.inbox.finished(id, CallbackStatus.UNMATCHED, null);
				this.metrics.count(callback.source(), callback.kind(), null, "unmatched");
				return;
			}
			orderId = order.get().getId();
			try (MDC.MDCCloseable ignored = MDC.putCloseable("orderId", String.valueOf(orderId))) {
				this.pulls.request(orderId);
			}
			this.inbox.finished(id, CallbackStatus.PROCESSED, orderId);
			namedOrder(callback, orderId);
			this.metrics.count(callback.source(), callback.kind(), null, "processed");
		}
		catch (RuntimeException ex) {
			RuntimeException failure = ex;
			if (ex instanceof XiebaoNotificationApplier.OrderNotKnownYetException && orderArrivedMeanwhile(callback)) {
				try {
					applyXiebao(callback);
					return;
				}
				catch (RuntimeException again) {
					failure = again;
				}
			}
			log.warn("Callback {} ({}) attempt {} failed: {}", id, callback.partnerRef(), callback.attempts() + 1,
					failure.toString());
			this.inbox.attemptFailed(id, failure.toString(), orderId);
			this.metrics.count(callback.source(), callback.kind(), null, "failed");
			throw failure;
		}
	}

	@Override
	public void gaveUp(String id, String error) {
		this.inbox.gaveUp(Long.parseLong(id), error);
	}

	@Override
	public void beforeRunAgain(String id) {
		this.inbox.reopen(Long.parseLong(id));
	}

	/**
	 * A Xiebao 26/27 failed because its order did not exist yet, while the notification creating the
	 * order may have been applied on another worker in the meantime, after that one looked for early
	 * notifications: then this one is applied again at once instead of after the backoff.
	 */
	private boolean orderArrivedMeanwhile(StoredCallback callback) {
		return callback.partnerRef() != null
				&& this.orders.findByChannelAndPartnerRef(Channel.XIEBAO, callback.partnerRef()).isPresent();
	}

	/**
	 * Staff replay of a stored callback: back to RECEIVED and handed to the engine, which processes
	 * it at once; processing is idempotent. False when the callback may not be replayed.
	 */
	public boolean replay(long id) {
		if (!this.inbox.requeue(id)) {
			return false;
		}
		log.info("Callback {} re-queued by staff", id);
		return true;
	}

	private void applyXiebao(StoredCallback callback) {
		XiebaoNotificationApplier.Result result = this.xiebao.applyStored(this.inbox.rawBody(callback.id()));
		boolean unmatched = result.outcome() == XiebaoNotificationApplier.Outcome.UNMATCHED;
		this.inbox.finished(callback.id(), unmatched ? CallbackStatus.UNMATCHED : CallbackStatus.PROCESSED,
				result.orderId());
		if (!unmatched && result.orderId() != null) {
			namedOrder(callback, result.orderId());
		}
		this.metrics.count(callback.source(), callback.kind(), null, unmatched ? "unmatched" : "processed");
		if (result.outcome() == XiebaoNotificationApplier.Outcome.APPLIED && callback.partnerRef() != null) {
			// Notifications of this application that came too early (26/27 before the order existed) go now.
			this.inbox.waitingAfterFailure(InboxSources.XIEBAO, callback.partnerRef())
				.forEach(early -> this.jobs.runNow(TASK, String.valueOf(early)));
		}
	}

	/** The order's timeline shows the callback (once, however often it is replayed). */
	private void namedOrder(StoredCallback callback, long orderId) {
		this.timeline.recordOnce(orderId,
				OrderEvent.callbackReceived(callback.id(), callback.kind().name(), callback.receivedAt()));
	}

	private Optional<Order> matchingOrder(StoredCallback callback) {
		if (!InboxSources.AIGOUBAO.equals(callback.source()) || callback.partnerRef() == null) {
			return Optional.empty();
		}
		return this.orders.findByChannelAndPartnerRef(Channel.AIGOUBAO, callback.partnerRef());
	}

}

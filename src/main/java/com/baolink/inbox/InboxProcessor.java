package com.baolink.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.baolink.inbox.CallbackInbox.CallbackRecorded;
import com.baolink.inbox.CallbackInbox.StoredCallback;
import com.baolink.order.AigoubaoOrderSync;
import com.baolink.order.Channel;
import com.baolink.order.Order;
import com.baolink.order.Orders;
import com.baolink.partner.aigoubao.AigoubaoApi.CallPriority;
import com.baolink.xiebao.XiebaoNotificationApplier;

/**
 * Processes stored callbacks: right after the storing transaction commits (on a small pool of its
 * own) and, for anything missed or failed, from a scheduled job on one node. A callback is a hint:
 * processing finds our order by the partner reference and pulls its authoritative state; the
 * callback's own content never changes an order. Idempotent: pulling twice is harmless. Xiebao
 * notifications are the exception: they are signed and Xiebao has nothing to pull from, so their
 * content is applied ({@link XiebaoNotificationApplier}, idempotent itself).
 */
@Component
public class InboxProcessor implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(InboxProcessor.class);

	/** Wait after the n-th failed attempt; after the last one the row stays FAILED for staff. */
	private static final List<Duration> RETRY_AFTER = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
			Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(6));

	private static final int BATCH = 50;

	private final CallbackInbox inbox;

	private final Orders orders;

	private final AigoubaoOrderSync aigoubao;

	private final CallbackMetrics metrics;

	private final XiebaoNotificationApplier xiebao;

	private final Clock clock;

	private final ThreadPoolTaskExecutor immediate;

	InboxProcessor(CallbackInbox inbox, Orders orders, AigoubaoOrderSync aigoubao, XiebaoNotificationApplier xiebao,
			CallbackMetrics metrics, Clock clock) {
		this.inbox = inbox;
		this.xiebao = xiebao;
		this.orders = orders;
		this.aigoubao = aigoubao;
		this.metrics = metrics;
		this.clock = clock;
		this.immediate = new ThreadPoolTaskExecutor();
		this.immediate.setCorePoolSize(2);
		this.immediate.setMaxPoolSize(2);
		this.immediate.setQueueCapacity(200);
		this.immediate.setThreadNamePrefix("inbox-");
		this.immediate.initialize();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void onRecorded(CallbackRecorded event) {
		try {
			this.immediate.execute(() -> process(event.id()));
		}
		catch (RejectedExecutionException ex) {
			log.info("Inbox pool busy; callback {} is left to the scheduled processor", event.id());
		}
	}

	@Scheduled(fixedDelayString = "${baolink.inbox.interval:PT15S}", initialDelayString = "PT15S")
	@SchedulerLock(name = "inbox-processor", lockAtMostFor = "PT10M")
	public void scheduled() {
		processDue();
	}

	/** Processes every due callback (a bounded batch); returns how many were looked at. */
	public int processDue() {
		List<Long> due = this.inbox.dueIds(this.clock.instant(), BATCH);
		due.forEach(this::process);
		return due.size();
	}

	/** One attempt at one callback, if it is due and no other worker has taken it. */
	public void process(long id) {
		Optional<StoredCallback> found = this.inbox.find(id);
		if (found.isEmpty()) {
			return;
		}
		StoredCallback callback = found.get();
		Instant now = this.clock.instant();
		if (!this.inbox.claim(callback, now, now.plus(retryAfter(callback.attempts())))) {
			return;
		}
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
				this.aigoubao.refresh(order.get(), CallPriority.BACKGROUND);
			}
			this.inbox.finished(id, CallbackStatus.PROCESSED, orderId);
			this.metrics.count(callback.source(), callback.kind(), null, "processed");
		}
		catch (RuntimeException ex) {
			int attempts = callback.attempts() + 1;
			Instant retryAt = attempts >= RETRY_AFTER.size() ? null : now.plus(retryAfter(callback.attempts()));
			log.warn("Callback {} ({}) attempt {} failed: {}", id, callback.partnerRef(), attempts, ex.toString());
			this.inbox.failed(id, ex.toString(), orderId, retryAt);
			this.metrics.count(callback.source(), callback.kind(), null, retryAt == null ? "gave_up" : "failed");
			if (ex instanceof XiebaoNotificationApplier.OrderNotKnownYetException && attempts == 1) {
				retryIfTheOrderArrivedMeanwhile(callback);
			}
		}
	}

	/**
	 * A Xiebao 26/27 failed because its order did not exist yet, while the notification creating the
	 * order may have been applied on another thread in the meantime, after that thread looked for
	 * early notifications to retry: then this one is retried now instead of after the backoff.
	 */
	private void retryIfTheOrderArrivedMeanwhile(StoredCallback callback) {
		if (callback.partnerRef() != null
				&& this.orders.findByChannelAndPartnerRef(Channel.XIEBAO, callback.partnerRef()).isPresent()) {
			this.inbox.retryFailedNow(InboxSources.XIEBAO, callback.partnerRef(), this.clock.instant())
				.forEach(this::process);
		}
	}

	/**
	 * Staff replay of a stored callback: re-queued (RECEIVED, due now) and processed once right away;
	 * processing is idempotent (it pulls the order). False when the callback may not be replayed.
	 */
	public boolean replay(long id) {
		if (!this.inbox.requeue(id, this.clock.instant())) {
			return false;
		}
		log.info("Callback {} re-queued by staff", id);
		process(id);
		return true;
	}

	private void applyXiebao(StoredCallback callback) {
		XiebaoNotificationApplier.Result result = this.xiebao.applyStored(this.inbox.rawBody(callback.id()));
		boolean unmatched = result.outcome() == XiebaoNotificationApplier.Outcome.UNMATCHED;
		this.inbox.finished(callback.id(), unmatched ? CallbackStatus.UNMATCHED : CallbackStatus.PROCESSED,
				result.orderId());
		this.metrics.count(callback.source(), callback.kind(), null, unmatched ? "unmatched" : "processed");
		if (result.outcome() == XiebaoNotificationApplier.Outcome.APPLIED && callback.partnerRef() != null) {
			// Notifications of this application that came too early (26/27 before the order existed) go now.
			this.inbox.retryFailedNow(InboxSources.XIEBAO, callback.partnerRef(), this.clock.instant())
				.forEach(this::process);
		}
	}

	private Optional<Order> matchingOrder(StoredCallback callback) {
		if (!InboxSources.AIGOUBAO.equals(callback.source()) || callback.partnerRef() == null) {
			return Optional.empty();
		}
		return this.orders.findByChannelAndPartnerRef(Channel.AIGOUBAO, callback.partnerRef());
	}

	private static Duration retryAfter(int attemptsSoFar) {
		return RETRY_AFTER.get(Math.min(attemptsSoFar, RETRY_AFTER.size() - 1));
	}

	@Override
	public void destroy() {
		this.immediate.shutdown();
	}

}

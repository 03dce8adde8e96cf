package com.baolink.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.baolink.partner.PartnerUnavailableException;
import com.baolink.partner.aigoubao.AigoubaoApi.CallPriority;
import com.baolink.partner.aigoubao.AigoubaoException;

/**
 * Sends outbox rows: once promptly after the enqueuing transaction commits (on a small pool of its
 * own, with user priority: someone just clicked), then from {@link OutboxJob} with backoff. The
 * partner not answering or rate-limiting (0002) means "later"; a definitive refusal (9999 and the
 * other business codes) or a configuration fault (signature, key, token) means FAILED with the
 * partner's message — retrying blindly would not change the answer.
 */
@Component
public class OutboxProcessor implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(OutboxProcessor.class);

	private final Outbox outbox;

	private final OutboxSender sender;

	private final OutboxProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ThreadPoolTaskExecutor prompt;

	OutboxProcessor(Outbox outbox, OutboxSender sender, OutboxProperties properties, ApplicationEventPublisher events,
			Clock clock) {
		this.outbox = outbox;
		this.sender = sender;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
		this.prompt = new ThreadPoolTaskExecutor();
		this.prompt.setCorePoolSize(2);
		this.prompt.setMaxPoolSize(2);
		this.prompt.setQueueCapacity(200);
		this.prompt.setThreadNamePrefix("outbox-");
		this.prompt.initialize();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void onEnqueued(OutboxEvents.Enqueued event) {
		try {
			this.prompt.execute(() -> attempt(event.id(), CallPriority.USER));
		}
		catch (RejectedExecutionException ex) {
			log.info("Outbox pool busy; row {} is left to the job", event.id());
		}
	}

	/** Attempts every due row (a bounded batch); returns how many were due. */
	public int processDue() {
		List<Long> due = this.outbox.dueIds(this.clock.instant(), this.properties.batchSize());
		due.forEach(id -> attempt(id, CallPriority.BACKGROUND));
		return due.size();
	}

	/**
	 * One attempt at one row if it is due and no other worker holds it.
	 * @return the row's status afterwards; empty when this worker did not get the row
	 */
	public Optional<OutboxStatus> attempt(long id, CallPriority priority) {
		Instant now = this.clock.instant();
		if (!this.outbox.claim(id, now, now.plus(this.properties.lease()))) {
			return Optional.empty();
		}
		OutboxEntry entry = this.outbox.find(id).orElseThrow();
		try (MDC.MDCCloseable ignored = MDC.putCloseable("orderId", String.valueOf(entry.orderId()))) {
			return Optional.of(send(entry, priority));
		}
	}

	private OutboxStatus send(OutboxEntry entry, CallPriority priority) {
		try {
			this.sender.send(entry, priority);
		}
		catch (AigoubaoException ex) {
			if (ex.code().retryLater()) {
				return retryOrGiveUp(entry, ex.rawCode() + " " + ex.partnerMessage());
			}
			log.warn("Outbox row {} ({}) refused by the partner: {}", entry.id(), entry.kind(), ex.getMessage());
			return giveUp(entry, ex.rawCode() + " " + ex.partnerMessage());
		}
		catch (PartnerUnavailableException ex) {
			return retryOrGiveUp(entry, ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.error("Outbox row {} ({}) could not be sent", entry.id(), entry.kind(), ex);
			return retryOrGiveUp(entry, ex.toString());
		}
		this.outbox.sent(entry.id());
		log.info("Outbox row {} ({}) acknowledged after {} attempt(s)", entry.id(), entry.kind(), entry.attempts());
		publishSafely(new OutboxEvents.Delivered(entry.id(), entry.kind(), entry.orderId()));
		return OutboxStatus.SENT;
	}

	private OutboxStatus retryOrGiveUp(OutboxEntry entry, String error) {
		Instant now = this.clock.instant();
		if (!now.isBefore(entry.createdAt().plus(this.properties.giveUpAfter()))) {
			log.warn("Outbox row {} ({}) given up after {} attempt(s): {}", entry.id(), entry.kind(), entry.attempts(),
					error);
			return giveUp(entry, error);
		}
		Instant next = now.plus(this.properties.delayAfter(entry.attempts()));
		log.info("Outbox row {} ({}) attempt {} failed, next at {}: {}", entry.id(), entry.kind(), entry.attempts(), next,
				error);
		this.outbox.retryAt(entry.id(), next, error);
		return OutboxStatus.PENDING;
	}

	private OutboxStatus giveUp(OutboxEntry entry, String error) {
		this.outbox.failed(entry.id(), error);
		publishSafely(new OutboxEvents.GaveUp(entry.id(), entry.kind(), entry.orderId(), error));
		return OutboxStatus.FAILED;
	}

	/** A follow-up (pulling the order, updating a request) failing must not undo the row's outcome. */
	private void publishSafely(Object event) {
		try {
			this.events.publishEvent(event);
		}
		catch (RuntimeException ex) {
			log.warn("Outbox follow-up of {} failed: {}", event, ex.toString());
		}
	}

	@Override
	public void destroy() {
		this.prompt.shutdown();
	}

}

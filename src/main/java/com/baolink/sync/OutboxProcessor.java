package com.baolink.sync;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.baolink.engine.JobAttempt;
import com.baolink.engine.JobHandler;
import com.baolink.engine.JobOutcome;
import com.baolink.partner.PartnerUnavailableException;
import com.baolink.partner.aigoubao.AigoubaoApi.CallPriority;
import com.baolink.partner.aigoubao.AigoubaoCode;
import com.baolink.partner.aigoubao.AigoubaoException;

/**
 * Sends one outbox row, as the engine's {@value #TASK} task (id = the row id, scheduled in the
 * transaction that wrote the row; retried by {@code baolink.engine.retry.partner-call}). The partner
 * not answering, rate-limiting (0002), answering 9999 (its "system busy / failed, try again") or a
 * configuration fault (signature, key, token: fixed by an operator, then the next attempt goes
 * through) mean "later"; any other business code is a definitive refusal: FAILED with the partner's
 * message at once, since retrying would not change the answer.
 */
@Component
public class OutboxProcessor implements JobHandler {

	public static final String TASK = "partner-call";

	private static final Logger log = LoggerFactory.getLogger(OutboxProcessor.class);

	private final Outbox outbox;

	private final OutboxSender sender;

	private final ApplicationEventPublisher events;

	OutboxProcessor(Outbox outbox, OutboxSender sender, ApplicationEventPublisher events) {
		this.outbox = outbox;
		this.sender = sender;
		this.events = events;
	}

	@Override
	public String task() {
		return TASK;
	}

	@Override
	public JobOutcome run(String id, JobAttempt attempt) {
		Optional<OutboxEntry> found = this.outbox.find(Long.parseLong(id));
		if (found.isEmpty() || found.get().status() != OutboxStatus.PENDING) {
			return JobOutcome.done();
		}
		OutboxEntry entry = found.get();
		try (MDC.MDCCloseable ignored = MDC.putCloseable("orderId", String.valueOf(entry.orderId()))) {
			return send(entry);
		}
	}

	private JobOutcome send(OutboxEntry entry) {
		this.outbox.attempted(entry.id());
		try {
			this.sender.send(entry, CallPriority.OWED);
		}
		catch (AigoubaoException ex) {
			String error = ex.rawCode() + " " + ex.partnerMessage();
			if (worthRetrying(ex)) {
				this.outbox.attemptFailed(entry.id(), error);
				throw ex;
			}
			log.warn("Outbox row {} ({}) refused by the partner: {}", entry.id(), entry.kind(), ex.getMessage());
			return JobOutcome.giveUp(error);
		}
		catch (PartnerUnavailableException ex) {
			this.outbox.attemptFailed(entry.id(), ex.getMessage());
			throw ex;
		}
		this.outbox.sent(entry.id());
		log.info("Outbox row {} ({}) acknowledged after {} attempt(s)", entry.id(), entry.kind(), entry.attempts() + 1);
		publishSafely(new OutboxEvents.Delivered(entry.id(), entry.kind(), entry.orderId()));
		return JobOutcome.done();
	}

	static boolean worthRetrying(AigoubaoException ex) {
		return ex.code().retryLater() || ex.code().configurationFault() || ex.code() == AigoubaoCode.FAILURE;
	}

	@Override
	public void gaveUp(String id, String error) {
		long rowId = Long.parseLong(id);
		this.outbox.failed(rowId, error);
		this.outbox.find(rowId)
			.ifPresent(entry -> publishSafely(new OutboxEvents.GaveUp(entry.id(), entry.kind(), entry.orderId(), error)));
	}

	@Override
	public void beforeRunAgain(String id) {
		this.outbox.reopen(Long.parseLong(id), "run again by staff");
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

}

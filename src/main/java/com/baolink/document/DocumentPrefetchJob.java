package com.baolink.document;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import com.baolink.engine.RecurringJob;
import com.baolink.order.Orders;

/**
 * Fetches documents of issued orders before anyone asks (and retries the ones that were not ready),
 * a bounded batch per run: a recurring task of the engine ({@code baolink.documents.prefetch-interval}),
 * one node at a time. Failures are recorded with backoff by
 * {@link DocumentService}; the job itself just moves on.
 */
@Component
public class DocumentPrefetchJob implements RecurringJob {

	private static final Logger log = LoggerFactory.getLogger(DocumentPrefetchJob.class);

	private final DocumentFetchAttempts attempts;

	private final DocumentService documents;

	private final Orders orders;

	private final DocumentProperties properties;

	private final Clock clock;

	private final java.time.Duration interval;

	DocumentPrefetchJob(DocumentFetchAttempts attempts, DocumentService documents, Orders orders,
			DocumentProperties properties, Clock clock) {
		this.interval = properties.prefetchInterval();
		this.attempts = attempts;
		this.documents = documents;
		this.orders = orders;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public String task() {
		return "document-prefetch";
	}

	@Override
	public java.time.Duration interval() {
		return this.interval;
	}

	@Override
	public void run() {
		prefetch();
	}

	/** One batch; returns how many documents were stored. */
	public int prefetch() {
		List<DocumentFetchAttempts.Candidate> due = this.attempts.due(this.clock.instant(),
				this.properties.prefetchBatchSize());
		int stored = 0;
		for (DocumentFetchAttempts.Candidate candidate : due) {
			var order = this.orders.findById(candidate.orderId());
			if (order.isEmpty()) {
				continue;
			}
			try {
				this.documents.obtain(order.get(), candidate.kind(), candidate.policyCode(),
						com.baolink.order.OrderEventSource.ENGINE);
				stored++;
			}
			catch (DocumentNotReadyException | DocumentRefusedException ex) {
				// recorded with backoff by DocumentService
			}
		}
		if (!due.isEmpty()) {
			log.info("Document prefetch: {} of {} due documents stored", stored, due.size());
		}
		return stored;
	}

}

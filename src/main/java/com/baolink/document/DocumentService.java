package com.baolink.document;

import java.io.OutputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import com.baolink.document.DocumentFetchAttempts.Outcome;
import com.baolink.infrastructure.web.ServerAddress;
import com.baolink.order.InsuredPerson;
import com.baolink.order.Order;
import com.baolink.order.OrderEvent;
import com.baolink.order.OrderEventSource;
import com.baolink.order.OrderTimeline;

/**
 * The documents of an order: served from the database once stored, otherwise fetched from the
 * partner's current URL, stored and then served. What cannot be fetched yet is recorded for the
 * {@link DocumentPrefetchJob}. Authorisation is the caller's business.
 */
@Service
public class DocumentService {

	private static final Logger log = LoggerFactory.getLogger(DocumentService.class);

	private final StoredDocuments stored;

	private final DocumentFetchAttempts attempts;

	private final DocumentFetcher fetcher;

	private final ServerAddress serverAddress;

	private final Clock clock;

	private final OrderTimeline timeline;

	DocumentService(StoredDocuments stored, DocumentFetchAttempts attempts, DocumentFetcher fetcher,
			ServerAddress serverAddress, Clock clock, OrderTimeline timeline) {
		this.stored = stored;
		this.timeline = timeline;
		this.attempts = attempts;
		this.fetcher = fetcher;
		this.serverAddress = serverAddress;
		this.clock = clock;
	}

	/** The insured person holding {@code policyCode} in this order, if the code is the order's. */
	public static Optional<InsuredPerson> policyHolder(Order order, DocumentKind kind, String policyCode) {
		List<InsuredPerson> holders = order.getInsured()
			.stream()
			.filter(person -> person.hasPolicy() && person.policyCode().equals(policyCode))
			.toList();
		// a group policy lists one code for several people: prefer the one carrying the URL
		return holders.stream().filter(person -> kind.urlOf(person).isPresent()).findFirst().or(() -> holders.stream().findFirst());
	}

	/** Policy codes of the order in insured order, each once. */
	public static List<String> policyCodes(Order order) {
		Map<String, Boolean> codes = new LinkedHashMap<>();
		order.getInsured().stream().filter(InsuredPerson::hasPolicy).forEach(person -> codes.put(person.policyCode(), true));
		return List.copyOf(codes.keySet());
	}

	/**
	 * The stored document, fetching and storing it first if needed; a fetch is on the order's
	 * timeline with {@code requestedBy} (who asked for the file or, for prefetching, the engine).
	 * @throws DocumentNotReadyException the partner has not produced it yet (recorded for retry)
	 * @throws DocumentRefusedException fetching was refused or failed (logged, recorded for retry)
	 */
	public StoredDocument obtain(Order order, DocumentKind kind, String policyCode, OrderEventSource requestedBy) {
		Optional<StoredDocument> existing = this.stored.find(order.getId(), kind, policyCode);
		if (existing.isPresent()) {
			return existing.get();
		}
		Optional<String> url = policyHolder(order, kind, policyCode).flatMap(kind::urlOf);
		if (url.isEmpty()) {
			this.attempts.recordFailure(order.getId(), kind, policyCode, Outcome.NO_URL, this.clock.instant());
			throw new DocumentNotReadyException("no " + kind + " URL yet");
		}
		String absolute = absolute(url.get());
		FetchedDocument fetched;
		try {
			fetched = this.fetcher.fetch(absolute);
		}
		catch (DocumentNotReadyException ex) {
			log.info("{} {} of order {} not ready at the partner: {}", kind, policyCode, order.getId(), ex.getMessage());
			this.attempts.recordFailure(order.getId(), kind, policyCode, Outcome.NOT_READY, this.clock.instant());
			throw ex;
		}
		catch (DocumentRefusedException ex) {
			log.warn("{} {} of order {} refused: {}", kind, policyCode, order.getId(), ex.getMessage());
			this.attempts.recordFailure(order.getId(), kind, policyCode, Outcome.REFUSED, this.clock.instant());
			throw ex;
		}
		StoredDocument document = this.stored.save(order.getId(), kind, policyCode, Sha256.hex(absolute), fetched,
				this.clock.instant());
		this.timeline.record(order.getId(),
				OrderEvent.documentFetched(kind.name(), policyCode, requestedBy, this.clock.instant()));
		this.attempts.clear(order.getId(), kind, policyCode);
		return document;
	}

	/** Streams the stored bytes to {@code out}. */
	public void copyContent(StoredDocument document, OutputStream out) {
		this.stored.copyContent(document, out);
	}

	/** The sandbox partner may hand out server-relative links; they point at this server. */
	private String absolute(String url) {
		return url.startsWith("/") && !url.startsWith("//") ? this.serverAddress.resolve(url) : url;
	}

}

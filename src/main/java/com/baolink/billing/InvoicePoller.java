package com.baolink.billing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.baolink.engine.EngineProperties;
import com.baolink.engine.JobAttempt;
import com.baolink.engine.JobHandler;
import com.baolink.engine.JobOutcome;
import com.baolink.engine.Jobs;
import com.baolink.engine.RetryPolicy;

import com.baolink.member.Member;
import com.baolink.member.Members;
import com.baolink.order.InsuredPerson;
import com.baolink.order.Order;
import com.baolink.order.Orders;
import com.baolink.partner.PartnerUnavailableException;
import com.baolink.partner.aigoubao.AigoubaoApi;
import com.baolink.partner.aigoubao.AigoubaoApi.CallPriority;
import com.baolink.partner.aigoubao.AigoubaoApi.InvoiceLink;
import com.baolink.partner.aigoubao.AigoubaoApi.InvoiceUrlRequest;
import com.baolink.partner.aigoubao.AigoubaoCode;
import com.baolink.partner.aigoubao.AigoubaoException;
import com.baolink.partner.aigoubao.AigoubaoDistributor;

/**
 * Fetches the invoice links of a request in progress (7.3) and keeps them on the insured persons,
 * so the order page offers "download invoice" per policy (served by the document module). 1001
 * means "not yet"; then 7.11's {@code invoiceStatus} tells whether AiGouBao gave up (2 = failed).
 * Runs as the engine's {@value #TASK} task (id = the request id) from the partner's acceptance of
 * the 7.2 application on; polls follow the task's policy ({@code baolink.engine.retry.invoice-poll}:
 * backoff steps, give-up age) until the invoices are there.
 */
@Component
public class InvoicePoller implements JobHandler {

	public static final String TASK = "invoice-poll";

	private static final Logger log = LoggerFactory.getLogger(InvoicePoller.class);

	/** 7.11 invoiceStatus: the partner could not issue the invoice. */
	private static final int PARTNER_INVOICE_FAILED = 2;

	private final InvoiceRequests requests;

	private final Orders orders;

	private final Members members;

	private final AigoubaoApi api;

	private final AigoubaoDistributor aigoubao;

	private final Jobs jobs;

	private final RetryPolicy policy;

	private final Clock clock;

	InvoicePoller(InvoiceRequests requests, Orders orders, Members members, AigoubaoApi api,
			AigoubaoDistributor aigoubao, Jobs jobs, EngineProperties engine, Clock clock) {
		this.jobs = jobs;
		this.policy = engine.policy(TASK);
		this.requests = requests;
		this.orders = orders;
		this.members = members;
		this.api = api;
		this.aigoubao = aigoubao;
		this.clock = clock;
	}

	/** The partner accepted the application of the order's active request: polling starts. */
	@Transactional
	public void startPolling(long orderId) {
		Instant now = this.clock.instant();
		this.requests.accepted(orderId, now);
		this.requests.activeId(orderId)
			.ifPresent(id -> this.jobs.schedule(TASK, String.valueOf(id), now.plus(this.policy.delayAfter(1))));
	}

	@Override
	public String task() {
		return TASK;
	}

	@Override
	public JobOutcome run(String id, JobAttempt attempt) {
		Optional<InvoiceRequest> request = this.requests.find(Long.parseLong(id));
		if (request.isEmpty()) {
			return JobOutcome.done();
		}
		InvoiceRequestStatus status = poll(request.get().id(), CallPriority.BACKGROUND).orElse(InvoiceRequestStatus.FAILED);
		if (status != InvoiceRequestStatus.IN_PROGRESS && status != InvoiceRequestStatus.PARTIAL) {
			return JobOutcome.done();
		}
		Instant now = this.clock.instant();
		Instant next = this.policy.nextAttempt(request.get().polls() + 1, request.get().requestedAt(), now);
		if (next == null) {
			this.requests.polled(request.get().id(), InvoiceRequestStatus.FAILED, null, "no invoice after "
					+ this.policy.giveUpAfter(), now);
			return JobOutcome.done();
		}
		this.requests.nextPollAt(request.get().id(), next);
		return JobOutcome.again(next);
	}

	/**
	 * One poll of one request (a member opening the page, or the task); returns its status
	 * afterwards, empty when there is no such request or it is not being issued. Polling twice at
	 * once is harmless: the links are kept idempotently.
	 */
	public Optional<InvoiceRequestStatus> poll(long requestId, CallPriority priority) {
		InvoiceRequest request = this.requests.find(requestId).orElse(null);
		Instant now = this.clock.instant();
		if (request == null || (request.status() != InvoiceRequestStatus.IN_PROGRESS
				&& request.status() != InvoiceRequestStatus.PARTIAL)) {
			return Optional.empty();
		}
		Order order = this.orders.findById(request.orderId()).orElseThrow();
		String memberId = this.members.findById(order.getMemberId()).map(Member::aigoubaoMemberId).orElseThrow();
		InvoiceRequestStatus status;
		String error = null;
		try {
			List<InvoiceLink> links = this.api.getInvoiceUrl(new InvoiceUrlRequest(memberId, order.getPartnerOrderCode()),
					priority);
			status = store(order.getId(), links == null ? List.of() : links);
		}
		catch (AigoubaoException ex) {
			status = ex.code() == AigoubaoCode.POLICY_NOT_EFFECTIVE && partnerFailed(order, memberId, priority)
					? InvoiceRequestStatus.FAILED : request.status();
			error = ex.rawCode() + " " + ex.partnerMessage();
		}
		catch (PartnerUnavailableException ex) {
			status = request.status();
			error = ex.getMessage();
		}
		return Optional.of(record(request, status, error, now));
	}

	private InvoiceRequestStatus record(InvoiceRequest request, InvoiceRequestStatus status, String error, Instant now) {
		if (status == InvoiceRequestStatus.FAILED && error == null) {
			error = "invoiceStatus=" + PARTNER_INVOICE_FAILED;
		}
		this.requests.polled(request.id(), status, null, status == InvoiceRequestStatus.ISSUED ? null : error, now);
		log.info("Invoice request {} of order {}: {}", request.id(), request.orderId(), status);
		return status;
	}

	private boolean partnerFailed(Order order, String memberId, CallPriority priority) {
		try {
			var detail = this.api.getOrderDetail(
					this.aigoubao.orderRef(order.getPartnerRef(), memberId), priority);
			return detail != null && detail.invoiceStatus() != null
					&& detail.invoiceStatus() == PARTNER_INVOICE_FAILED;
		}
		catch (AigoubaoException | PartnerUnavailableException ex) {
			return false;
		}
	}

	/** Keeps the links on the order; ISSUED when every policy has its invoice, PARTIAL otherwise. */
	private InvoiceRequestStatus store(long orderId, List<InvoiceLink> links) {
		for (int attempt = 0;; attempt++) {
			Order order = this.orders.findById(orderId).orElseThrow();
			Instant now = this.clock.instant();
			boolean changed = false;
			for (InvoiceLink link : links) {
				if (link.invoiceUrl() != null && !link.invoiceUrl().isBlank()) {
					changed |= order.invoiceIssued(link.policyCode(), link.invoiceUrl().strip(), now);
				}
			}
			try {
				if (changed) {
					order = this.orders.save(order);
				}
				return allInvoiced(order) ? InvoiceRequestStatus.ISSUED : InvoiceRequestStatus.PARTIAL;
			}
			catch (OptimisticLockingFailureException ex) {
				if (attempt >= 2) {
					throw ex;
				}
			}
		}
	}

	private static boolean allInvoiced(Order order) {
		List<InsuredPerson> withPolicy = order.getInsured().stream().filter(InsuredPerson::hasPolicy).toList();
		return !withPolicy.isEmpty() && withPolicy.stream()
			.allMatch(person -> person.invoiceUrl() != null && !person.invoiceUrl().isBlank());
	}

}

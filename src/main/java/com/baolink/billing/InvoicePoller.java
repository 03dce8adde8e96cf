package com.baolink.billing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

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
import com.baolink.partner.aigoubao.AigoubaoApi.OrderRef;
import com.baolink.partner.aigoubao.AigoubaoCode;
import com.baolink.partner.aigoubao.AigoubaoException;
import com.baolink.partner.aigoubao.AigoubaoProperties;

/**
 * Fetches the invoice links of a request in progress (7.3) and keeps them on the insured persons,
 * so the order page offers "download invoice" per policy (served by the document module). 1001
 * means "not yet"; then 7.11's {@code invoiceStatus} tells whether AiGouBao gave up (2 = failed).
 * Polls back off and stop after {@link #GIVE_UP_AFTER}.
 */
@Component
public class InvoicePoller {

	private static final Logger log = LoggerFactory.getLogger(InvoicePoller.class);

	static final List<Duration> BACKOFF = List.of(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1),
			Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(30));

	static final Duration THEN_EVERY = Duration.ofHours(1);

	static final Duration GIVE_UP_AFTER = Duration.ofDays(7);

	static final Duration LEASE = Duration.ofMinutes(2);

	/** 7.11 invoiceStatus: the partner could not issue the invoice. */
	private static final int PARTNER_INVOICE_FAILED = 2;

	private final InvoiceRequests requests;

	private final Orders orders;

	private final Members members;

	private final AigoubaoApi api;

	private final AigoubaoProperties aigoubao;

	private final Clock clock;

	InvoicePoller(InvoiceRequests requests, Orders orders, Members members, AigoubaoApi api,
			AigoubaoProperties aigoubao, Clock clock) {
		this.requests = requests;
		this.orders = orders;
		this.members = members;
		this.api = api;
		this.aigoubao = aigoubao;
		this.clock = clock;
	}

	static Instant firstPoll(Instant now) {
		return now.plus(BACKOFF.get(0));
	}

	/** Polls every due request; returns how many were due. */
	public int pollDue(int limit) {
		List<Long> due = this.requests.dueForPoll(this.clock.instant(), limit);
		due.forEach(id -> poll(id, CallPriority.BACKGROUND));
		return due.size();
	}

	/** One poll of one request unless another poller holds it; returns its status afterwards. */
	public Optional<InvoiceRequestStatus> poll(long requestId, CallPriority priority) {
		InvoiceRequest request = this.requests.find(requestId).orElse(null);
		Instant now = this.clock.instant();
		if (request == null || !this.requests.claimPoll(request, now.plus(LEASE))) {
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
		Instant next = null;
		if (status == InvoiceRequestStatus.IN_PROGRESS || status == InvoiceRequestStatus.PARTIAL) {
			if (!now.isBefore(request.requestedAt().plus(GIVE_UP_AFTER))) {
				status = InvoiceRequestStatus.FAILED;
			}
			else {
				int polls = request.polls();
				next = now.plus(polls < BACKOFF.size() ? BACKOFF.get(polls) : THEN_EVERY);
			}
		}
		if (status == InvoiceRequestStatus.FAILED && error == null) {
			error = "invoiceStatus=" + PARTNER_INVOICE_FAILED;
		}
		this.requests.polled(request.id(), status, next,
				status == InvoiceRequestStatus.ISSUED ? null : error, now);
		log.info("Invoice request {} of order {}: {}", request.id(), request.orderId(), status);
		return status;
	}

	private boolean partnerFailed(Order order, String memberId, CallPriority priority) {
		try {
			var detail = this.api.getOrderDetail(
					new OrderRef(order.getPartnerRef(), this.aigoubao.distrCode(), memberId), priority);
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

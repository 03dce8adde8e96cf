package com.baolink.billing;

import java.time.Clock;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.baolink.member.Member;
import com.baolink.member.Members;
import com.baolink.catalog.Channel;
import com.baolink.order.Order;
import com.baolink.order.OrderStatus;
import com.baolink.partner.aigoubao.AigoubaoApi.ApplyInvoiceRequest;
import com.baolink.sync.Outbox;
import com.baolink.sync.OutboxKind;

/**
 * Flow 7: a member asks for the invoice of an issued AiGouBao order. The request is stored and the
 * 7.2 application enqueued in one transaction; the outbox sends it, {@link InvoicePoller} then
 * fetches the invoice links (7.3) once AiGouBao has issued them.
 */
@Service
public class Invoicing {

	/** Order statuses in which AiGouBao accepts an invoice application (policies exist). */
	static final Set<OrderStatus> INVOICEABLE = Set.of(OrderStatus.ISSUED, OrderStatus.SURRENDER_PENDING,
			OrderStatus.PARTIALLY_SURRENDERED);

	private final InvoiceRequests requests;

	private final Outbox outbox;

	private final Members members;

	private final Clock clock;

	Invoicing(InvoiceRequests requests, Outbox outbox, Members members, Clock clock) {
		this.requests = requests;
		this.outbox = outbox;
		this.members = members;
		this.clock = clock;
	}

	static boolean invoiceable(Order order) {
		return order.getChannel() == Channel.AIGOUBAO && INVOICEABLE.contains(order.getStatus())
				&& order.getPartnerOrderCode() != null;
	}

	/**
	 * Stores the request and enqueues 7.2 (the form is valid).
	 * @return false when the order already has an active request (nothing written)
	 */
	@Transactional
	public boolean request(Order order, InvoiceFormData form, String requestedBy) {
		if (!invoiceable(order)) {
			throw new IllegalStateException("Order " + order.getId() + " cannot be invoiced in status " + order.getStatus());
		}
		InvoiceType type = form.invoiceType();
		String taxpayerNo = type == InvoiceType.COMPANY ? form.cleanTaxpayerNo() : null;
		try {
			this.requests.insert(order.getId(), type, form.cleanTitle(), taxpayerNo, requestedBy, this.clock.instant());
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
		Member member = this.members.findById(order.getMemberId()).orElseThrow();
		this.outbox.enqueue(OutboxKind.AIGOUBAO_INVOICE_APPLY, order.getId(), new ApplyInvoiceRequest(
				member.aigoubaoMemberId(), order.getPartnerOrderCode(), type.partnerCode(), form.cleanTitle(), taxpayerNo),
				requestedBy);
		return true;
	}

}

package com.baolink.billing;

import com.baolink.order.InsuredPerson;
import com.baolink.order.Order;

/**
 * What the order page's invoice section shows: derived from the member's latest request (ours) and
 * the invoice links the partner gave (kept on the insured persons). Public for the template.
 */
public final class InvoiceSection {

	private final InvoiceRequest request;

	InvoiceSection(InvoiceRequest request) {
		this.request = request;
	}

	/** Shown once the order can be invoiced, or when there is anything to say about a request. */
	public boolean shownFor(Order order) {
		return this.request != null || Invoicing.invoiceable(order) || invoiced(order);
	}

	/** none / requested / in_progress / issued / partial / failed. */
	public String state(Order order) {
		if (this.request == null) {
			return invoiced(order) ? "issued" : "none";
		}
		return this.request.status().name().toLowerCase(java.util.Locale.ROOT);
	}

	public String messageKey(Order order) {
		return "billing.invoice.state." + state(order);
	}

	/** The form is offered when nothing is requested yet, or the last request failed. */
	public boolean formOffered(Order order) {
		return Invoicing.invoiceable(order) && !invoiced(order)
				&& (this.request == null || this.request.status() == InvoiceRequestStatus.FAILED);
	}

	/** Still waiting for the partner: the section refreshes itself. */
	public boolean isPolling() {
		return this.request != null && (this.request.status() == InvoiceRequestStatus.REQUESTED
				|| this.request.status() == InvoiceRequestStatus.IN_PROGRESS
				|| this.request.status() == InvoiceRequestStatus.PARTIAL);
	}

	public String getLastError() {
		return this.request != null && this.request.status() == InvoiceRequestStatus.FAILED ? this.request.lastError()
				: null;
	}

	public String getTitle() {
		return this.request == null ? null : this.request.title();
	}

	public String getTaxpayerNo() {
		return this.request == null ? null : this.request.taxpayerNo();
	}

	private static boolean invoiced(Order order) {
		return order.getInsured().stream().anyMatch(InvoiceSection::hasInvoice);
	}

	public static boolean hasInvoice(InsuredPerson person) {
		return person.hasPolicy() && person.invoiceUrl() != null && !person.invoiceUrl().isBlank();
	}

}

package com.baolink.billing;

/** Personal or company invoice, and the partner's 7.2 {@code invoiceType}. */
public enum InvoiceType {

	PERSONAL(1), COMPANY(2);

	private final int partnerCode;

	InvoiceType(int partnerCode) {
		this.partnerCode = partnerCode;
	}

	public int partnerCode() {
		return this.partnerCode;
	}

}

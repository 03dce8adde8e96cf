package com.baolink.billing;

/** The invoice form as typed (kept as typed when it comes back with errors). */
public class InvoiceFormData {

	static final int TITLE_MAX = com.baolink.partner.aigoubao.AigoubaoFieldLimits.TEXT;

	private String type = InvoiceType.PERSONAL.name();

	private String title;

	private String taxpayerNo;

	public String getType() {
		return this.type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getTaxpayerNo() {
		return this.taxpayerNo;
	}

	public void setTaxpayerNo(String taxpayerNo) {
		this.taxpayerNo = taxpayerNo;
	}

	/** The chosen type; null when the form sent something else. */
	InvoiceType invoiceType() {
		for (InvoiceType candidate : InvoiceType.values()) {
			if (candidate.name().equals(this.type)) {
				return candidate;
			}
		}
		return null;
	}

	String cleanTitle() {
		return this.title == null ? "" : this.title.strip();
	}

	String cleanTaxpayerNo() {
		return UnifiedSocialCreditCode.normalise(this.taxpayerNo);
	}

}

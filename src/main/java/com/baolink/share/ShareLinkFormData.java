package com.baolink.share;

/** The member's "new share link" form as typed (every field text, so it can be shown again). */
public class ShareLinkFormData {

	private String productId;

	private String plan;

	private String note;

	private String expiresOn;

	public String getProductId() {
		return this.productId;
	}

	public void setProductId(String productId) {
		this.productId = productId;
	}

	public String getPlan() {
		return this.plan;
	}

	public void setPlan(String plan) {
		this.plan = plan;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getExpiresOn() {
		return this.expiresOn;
	}

	public void setExpiresOn(String expiresOn) {
		this.expiresOn = expiresOn;
	}

}

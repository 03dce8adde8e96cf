package com.baolink.share;

/**
 * The customer's form for a Xiebao product: holder and insured persons are filled in on Xiebao's
 * own page, so the portal asks only the customer's name (for the member's history) and the notices.
 */
public class XiebaoCustomerFormData {

	private String launchToken;

	private String customerName;

	private boolean acceptNotices;

	static XiebaoCustomerFormData empty(String launchToken) {
		XiebaoCustomerFormData form = new XiebaoCustomerFormData();
		form.launchToken = launchToken;
		return form;
	}

	public String getLaunchToken() {
		return this.launchToken;
	}

	public void setLaunchToken(String launchToken) {
		this.launchToken = launchToken;
	}

	public String getCustomerName() {
		return this.customerName;
	}

	public void setCustomerName(String customerName) {
		this.customerName = customerName;
	}

	public boolean isAcceptNotices() {
		return this.acceptNotices;
	}

	public void setAcceptNotices(boolean acceptNotices) {
		this.acceptNotices = acceptNotices;
	}

}

package com.baolink.share;

import com.baolink.order.PurchaseFormData;

/**
 * The customer's buy form: the member's buy form (same fields, same validation) without a choice
 * of payment (customers pay on the partner's cashier) and with the notices to accept.
 */
public class CustomerPurchaseFormData extends PurchaseFormData {

	private boolean acceptNotices;

	static CustomerPurchaseFormData blank(long productId, String launchToken) {
		CustomerPurchaseFormData form = new CustomerPurchaseFormData();
		form.setProductId(productId);
		form.setLaunchToken(launchToken);
		form.padRows(2);
		return form;
	}

	public boolean isAcceptNotices() {
		return this.acceptNotices;
	}

	public void setAcceptNotices(boolean acceptNotices) {
		this.acceptNotices = acceptNotices;
	}

}

package com.baolink.billing;

/** Staff's answer to a credit-account order, and the 7.7 {@code txnStatus} that tells AiGouBao. */
public enum CreditDecision {

	APPROVED(2), REJECTED(-1);

	private final int txnStatus;

	CreditDecision(int txnStatus) {
		this.txnStatus = txnStatus;
	}

	public int txnStatus() {
		return this.txnStatus;
	}

	public String messageKey() {
		return "billing.credit.decision." + name();
	}

}

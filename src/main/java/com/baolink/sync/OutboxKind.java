package com.baolink.sync;

import com.baolink.partner.aigoubao.AigoubaoApi.ApplyInvoiceRequest;
import com.baolink.partner.aigoubao.AigoubaoApi.PaymentNotice;

/** What an outbox row asks a partner to do, and the request record its payload holds. */
public enum OutboxKind {

	/** 7.7: the distributor's credit payment result. */
	AIGOUBAO_PAYMENT_RESULT(PaymentNotice.class),
	/** 7.2: a member's invoice application. */
	AIGOUBAO_INVOICE_APPLY(ApplyInvoiceRequest.class);

	private final Class<?> payloadType;

	OutboxKind(Class<?> payloadType) {
		this.payloadType = payloadType;
	}

	public Class<?> payloadType() {
		return this.payloadType;
	}

}

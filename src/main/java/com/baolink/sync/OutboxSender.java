package com.baolink.sync;

import org.springframework.stereotype.Component;

import com.baolink.partner.aigoubao.AigoubaoApi;
import com.baolink.partner.aigoubao.AigoubaoApi.ApplyInvoiceRequest;
import com.baolink.partner.aigoubao.AigoubaoApi.CallPriority;
import com.baolink.partner.aigoubao.AigoubaoApi.PaymentNotice;
import com.baolink.partner.aigoubao.AigoubaoJson;

/**
 * Sends one outbox row: reads its payload back into the kind's request record and calls the
 * partner endpoint. Both endpoints are idempotent at the partner (a repeated 7.7 or 7.2 changes
 * nothing), so a row sent twice after a lost acknowledgement does no harm.
 */
@Component
class OutboxSender {

	private final AigoubaoApi aigoubao;

	OutboxSender(AigoubaoApi aigoubao) {
		this.aigoubao = aigoubao;
	}

	void send(OutboxEntry entry, CallPriority priority) {
		Object request = AigoubaoJson.mapper().readValue(entry.payload(), entry.kind().payloadType());
		switch (entry.kind()) {
			case AIGOUBAO_PAYMENT_RESULT -> this.aigoubao.outNotify((PaymentNotice) request, priority);
			case AIGOUBAO_INVOICE_APPLY -> this.aigoubao.applyInvoice((ApplyInvoiceRequest) request, priority);
		}
	}

}

package com.baolink.scenefinance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.baolink.infrastructure.pdf.ChinesePdfRenderer;
import com.baolink.scenefinance.IssuingRequest;

/** Renders the Chinese e-policy (电子保单) of a scene-finance policy. */
@Component
class EPolicyRenderer {

	private static final String TEMPLATE = "scenefinance/epolicy-pdf";

	private final ChinesePdfRenderer pdf;

	private final Clock clock;

	EPolicyRenderer(ChinesePdfRenderer pdf, Clock clock) {
		this.pdf = pdf;
		this.clock = clock;
	}

	byte[] render(IssuingRequest request, String policyNo) {
		Map<String, Object> model = Map.of("policy", request, "policyNo", policyNo, "issuedOn",
				LocalDate.now(this.clock));
		// an insurance document in China is Chinese whatever the caller's language
		return this.pdf.render(TEMPLATE, model, Locale.SIMPLIFIED_CHINESE);
	}

}

package com.baolink.sandbox.aigoubao;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.baolink.infrastructure.pdf.ChinesePdfRenderer;

/** Renders the partner's documents (policy, certificate, invoice) to PDF. */
@Component
@Profile("sandbox")
class PolicyPdfRenderer {

	private static final String TEMPLATE = "sandbox/aigoubao/document-pdf";

	private final ChinesePdfRenderer pdf;

	PolicyPdfRenderer(ChinesePdfRenderer pdf) {
		this.pdf = pdf;
	}

	/** @param model variables of the template; {@code kind} is policy, certificate or invoice */
	byte[] render(Map<String, Object> model) {
		// the partner's documents are Chinese whatever the browser's language
		return this.pdf.render(TEMPLATE, model, Locale.SIMPLIFIED_CHINESE);
	}

}

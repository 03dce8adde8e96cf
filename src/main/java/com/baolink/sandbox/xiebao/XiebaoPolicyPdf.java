package com.baolink.sandbox.xiebao;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.baolink.infrastructure.pdf.ChinesePdfRenderer;
import com.baolink.sandbox.xiebao.SandboxXiebaoApplications.Application;
import com.baolink.sandbox.xiebao.SandboxXiebaoProducts.Product;

/** The simulated e-policy: an XHTML template rendered to PDF with a CJK font. */
@Component
@Profile("sandbox")
class XiebaoPolicyPdf {

	static final String TEMPLATE = "sandbox/xiebao/policy-pdf";

	private final ChinesePdfRenderer pdf;

	XiebaoPolicyPdf(ChinesePdfRenderer pdf) {
		this.pdf = pdf;
	}

	byte[] render(Application app, Product product, Locale locale) {
		return this.pdf.render(TEMPLATE, Map.of("app", app, "product", product), locale);
	}

}

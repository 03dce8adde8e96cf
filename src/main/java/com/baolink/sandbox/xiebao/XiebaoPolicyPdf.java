package com.baolink.sandbox.xiebao;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.baolink.sandbox.xiebao.SandboxXiebaoApplications.Application;
import com.baolink.sandbox.xiebao.SandboxXiebaoProducts.Product;

/** The simulated e-policy: an XHTML template rendered to PDF with a CJK font. */
@Component
@Profile("sandbox")
class XiebaoPolicyPdf {

	static final String TEMPLATE = "sandbox/xiebao/policy-pdf";

	static final String FONT = "/fonts/DroidSansFallbackFull.ttf";

	static final String FONT_FAMILY = "DroidSansFallback";

	private final ITemplateEngine templates;

	XiebaoPolicyPdf(ITemplateEngine templates) {
		this.templates = templates;
	}

	byte[] render(Application app, Product product, Locale locale) {
		String html = this.templates.process(TEMPLATE, new Context(locale, Map.of("app", app, "product", product)));
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			new PdfRendererBuilder().useFastMode()
				.useFont(() -> XiebaoPolicyPdf.class.getResourceAsStream(FONT), FONT_FAMILY)
				.withHtmlContent(html, null)
				.toStream(pdf)
				.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pdf.toByteArray();
	}

}

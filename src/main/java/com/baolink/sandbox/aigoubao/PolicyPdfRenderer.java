package com.baolink.sandbox.aigoubao;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders the partner's documents (policy, certificate, invoice) from a Thymeleaf template to PDF
 * with openhtmltopdf. Chinese text needs a CJK TrueType font: Droid Sans Fallback (Apache 2.0) is
 * bundled and registered as family {@value #FONT_FAMILY}.
 */
@Component
@Profile("sandbox")
class PolicyPdfRenderer {

	static final String FONT_FAMILY = "DroidSansFallback";

	private static final String TEMPLATE = "sandbox/aigoubao/document-pdf";

	private final ITemplateEngine templates;

	private volatile byte[] font;

	PolicyPdfRenderer(ITemplateEngine templates) {
		this.templates = templates;
	}

	/** @param model variables of the template; {@code kind} is policy, certificate or invoice */
	byte[] render(Map<String, Object> model) {
		// the partner's documents are Chinese whatever the browser's language
		String html = this.templates.process(TEMPLATE, new Context(Locale.SIMPLIFIED_CHINESE, model));
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(this::fontStream, FONT_FAMILY);
			builder.withHtmlContent(html, null);
			builder.toStream(pdf);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pdf.toByteArray();
	}

	private InputStream fontStream() {
		byte[] bytes = this.font;
		if (bytes == null) {
			try (InputStream in = new ClassPathResource("fonts/DroidSansFallbackFull.ttf").getInputStream()) {
				bytes = in.readAllBytes();
				this.font = bytes;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return new ByteArrayInputStream(bytes);
	}

}

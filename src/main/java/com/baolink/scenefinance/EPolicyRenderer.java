package com.baolink.scenefinance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.baolink.partner.qimen.IssuingRequest;

/**
 * Renders the Chinese e-policy (电子保单) of a scene-finance policy with openhtmltopdf, using the
 * bundled CJK font (Droid Sans Fallback, Apache 2.0) registered as {@value #FONT_FAMILY}.
 */
@Component
class EPolicyRenderer {

	static final String FONT_FAMILY = "DroidSansFallback";

	private static final String TEMPLATE = "scenefinance/epolicy-pdf";

	private final ITemplateEngine templates;

	private final Clock clock;

	private volatile byte[] font;

	EPolicyRenderer(ITemplateEngine templates, Clock clock) {
		this.templates = templates;
		this.clock = clock;
	}

	byte[] render(IssuingRequest request, String policyNo) {
		Map<String, Object> model = Map.of("policy", request, "policyNo", policyNo, "issuedOn",
				LocalDate.now(this.clock));
		// an insurance document in China is Chinese whatever the caller's language
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

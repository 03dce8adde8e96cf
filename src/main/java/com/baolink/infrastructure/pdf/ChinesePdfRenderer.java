package com.baolink.infrastructure.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders a Thymeleaf XHTML template to PDF with openhtmltopdf. Chinese text needs a CJK TrueType
 * font: Droid Sans Fallback (Apache 2.0) is bundled in the jar and registered as font family
 * {@value #FONT_FAMILY}, which the templates name in their CSS.
 */
@Component
public class ChinesePdfRenderer {

	public static final String FONT_FAMILY = "DroidSansFallback";

	private static final String FONT = "fonts/DroidSansFallbackFull.ttf";

	private final ITemplateEngine templates;

	private volatile byte[] font;

	ChinesePdfRenderer(ITemplateEngine templates) {
		this.templates = templates;
	}

	public byte[] render(String template, Map<String, Object> model, Locale locale) {
		String html = this.templates.process(template, new Context(locale, model));
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			new PdfRendererBuilder().useFastMode()
				.useFont(this::fontStream, FONT_FAMILY)
				.withHtmlContent(html, null)
				.toStream(pdf)
				.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pdf.toByteArray();
	}

	private InputStream fontStream() {
		byte[] bytes = this.font;
		if (bytes == null) {
			try (InputStream in = new ClassPathResource(FONT).getInputStream()) {
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

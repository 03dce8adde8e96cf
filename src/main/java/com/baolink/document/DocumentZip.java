package com.baolink.document;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.baolink.order.Order;

/**
 * "All documents of the order as one ZIP": every policy and certificate that can be had, fetched and
 * stored first where missing, plus a {@code 说明.txt} listing what is missing. A certificate the
 * partner never offered (no URL) is not "missing": many products have none.
 */
@Component
class DocumentZip {

	static final List<DocumentKind> KINDS = List.of(DocumentKind.POLICY, DocumentKind.CERTIFICATE);

	private final DocumentService documents;

	private final MessageSource messages;

	DocumentZip(DocumentService documents, MessageSource messages) {
		this.documents = documents;
		this.messages = messages;
	}

	/** What goes into the ZIP of {@code order}; fetches and stores what is missing. */
	Plan plan(Order order, com.baolink.order.OrderEventSource requestedBy) {
		List<StoredDocument> available = new ArrayList<>();
		List<Missing> missing = new ArrayList<>();
		for (String code : DocumentService.policyCodes(order)) {
			for (DocumentKind kind : KINDS) {
				boolean offered = DocumentService.policyHolder(order, kind, code).flatMap(kind::urlOf).isPresent();
				try {
					available.add(this.documents.obtain(order, kind, code, requestedBy));
				}
				catch (DocumentNotReadyException ex) {
					if (offered || kind == DocumentKind.POLICY) {
						missing.add(new Missing(kind, code, false));
					}
				}
				catch (DocumentRefusedException ex) {
					missing.add(new Missing(kind, code, true));
				}
			}
		}
		return new Plan(List.copyOf(available), List.copyOf(missing));
	}

	void write(Plan plan, Locale locale, OutputStream out) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		for (StoredDocument document : plan.available()) {
			zip.putNextEntry(new ZipEntry(document.kind().fileName(document.policyCode())));
			this.documents.copyContent(document, zip);
			zip.closeEntry();
		}
		if (!plan.missing().isEmpty()) {
			zip.putNextEntry(new ZipEntry(msg("document.zip.readme.name", locale)));
			zip.write(readme(plan.missing(), locale).getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		zip.finish();
		zip.flush();
	}

	private String readme(List<Missing> missing, Locale locale) {
		StringBuilder text = new StringBuilder(msg("document.zip.readme.intro", locale)).append("\r\n\r\n");
		for (Missing item : missing) {
			text.append(item.kind().fileName(item.policyCode()))
				.append(" - ")
				.append(msg(item.refused() ? "document.zip.readme.unavailable" : "document.zip.readme.notReady", locale))
				.append("\r\n");
		}
		return text.toString();
	}

	private String msg(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	record Missing(DocumentKind kind, String policyCode, boolean refused) {
	}

	record Plan(List<StoredDocument> available, List<Missing> missing) {

		boolean anyRefused() {
			return this.missing.stream().anyMatch(Missing::refused);
		}

	}

}

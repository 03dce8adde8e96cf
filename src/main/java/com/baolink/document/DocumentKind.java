package com.baolink.document;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

import com.baolink.order.InsuredPerson;

/** The documents a policy has, with the URL segment, the file names and where the partner URL is. */
public enum DocumentKind {

	POLICY("policy", "保单", InsuredPerson::policyUrl, "policy_url"),
	CERTIFICATE("certificate", "凭证", InsuredPerson::certificateUrl, "certificate_url"),
	INVOICE("invoice", "发票", InsuredPerson::invoiceUrl, "invoice_url");

	private final String segment;

	private final String chineseName;

	private final Function<InsuredPerson, String> url;

	private final String urlColumn;

	DocumentKind(String segment, String chineseName, Function<InsuredPerson, String> url, String urlColumn) {
		this.segment = segment;
		this.chineseName = chineseName;
		this.url = url;
		this.urlColumn = urlColumn;
	}

	/** The path segment: {@code /orders/{id}/documents/<segment>/{policyCode}}. */
	public String segment() {
		return this.segment;
	}

	/** The partner's current URL for this document of {@code person}, if any. */
	public Optional<String> urlOf(InsuredPerson person) {
		String value = this.url.apply(person);
		return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
	}

	/** Column of {@code order_insured} holding the URL (a constant, used in the prefetch query). */
	String urlColumn() {
		return this.urlColumn;
	}

	/** {@code 保单-<policyCode>.pdf}. */
	public String fileName(String policyCode) {
		return this.chineseName + "-" + policyCode + ".pdf";
	}

	/** ASCII fallback for old clients: {@code policy-<policyCode>.pdf} (code reduced to safe characters). */
	public String asciiFileName(String policyCode) {
		return this.segment + "-" + policyCode.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
	}

	public String messageKey() {
		return "document.kind." + name();
	}

	public static Optional<DocumentKind> fromSegment(String segment) {
		return Arrays.stream(values()).filter(kind -> kind.segment.equals(segment)).findFirst();
	}

}

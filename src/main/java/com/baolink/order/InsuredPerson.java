package com.baolink.order;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/**
 * An insured person of an order and, once issued, their policy. The ID number is kept masked
 * only; document URLs are the partner's and are only ever fetched by the portal, never shown.
 */
@Table("order_insured")
public record InsuredPerson(String name, String cardType, String cardNoMasked, LocalDate birthday, String gender,
		String relation, BigDecimal premium, String policyCode, PolicyStatus policyStatus, String policyStatusText,
		String policyUrl, String certificateUrl, String invoiceUrl) {

	public enum PolicyStatus {

		/** Not issued yet. */
		PENDING,
		/** In force. */
		ISSUED,
		SURRENDER_PENDING, SURRENDERED,
		/** Refunded or otherwise ended. */
		CANCELLED;

		public String messageKey() {
			return "policy.status." + name();
		}

	}

	/** A person named before the purchase (pre-filled at launch), not yet insured. */
	public static InsuredPerson prefilled(String name, String cardType, String cardNoMasked, LocalDate birthday,
			String gender, String relation) {
		return new InsuredPerson(name, cardType, cardNoMasked, birthday, gender, relation, null, null,
				PolicyStatus.PENDING, null, null, null, null);
	}

	/** The same person with the policy in another status (the partner's status text is kept). */
	public InsuredPerson withPolicyStatus(PolicyStatus status) {
		return new InsuredPerson(this.name, this.cardType, this.cardNoMasked, this.birthday, this.gender,
				this.relation, this.premium, this.policyCode, status, this.policyStatusText, this.policyUrl,
				this.certificateUrl, this.invoiceUrl);
	}

	public InsuredPerson withInvoiceUrl(String url) {
		return new InsuredPerson(this.name, this.cardType, this.cardNoMasked, this.birthday, this.gender,
				this.relation, this.premium, this.policyCode, this.policyStatus, this.policyStatusText, this.policyUrl,
				this.certificateUrl, url);
	}

	/** A policy exists and is in force (it can be surrendered). */
	public boolean inForce() {
		return hasPolicy() && this.policyStatus == PolicyStatus.ISSUED;
	}

	public boolean hasPolicy() {
		return this.policyCode != null && !this.policyCode.isBlank();
	}

}

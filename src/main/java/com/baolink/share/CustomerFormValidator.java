package com.baolink.share;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.springframework.validation.Errors;

import com.baolink.order.validation.PersonNameValidator;
import com.baolink.order.validation.PurchaseFormValidator;

/**
 * The customer's forms. The AiGouBao form is checked exactly like the member's buy form (cash
 * payment only) and, because the customer is the holder and buys for someone, also needs the holder
 * with a mobile number, at least one insured person and the notices accepted.
 */
final class CustomerFormValidator {

	private CustomerFormValidator() {
	}

	static void validate(CustomerPurchaseFormData form, Set<String> planCodes, LocalDate today, Errors errors) {
		form.setPayType("CASH");
		PurchaseFormValidator.validate(form, planCodes, false, today, errors);
		if (!form.hasHolder()) {
			errors.rejectValue("holder.name", "share.validation.holderRequired");
		}
		else if (isBlank(form.getHolder().getMobile())) {
			errors.rejectValue("holder.mobile", "validation.required");
		}
		if (form.filledInsured().isEmpty()) {
			form.padRows(1);
			errors.rejectValue("insured[0].name", "share.validation.insuredRequired");
		}
		if (!form.isAcceptNotices()) {
			errors.rejectValue("acceptNotices", "share.validation.acceptNotices");
		}
	}

	static void validate(XiebaoCustomerFormData form, Errors errors) {
		if (!isLaunchToken(form.getLaunchToken())) {
			errors.reject("validation.launchToken");
		}
		if (isBlank(form.getCustomerName())) {
			errors.rejectValue("customerName", "validation.required");
		}
		else if (!PersonNameValidator.isValid(form.getCustomerName())) {
			errors.rejectValue("customerName", "validation.name");
		}
		if (!form.isAcceptNotices()) {
			errors.rejectValue("acceptNotices", "share.validation.acceptNotices");
		}
	}

	/** The member buy form's launch token format (a random UUID). */
	static boolean isLaunchToken(String token) {
		if (token == null || token.length() != 36) {
			return false;
		}
		try {
			return UUID.fromString(token).toString().equals(token);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}

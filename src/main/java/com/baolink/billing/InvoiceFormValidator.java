package com.baolink.billing;

import org.springframework.validation.Errors;

/** Field checks of the invoice form; error codes are message keys of the billing bundle. */
final class InvoiceFormValidator {

	private InvoiceFormValidator() {
	}

	static void validate(InvoiceFormData form, Errors errors) {
		InvoiceType type = form.invoiceType();
		if (type == null) {
			errors.rejectValue("type", "billing.invoice.error.type");
		}
		String title = form.cleanTitle();
		if (title.isEmpty()) {
			errors.rejectValue("title", "billing.invoice.error.titleRequired");
		}
		else if (title.length() > InvoiceFormData.TITLE_MAX) {
			errors.rejectValue("title", "billing.invoice.error.titleTooLong",
					new Object[] { InvoiceFormData.TITLE_MAX }, null);
		}
		if (type == InvoiceType.COMPANY) {
			String code = form.cleanTaxpayerNo();
			if (code == null || code.isEmpty()) {
				errors.rejectValue("taxpayerNo", "billing.invoice.error.taxpayerRequired");
			}
			else if (!UnifiedSocialCreditCode.isValid(code)) {
				errors.rejectValue("taxpayerNo", "billing.invoice.error.taxpayerInvalid");
			}
		}
	}

}

package com.baolink.sandbox.aigoubao;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.Errors;

import com.baolink.sandbox.aigoubao.OrderLifecycle.Confirmation;
import com.baolink.sandbox.aigoubao.OrderLifecycle.Person;
import com.baolink.sandbox.aigoubao.PurchaseFormData.InsuredRow;
import com.baolink.sandbox.aigoubao.SbxRecords.SbxPlan;
import com.baolink.sandbox.aigoubao.SbxRecords.SbxProduct;

/**
 * Checks the hosted page's form like the partner's page does: plan of the product, cover dates
 * (start not in the past, end not before start, at most a year), holder and each insured person
 * (name, Chinese mobile, 18-digit resident ID with its check character).
 */
final class PurchaseFormValidator {

	static final int MAX_INSURED = 10;

	static final int MAX_DAYS = 365;

	private PurchaseFormValidator() {
	}

	/** @return the confirmation, or null when {@code errors} got field errors */
	static Confirmation validate(PurchaseFormData form, SbxProduct product, LocalDate today, Errors errors) {
		SbxPlan plan = form.getPlan() == null ? null : product.plan(form.getPlan());
		if (plan == null) {
			errors.rejectValue("plan", "sbx.error.plan");
		}
		LocalDate start = date(form.getStartDate(), "startDate", errors);
		LocalDate end = date(form.getEndDate(), "endDate", errors);
		if (start != null && start.isBefore(today)) {
			errors.rejectValue("startDate", "sbx.error.startPast");
		}
		if (start != null && end != null && end.isBefore(start)) {
			errors.rejectValue("endDate", "sbx.error.endBeforeStart");
		}
		else if (start != null && end != null && end.isAfter(start.plusDays(MAX_DAYS - 1))) {
			errors.rejectValue("endDate", "sbx.error.tooLong");
		}
		required(form.getHolderName(), "holderName", errors);
		card(form.getHolderCardType(), form.getHolderCardNo(), "holderCardNo", errors);
		mobile(form.getHolderMobile(), true, "holderMobile", errors);
		List<Person> persons = persons(form.getInsured(), errors);
		if (errors.hasErrors()) {
			return null;
		}
		return new Confirmation(plan, start, end, form.getHolderName().trim(), form.getHolderCardType(),
				upper(form.getHolderCardNo()), form.getHolderMobile().trim(), persons,
				!PurchaseFormData.PAY_FAILURE.equals(form.getPayResult()));
	}

	private static List<Person> persons(List<InsuredRow> rows, Errors errors) {
		if (rows.isEmpty()) {
			errors.reject("sbx.error.noInsured");
		}
		List<Person> persons = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			InsuredRow row = rows.get(i);
			String prefix = "insured[" + i + "].";
			required(row.getName(), prefix + "name", errors);
			card(row.getCardType(), row.getCardNo(), prefix + "cardNo", errors);
			mobile(row.getMobile(), false, prefix + "mobile", errors);
			persons.add(new Person(trim(row.getName()), row.getCardType(), upper(row.getCardNo()), trim(row.getMobile()),
					row.getRelation()));
		}
		return persons;
	}

	private static LocalDate date(String text, String field, Errors errors) {
		try {
			return LocalDate.parse(text == null ? "" : text.trim());
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "sbx.error.date");
			return null;
		}
	}

	private static void required(String value, String field, Errors errors) {
		if (value == null || value.isBlank()) {
			errors.rejectValue(field, "sbx.error.required");
		}
	}

	private static void card(String type, String number, String field, Errors errors) {
		if (number == null || number.isBlank()) {
			errors.rejectValue(field, "sbx.error.required");
		}
		else if (IdCards.TYPE_ID_CARD.equals(type) && !IdCards.isValid(number.trim().toUpperCase())) {
			errors.rejectValue(field, "sbx.error.idCard");
		}
	}

	private static void mobile(String value, boolean required, String field, Errors errors) {
		if (value == null || value.isBlank()) {
			if (required) {
				errors.rejectValue(field, "sbx.error.required");
			}
		}
		else if (!AccountEndpoints.MOBILE.matcher(value.trim()).matches()) {
			errors.rejectValue(field, "sbx.error.mobile");
		}
	}

	private static String upper(String value) {
		return value == null ? null : value.trim().toUpperCase();
	}

	private static String trim(String value) {
		return value == null ? null : value.trim();
	}

}

package com.baolink.sandbox.xiebao;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;

import com.baolink.sandbox.xiebao.SandboxXiebaoProducts.Product;

/** Checks the hosted page form the way an insurer's page would; error codes are message keys. */
final class XiebaoInsureFormValidator {

	static final int MAX_INSUREDS = 10;

	private static final Pattern CHINESE_NAME = Pattern.compile("[\\u4e00-\\u9fa5·]{2,20}");

	private static final Pattern RESIDENT_ID = Pattern.compile("\\d{17}[\\dX]");

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK_CHARS = "10X98765432";

	private XiebaoInsureFormValidator() {
	}

	static void validate(XiebaoInsureFormData form, Product product, LocalDate today, Errors errors) {
		if (form.getApplicantName() == null || !CHINESE_NAME.matcher(form.getApplicantName().trim()).matches()) {
			errors.rejectValue("applicantName", "sandbox.xiebao.form.error.name");
		}
		if (!isResidentId(form.getApplicantIdNo())) {
			errors.rejectValue("applicantIdNo", "sandbox.xiebao.form.error.idNo");
		}
		List<String> insureds = insuredNames(form.getInsuredNames());
		if (insureds.isEmpty() || insureds.size() > MAX_INSUREDS
				|| !insureds.stream().allMatch(name -> CHINESE_NAME.matcher(name).matches())) {
			errors.rejectValue("insuredNames", "sandbox.xiebao.form.error.insureds");
		}
		validateDates(form, product, today, errors);
	}

	private static void validateDates(XiebaoInsureFormData form, Product product, LocalDate today, Errors errors) {
		if (form.getStartDate() == null || form.getStartDate().isBefore(today)) {
			errors.rejectValue("startDate", "sandbox.xiebao.form.error.startDate");
		}
		else if (form.getEndDate() == null || form.getEndDate().isBefore(form.getStartDate())
				|| ChronoUnit.DAYS.between(form.getStartDate(), form.getEndDate()) + 1 > product.maxDays()) {
			errors.rejectValue("endDate", "sandbox.xiebao.form.error.endDate", new Object[] { product.maxDays() }, null);
		}
	}

	static List<String> insuredNames(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("[,，、\\s]+")).map(String::trim).filter(name -> !name.isEmpty()).toList();
	}

	/** 18-character resident ID with its ISO 7064 MOD 11-2 check character. */
	static boolean isResidentId(String value) {
		if (value == null) {
			return false;
		}
		String id = value.trim().toUpperCase(java.util.Locale.ROOT);
		if (!RESIDENT_ID.matcher(id).matches()) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (id.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_CHARS.charAt(sum % 11) == id.charAt(17);
	}

	/** {@code 110105********002X}: never keep the full number. */
	static String mask(String idNo) {
		String id = idNo.trim().toUpperCase(java.util.Locale.ROOT);
		return id.substring(0, 6) + "********" + id.substring(14);
	}

}

package com.baolink.order.validation;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.validation.Errors;

import com.baolink.catalog.ProductLimits;
import com.baolink.member.MainlandMobileValidator;
import com.baolink.order.PurchaseFormData;
import com.baolink.order.PurchaseFormData.PersonFormData;
import com.baolink.order.Relation;

/**
 * Checks a buy form field by field; every problem is a message code under {@code validation.} on
 * the field it concerns, so the member sees it next to what they typed. Pure: the product's plans,
 * the member's credit permission and today's date (China time) are passed in.
 */
public final class PurchaseFormValidator {

	private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private static final Set<String> RELATIONS = Arrays.stream(Relation.values())
		.map(Relation::code)
		.collect(Collectors.toUnmodifiableSet());

	/** Relation to the holder "self" (本人): at most one insured person can be the holder. */
	private static final String SELF = Relation.SELF.code();

	private static final Set<String> GENDERS = Set.of("M", "F");

	private PurchaseFormValidator() {
	}

	/** With the portal's default limits (any age, at most a year's cover starting within 180 days). */
	public static void validate(PurchaseFormData form, Set<String> planCodes, boolean creditAllowed, LocalDate today,
			Errors errors) {
		validate(form, planCodes, ProductLimits.NONE, creditAllowed, today, errors);
	}

	/**
	 * {@code limits}: the product's insurable ages and cover-period limits, so the pre-order asks
	 * only for what the insurer accepts.
	 */
	public static void validate(PurchaseFormData form, Set<String> planCodes, ProductLimits limits,
			boolean creditAllowed, LocalDate today, Errors errors) {
		if (form.getLaunchToken() == null || !UUID.matcher(form.getLaunchToken()).matches()) {
			errors.reject("validation.launchToken");
		}
		validatePlan(form.getPlan(), planCodes, errors);
		Optional<LocalDate> coverStart = validateCover(form, limits, today, errors);
		validatePayType(form.getPayType(), creditAllowed, errors);
		if (form.hasHolder()) {
			validateHolder(form.getHolder(), today, errors);
		}
		validateInsured(form.getInsured(), limits, coverStart.orElse(today), today, errors);
	}

	/** A yyyy-MM-dd date, or empty when the text is not one. */
	public static Optional<LocalDate> parseDate(String text) {
		if (text == null || text.length() != 10) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(text));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	private static void validatePlan(String plan, Set<String> planCodes, Errors errors) {
		if (isBlank(plan)) {
			errors.rejectValue("plan", "validation.plan.required");
		}
		else if (!planCodes.contains(plan)) {
			errors.rejectValue("plan", "validation.plan.unknown");
		}
	}

	/** Returns the cover start when it is valid. Cover days count both ends (a one-day cover is 1). */
	private static Optional<LocalDate> validateCover(PurchaseFormData form, ProductLimits limits, LocalDate today,
			Errors errors) {
		Optional<LocalDate> start = requiredDate(form.getCoverStart(), "coverStart", errors);
		Optional<LocalDate> end = requiredDate(form.getCoverEnd(), "coverEnd", errors);
		boolean startOk = start.isPresent();
		if (startOk && start.get().isBefore(today)) {
			errors.rejectValue("coverStart", "validation.coverStart.past");
			startOk = false;
		}
		else if (startOk && ChronoUnit.DAYS.between(today, start.get()) > limits.startDaysAheadAtMost()) {
			errors.rejectValue("coverStart", "validation.coverStart.tooFar",
					new Object[] { String.valueOf(limits.startDaysAheadAtMost()) }, null);
			startOk = false;
		}
		if (start.isPresent() && end.isPresent()) {
			long days = ChronoUnit.DAYS.between(start.get(), end.get()) + 1;
			if (end.get().isBefore(start.get())) {
				errors.rejectValue("coverEnd", "validation.coverEnd.beforeStart");
			}
			else if (days > limits.coverDaysAtMost()) {
				errors.rejectValue("coverEnd", "validation.coverEnd.tooLong",
						new Object[] { String.valueOf(limits.coverDaysAtMost()) }, null);
			}
			else if (days < limits.coverDaysAtLeast()) {
				errors.rejectValue("coverEnd", "validation.coverEnd.tooShort",
						new Object[] { String.valueOf(limits.coverDaysAtLeast()) }, null);
			}
		}
		return startOk ? start : Optional.empty();
	}

	private static Optional<LocalDate> requiredDate(String text, String field, Errors errors) {
		if (isBlank(text)) {
			errors.rejectValue(field, "validation.required");
			return Optional.empty();
		}
		Optional<LocalDate> date = parseDate(text);
		if (date.isEmpty()) {
			errors.rejectValue(field, "validation.date");
		}
		return date;
	}

	private static void validatePayType(String payType, boolean creditAllowed, Errors errors) {
		if ("CREDIT".equals(payType)) {
			if (!creditAllowed) {
				errors.rejectValue("payType", "validation.payType.credit");
			}
		}
		else if (!"CASH".equals(payType)) {
			errors.rejectValue("payType", "validation.payType");
		}
	}

	private static void validateHolder(PersonFormData holder, LocalDate today, Errors errors) {
		validateName(holder.getName(), "holder.name", errors);
		validateCard(holder.getCardType(), holder.getCardNo(), "holder.", today, errors);
		if (!isBlank(holder.getMobile()) && !MainlandMobileValidator.isValid(holder.getMobile())) {
			errors.rejectValue("holder.mobile", "validation.mobile");
		}
	}

	private static void validateInsured(List<PersonFormData> rows, ProductLimits limits, LocalDate coverStart,
			LocalDate today, Errors errors) {
		long filled = rows.stream().filter(row -> row != null && !row.isBlank()).count();
		if (filled > PurchaseFormData.MAX_ROWS) {
			errors.reject("validation.insured.tooMany", new Object[] { PurchaseFormData.MAX_ROWS }, null);
			return;
		}
		Set<String> documents = new HashSet<>();
		boolean self = false;
		for (int i = 0; i < rows.size(); i++) {
			PersonFormData row = rows.get(i);
			if (row == null || row.isBlank()) {
				continue;
			}
			String path = "insured[" + i + "].";
			Optional<LocalDate> birthday = validateInsuredRow(row, path, today, errors);
			birthday.ifPresent(date -> checkAge(date, coverStart, limits, path, errors));
			if (row.getCardType() != null && row.getCardNo() != null
					&& !documents.add(row.getCardType() + ":" + normaliseDocument(row.getCardNo()))) {
				errors.rejectValue(path + "cardNo", "validation.insured.duplicate");
			}
			if (SELF.equals(row.getRelation())) {
				if (self) {
					errors.rejectValue(path + "relation", "validation.relation.selfTwice");
				}
				self = true;
			}
		}
	}

	/** Whole years at the cover start within the product's insurable ages. */
	private static void checkAge(LocalDate birthday, LocalDate coverStart, ProductLimits limits, String path,
			Errors errors) {
		if (!limits.hasAgeLimit() || birthday.isAfter(coverStart)) {
			return;
		}
		int age = Period.between(birthday, coverStart).getYears();
		if (!limits.ageAllowed(age)) {
			String field = errors.getFieldErrorCount(path + "birthday") == 0 ? path + "birthday" : path + "cardNo";
			errors.rejectValue(field, "validation.insured.age", new Object[] { String.valueOf(age),
					limits.minAge() == null ? "0" : String.valueOf(limits.minAge()),
					limits.maxAge() == null ? "120" : String.valueOf(limits.maxAge()) }, null);
		}
	}

	private static String normaliseDocument(String cardNo) {
		return cardNo.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
	}

	/** Returns the person's birthday (typed, or read from a valid resident ID) when known and valid. */
	private static Optional<LocalDate> validateInsuredRow(PersonFormData row, String path, LocalDate today,
			Errors errors) {
		validateName(row.getName(), path + "name", errors);
		boolean validCard = validateCard(row.getCardType(), row.getCardNo(), path, today, errors);
		if (isBlank(row.getRelation()) || !RELATIONS.contains(row.getRelation())) {
			errors.rejectValue(path + "relation", "validation.relation");
		}
		if (!isBlank(row.getGender()) && !GENDERS.contains(row.getGender())) {
			errors.rejectValue(path + "gender", "validation.gender");
		}
		Optional<LocalDate> birthday = Optional.empty();
		if (!isBlank(row.getBirthday())) {
			birthday = parseDate(row.getBirthday());
			if (birthday.isEmpty()) {
				errors.rejectValue(path + "birthday", "validation.date");
			}
			else if (birthday.get().isAfter(today)) {
				errors.rejectValue(path + "birthday", "validation.birthday.future");
			}
		}
		if (validCard && CardTypes.RESIDENT_ID.equals(row.getCardType())) {
			matchResidentId(row, birthday, path, errors);
			if (birthday.isEmpty()) {
				return Optional.ofNullable(ResidentIdValidator.birthDate(ResidentIdValidator.normalise(row.getCardNo())));
			}
		}
		return birthday.filter(date -> !date.isAfter(today));
	}

	private static void matchResidentId(PersonFormData row, Optional<LocalDate> birthday, String path, Errors errors) {
		String id = ResidentIdValidator.normalise(row.getCardNo());
		if (birthday.isPresent() && !birthday.get().equals(ResidentIdValidator.birthDate(id))) {
			errors.rejectValue(path + "birthday", "validation.residentId.birthdayMismatch");
		}
		if (row.getGender() != null && GENDERS.contains(row.getGender()) && !row.getGender().equals(ResidentIdValidator.gender(id))) {
			errors.rejectValue(path + "gender", "validation.residentId.genderMismatch");
		}
	}

	private static void validateName(String name, String field, Errors errors) {
		if (isBlank(name)) {
			errors.rejectValue(field, "validation.name.required");
		}
		else if (!PersonNameValidator.isValid(name)) {
			errors.rejectValue(field, "validation.name");
		}
	}

	/** Returns whether type and number are both present and valid. */
	private static boolean validateCard(String cardType, String cardNo, String path, LocalDate today, Errors errors) {
		boolean typeOk = CardTypes.isKnown(cardType);
		if (!typeOk) {
			errors.rejectValue(path + "cardType", "validation.cardType");
		}
		if (isBlank(cardNo)) {
			errors.rejectValue(path + "cardNo", "validation.cardNo.required");
			return false;
		}
		if (!typeOk) {
			return false;
		}
		Optional<String> problem = CardTypes.problem(cardType, cardNo, today);
		problem.ifPresent(code -> errors.rejectValue(path + "cardNo", code));
		return problem.isEmpty();
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}

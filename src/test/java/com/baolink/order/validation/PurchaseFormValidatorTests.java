package com.baolink.order.validation;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import com.baolink.catalog.ProductLimits;
import com.baolink.order.PurchaseFormData;
import com.baolink.order.PurchaseFormData.PersonFormData;

import static org.assertj.core.api.Assertions.assertThat;

class PurchaseFormValidatorTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	static final Set<String> PLANS = Set.of("P1", "P2");

	@Test
	void acceptsAMinimalForm() {
		assertThat(validate(validForm(), false).hasErrors()).isFalse();
	}

	@Test
	void acceptsAFullForm() {
		PurchaseFormData form = validForm();
		form.getHolder().setName("张三");
		form.getHolder().setCardType("1");
		form.getHolder().setCardNo("11010519491231002x");
		form.getHolder().setMobile("13800000001");
		form.getInsured().set(0, new PersonFormData("张三", "1", "11010519491231002X", "1949-12-31", "F", "1"));
		form.getInsured().set(1, new PersonFormData("李四", "1", "440304199001011233", null, null, "2"));
		form.getInsured().set(2, new PersonFormData("John Smith", "2", "E12345678", "1980-01-01", "M", "5"));
		assertThat(validate(form, false).hasErrors()).isFalse();
	}

	@Test
	void requiresPlanAndDates() {
		PurchaseFormData form = validForm();
		form.setPlan(null);
		form.setCoverStart(null);
		form.setCoverEnd("2026-13-01");
		Errors errors = validate(form, false);
		assertThat(code(errors, "plan")).isEqualTo("validation.plan.required");
		assertThat(code(errors, "coverStart")).isEqualTo("validation.required");
		assertThat(code(errors, "coverEnd")).isEqualTo("validation.date");
	}

	@Test
	void refusesAPlanOfAnotherProduct() {
		PurchaseFormData form = validForm();
		form.setPlan("P9' OR '1'='1");
		assertThat(code(validate(form, false), "plan")).isEqualTo("validation.plan.unknown");
	}

	@Test
	void checksTheCoverPeriod() {
		PurchaseFormData form = validForm();
		form.setCoverStart("2026-11-22");
		form.setCoverEnd("2026-11-21");
		Errors errors = validate(form, false);
		assertThat(code(errors, "coverStart")).isEqualTo("validation.coverStart.past");
		assertThat(code(errors, "coverEnd")).isEqualTo("validation.coverEnd.beforeStart");

		form.setCoverStart("2026-11-23");
		form.setCoverEnd("2027-11-23");
		assertThat(validate(form, false).hasErrors()).isFalse();
		form.setCoverEnd("2027-11-24");
		assertThat(code(validate(form, false), "coverEnd")).isEqualTo("validation.coverEnd.tooLong");
	}

	@Test
	void creditOnlyForMembersAllowedIt() {
		PurchaseFormData form = validForm();
		form.setPayType("CREDIT");
		assertThat(code(validate(form, false), "payType")).isEqualTo("validation.payType.credit");
		assertThat(validate(form, true).hasErrors()).isFalse();
		form.setPayType("FREE");
		assertThat(code(validate(form, true), "payType")).isEqualTo("validation.payType");
	}

	@Test
	void aRowWithAnythingFilledNeedsAName() {
		PurchaseFormData form = validForm();
		form.getInsured().get(1).setCardNo("E12345678");
		Errors errors = validate(form, false);
		assertThat(code(errors, "insured[1].name")).isEqualTo("validation.name.required");
		assertThat(code(errors, "insured[1].cardType")).isEqualTo("validation.cardType");
		assertThat(code(errors, "insured[1].relation")).isEqualTo("validation.relation");
		assertThat(errors.getFieldErrorCount("insured[0].name")).isZero();
	}

	@Test
	void checksIdNumbersAndTheirBirthdayAndSex() {
		PurchaseFormData form = validForm();
		form.getInsured().set(0, new PersonFormData("张三", "1", "110105194912310021", null, null, "1"));
		form.getInsured().set(1, new PersonFormData("李四", "1", "11010519491231002X", "1949-12-30", "M", "2"));
		form.getInsured().set(2, new PersonFormData("王五", "6", "11010519491231002X", "2030-01-01", "X", "9"));
		Errors errors = validate(form, false);
		assertThat(code(errors, "insured[0].cardNo")).isEqualTo("validation.residentId.checkCharacter");
		assertThat(code(errors, "insured[1].birthday")).isEqualTo("validation.residentId.birthdayMismatch");
		assertThat(code(errors, "insured[1].gender")).isEqualTo("validation.residentId.genderMismatch");
		assertThat(code(errors, "insured[2].cardType")).isEqualTo("validation.cardType");
		assertThat(code(errors, "insured[2].birthday")).isEqualTo("validation.birthday.future");
		assertThat(code(errors, "insured[2].gender")).isEqualTo("validation.gender");
		assertThat(code(errors, "insured[2].relation")).isEqualTo("validation.relation");
	}

	@Test
	void checksTheHolder() {
		PurchaseFormData form = validForm();
		form.getHolder().setMobile("1380000000１");
		form.getHolder().setCardType("2");
		form.getHolder().setCardNo("<script>");
		Errors errors = validate(form, false);
		assertThat(code(errors, "holder.name")).isEqualTo("validation.name.required");
		assertThat(code(errors, "holder.mobile")).isEqualTo("validation.mobile");
		assertThat(code(errors, "holder.cardNo")).isEqualTo("validation.passport");
	}

	@Test
	void refusesAMissingOrForgedLaunchToken() {
		PurchaseFormData form = validForm();
		form.setLaunchToken("'; DELETE FROM purchase_order; --");
		Errors errors = validate(form, false);
		assertThat(errors.getGlobalErrors()).extracting(e -> e.getCode()).containsExactly("validation.launchToken");
	}

	@Test
	void refusesTooManyInsuredPersons() {
		PurchaseFormData form = validForm();
		for (int i = 0; i < PurchaseFormData.MAX_ROWS + 5; i++) {
			form.getInsured().add(new PersonFormData("张三", "2", "E12345678", null, null, "5"));
		}
		Errors errors = validate(form, false);
		assertThat(errors.getGlobalErrors()).extracting(e -> e.getCode()).containsExactly("validation.insured.tooMany");
	}

	@Test
	void refusesCoverDatesFarInTheFutureAndOutsideTheProductsLimits() {
		PurchaseFormData form = validForm();
		form.setCoverStart("9999-01-01");
		form.setCoverEnd("9999-12-31");
		Errors errors = validate(form, false);
		assertThat(code(errors, "coverStart")).isEqualTo("validation.coverStart.tooFar");

		ProductLimits limits = new ProductLimits(null, null, 3, 10, 30);
		form.setCoverStart("2026-12-01");
		form.setCoverEnd("2026-12-01");
		assertThat(code(validate(form, limits), "coverEnd")).isEqualTo("validation.coverEnd.tooShort");
		form.setCoverEnd("2026-12-11");
		assertThat(code(validate(form, limits), "coverEnd")).isEqualTo("validation.coverEnd.tooLong");
		form.setCoverEnd("2026-12-10");
		assertThat(validate(form, limits).hasErrors()).isFalse();
		form.setCoverStart("2026-12-24");
		form.setCoverEnd("2026-12-30");
		assertThat(code(validate(form, limits), "coverStart")).isEqualTo("validation.coverStart.tooFar");
	}

	@Test
	void theDefaultCoverLimitIsAYearWithBothEndsCounted() {
		PurchaseFormData form = validForm();
		form.setCoverStart("2026-12-01");
		form.setCoverEnd("2027-12-01");
		assertThat(validate(form, false).hasErrors()).isFalse();
		form.setCoverEnd("2027-12-02");
		assertThat(code(validate(form, false), "coverEnd")).isEqualTo("validation.coverEnd.tooLong");
	}

	@Test
	void refusesTheSameInsuredPersonTwice() {
		PurchaseFormData form = validForm();
		form.getInsured().set(0, new PersonFormData("张三", "1", "11010519491231002X", null, null, "1"));
		form.getInsured().set(2, new PersonFormData("张三", "1", "11010519491231002x", null, null, "5"));
		Errors errors = validate(form, false);
		assertThat(code(errors, "insured[2].cardNo")).isEqualTo("validation.insured.duplicate");
		assertThat(errors.getFieldErrors("insured[0].cardNo")).isEmpty();
	}

	@Test
	void refusesTwoDifferentPeopleBothMarkedSelf() {
		PurchaseFormData form = validForm();
		form.getInsured().set(0, new PersonFormData("张三", "1", "11010519491231002X", null, null, "1"));
		form.getInsured().set(1, new PersonFormData("李四", "1", "440304199001011233", null, null, "1"));
		assertThat(code(validate(form, false), "insured[1].relation")).isEqualTo("validation.relation.selfTwice");
	}

	@Test
	void refusesAnInsuredPersonOutsideTheInsurableAgesAtTheCoverStart() {
		ProductLimits limits = new ProductLimits(18, 65, null, null, null);
		PurchaseFormData form = validForm();
		// born 1949-12-31: 76 at the cover start, from the resident ID alone
		form.getInsured().set(0, new PersonFormData("张三", "1", "11010519491231002X", null, null, "1"));
		Errors errors = validate(form, limits);
		assertThat(code(errors, "insured[0].birthday")).isEqualTo("validation.insured.age");
		assertThat(errors.getFieldError("insured[0].birthday").getArguments()).containsExactly("76", "18", "65");

		form.getInsured().set(0, new PersonFormData("John Smith", "2", "E12345678", "2010-06-01", null, "3"));
		assertThat(code(validate(form, limits), "insured[0].birthday")).isEqualTo("validation.insured.age");
		form.getInsured().set(0, new PersonFormData("John Smith", "2", "E12345678", "1990-06-01", null, "3"));
		assertThat(validate(form, limits).hasErrors()).isFalse();
	}

	@Test
	void refusesNamesLongerThanThePartnersField() {
		PurchaseFormData form = validForm();
		form.getInsured().set(0, new PersonFormData("张".repeat(33), "2", "E12345678", null, null, "5"));
		assertThat(code(validate(form, false), "insured[0].name")).isEqualTo("validation.name");
		form.getInsured().set(0, new PersonFormData("张".repeat(32), "2", "E12345678", null, null, "5"));
		assertThat(validate(form, false).hasErrors()).isFalse();
	}

	private static Errors validate(PurchaseFormData form, ProductLimits limits) {
		Errors errors = new BeanPropertyBindingResult(form, "form");
		PurchaseFormValidator.validate(form, PLANS, limits, false, TODAY, errors);
		return errors;
	}

	private static PurchaseFormData validForm() {
		PurchaseFormData form = PurchaseFormData.empty(1, UUID.randomUUID().toString());
		form.setPlan("P1");
		form.setCoverStart("2026-12-01");
		form.setCoverEnd("2026-12-07");
		return form;
	}

	private static Errors validate(PurchaseFormData form, boolean creditAllowed) {
		Errors errors = new BeanPropertyBindingResult(form, "form");
		PurchaseFormValidator.validate(form, PLANS, creditAllowed, TODAY, errors);
		return errors;
	}

	private static String code(Errors errors, String field) {
		assertThat(errors.getFieldErrors(field)).as("errors on " + field).isNotEmpty();
		return errors.getFieldErrors(field).get(0).getCode();
	}

}

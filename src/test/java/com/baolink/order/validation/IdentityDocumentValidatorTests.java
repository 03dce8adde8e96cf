package com.baolink.order.validation;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

import com.baolink.member.MainlandMobileValidator;

/** Mobile numbers, passports and other travel documents, names, card types and masking. */
class IdentityDocumentValidatorTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	@ParameterizedTest
	@ValueSource(strings = { "13800000001", "13912345678", "15000000000", "19999999999", "16600000000" })
	void acceptsMainlandMobiles(String mobile) {
		assertThat(MainlandMobileValidator.isValid(mobile)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "12800000000", "10000000000", "1380000000", "138000000012", "23800000000",
			"1380000000a", "+8613800000001", "138 0000 0001", "１３８００００００１", "13800000001\n", "' OR 1=1 --",
			"<b>13800000001</b>" })
	void refusesOtherMobiles(String mobile) {
		assertThat(MainlandMobileValidator.isValid(mobile)).isFalse();
	}

	@Test
	void refusesNullAndHugeMobiles() {
		assertThat(MainlandMobileValidator.isValid(null)).isFalse();
		assertThat(MainlandMobileValidator.isValid("1" + "3".repeat(1_000_000))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "E12345678", "G1234", "ab12345", "A1234567890123456" })
	void acceptsPassports(String number) {
		assertThat(TravelDocumentValidator.isValidPassport(number)).isTrue();
		assertThat(CardTypes.problem("2", number, TODAY)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "E123", "A12345678901234567", "E1234-678", "E1234 678", "Ｅ12345678", "E12345678'--",
			"<i>E1234</i>", "护照123456" })
	void refusesBadPassports(String number) {
		assertThat(TravelDocumentValidator.isValidPassport(number)).isFalse();
		assertThat(CardTypes.problem("2", number, TODAY)).contains("validation.passport");
	}

	@Test
	void otherDocumentsAllowUpToTwentyCharacters() {
		assertThat(CardTypes.problem("3", "C12345678", TODAY)).isEmpty();
		assertThat(CardTypes.problem("4", "12345678901234567890", TODAY)).isEmpty();
		assertThat(CardTypes.problem("5", "123456789012345678901", TODAY)).contains("validation.otherDocument");
		assertThat(CardTypes.problem("3", "H12", TODAY)).contains("validation.otherDocument");
		assertThat(CardTypes.problem("3", "H1234;DROP", TODAY)).contains("validation.otherDocument");
	}

	@Test
	void residentIdProblemsHaveTheirOwnMessages() {
		assertThat(CardTypes.problem("1", "11010519491231002X", TODAY)).isEmpty();
		assertThat(CardTypes.problem("1", "110105194912310021", TODAY)).contains("validation.residentId.checkCharacter");
		assertThat(CardTypes.problem("1", "E12345678", TODAY)).contains("validation.residentId.format");
	}

	@Test
	void knowsTheFiveCardTypes() {
		assertThat(CardTypes.isKnown("1")).isTrue();
		assertThat(CardTypes.isKnown("5")).isTrue();
		assertThat(CardTypes.isKnown("0")).isFalse();
		assertThat(CardTypes.isKnown("6")).isFalse();
		assertThat(CardTypes.isKnown(null)).isFalse();
		assertThat(CardTypes.isKnown("1 OR 1=1")).isFalse();
	}

	@Test
	void masksCardNumbers() {
		assertThat(CardTypes.mask("1", "11010519491231002X")).isEqualTo("110105********002X");
		assertThat(CardTypes.mask("2", "E12345678")).isEqualTo("E1****678");
		assertThat(CardTypes.mask("2", "G1234")).isEqualTo("*****");
		assertThat(CardTypes.mask("3", null)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "张三", "欧阳娜娜", "John Smith", "Anne-Marie O", "艾力·买买提", "J. R. Tolkien", "Zoë" })
	void acceptsNames(String name) {
		assertThat(PersonNameValidator.isValid(name)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " 张三", "张三1", "<script>alert(1)</script>", "Robert'); DROP TABLE member;--",
			"a\"b", "张\n三", "-张三" })
	void refusesOtherNames(String name) {
		assertThat(PersonNameValidator.isValid(name)).isFalse();
	}

	@Test
	void refusesOverlongNames() {
		assertThat(PersonNameValidator.isValid("张".repeat(32))).isTrue();
		assertThat(PersonNameValidator.isValid("张".repeat(33))).as("AiGouBao's String(32)").isFalse();
		assertThat(PersonNameValidator.isValid("a".repeat(100_000))).isFalse();
	}

}

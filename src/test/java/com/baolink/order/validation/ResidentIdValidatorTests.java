package com.baolink.order.validation;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.baolink.order.validation.ResidentIdValidator.Problem;

import static org.assertj.core.api.Assertions.assertThat;

class ResidentIdValidatorTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	@ParameterizedTest
	@ValueSource(strings = { "11010519491231002X", "440304199001011233", "310115200002290013", "320106198506152015",
			"110101198001010010" })
	void acceptsValidIds(String id) {
		assertThat(ResidentIdValidator.problem(id, TODAY)).isEmpty();
		assertThat(ResidentIdValidator.isValid(id, TODAY)).isTrue();
	}

	@Test
	void refusesAWrongCheckCharacter() {
		assertThat(ResidentIdValidator.problem("110105194912310021", TODAY)).contains(Problem.CHECK_CHARACTER);
		assertThat(ResidentIdValidator.problem("440304199001011234", TODAY)).contains(Problem.CHECK_CHARACTER);
		assertThat(ResidentIdValidator.problem("320106198506152010", TODAY)).contains(Problem.CHECK_CHARACTER);
	}

	@Test
	void computesTheIso7064CheckCharacter() {
		assertThat(ResidentIdValidator.checkCharacter("11010519491231002")).isEqualTo('X');
		assertThat(ResidentIdValidator.checkCharacter("44030419900101123")).isEqualTo('3');
		assertThat(ResidentIdValidator.checkCharacter("11010119800101001")).isEqualTo('0');
	}

	@Test
	void acceptsLowercaseXAndNormalisesIt() {
		assertThat(ResidentIdValidator.isValid("11010519491231002x", TODAY)).isTrue();
		assertThat(ResidentIdValidator.normalise("11010519491231002x")).isEqualTo("11010519491231002X");
	}

	@Test
	void refusesImpossibleOrFutureBirthDates() {
		// 1990-02-30 does not exist; 2100-01-01 is in the future; 1899 is too early. Check characters are right.
		assertThat(ResidentIdValidator.problem(withCheck("11010119900230001"), TODAY)).contains(Problem.BIRTH_DATE);
		assertThat(ResidentIdValidator.problem(withCheck("11010121000101001"), TODAY)).contains(Problem.BIRTH_DATE);
		assertThat(ResidentIdValidator.problem(withCheck("11010118991231001"), TODAY)).contains(Problem.BIRTH_DATE);
		assertThat(ResidentIdValidator.problem(withCheck("11010119901301001"), TODAY)).contains(Problem.BIRTH_DATE);
		// 2001 was not a leap year, 2000 was
		assertThat(ResidentIdValidator.problem(withCheck("31011520010229001"), TODAY)).contains(Problem.BIRTH_DATE);
		assertThat(ResidentIdValidator.problem("310115200002290013", TODAY)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "11010519491231002", "11010519491231002XX", "1101051949123100X2",
			"11010519491231002Y", "１１０１０５１９４９１２３１００２Ｘ", "11010519491231002Ｘ", "' OR '1'='1' --",
			"<script>alert(1)</script>", "110105 19491231002X", "+11010519491231002", "-1101051949123100X" })
	void refusesMalformedInput(String id) {
		assertThat(ResidentIdValidator.problem(id, TODAY)).contains(Problem.FORMAT);
	}

	@Test
	void refusesNullAndVeryLongInput() {
		assertThat(ResidentIdValidator.problem(null, TODAY)).contains(Problem.FORMAT);
		assertThat(ResidentIdValidator.problem("1".repeat(100_000), TODAY)).contains(Problem.FORMAT);
	}

	@Test
	void readsBirthDateAndGender() {
		assertThat(ResidentIdValidator.birthDate("11010519491231002X")).isEqualTo(LocalDate.of(1949, 12, 31));
		assertThat(ResidentIdValidator.gender("11010519491231002X")).isEqualTo("F");
		assertThat(ResidentIdValidator.gender("440304199001011233")).isEqualTo("M");
	}

	private static String withCheck(String first17) {
		return first17 + ResidentIdValidator.checkCharacter(first17);
	}

}

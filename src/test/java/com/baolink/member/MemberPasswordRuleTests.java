package com.baolink.member;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.baolink.member.MemberPasswordRule.Problem;

import static org.assertj.core.api.Assertions.assertThat;

class MemberPasswordRuleTests {

	static final String LOGIN = "13912345678";

	@ParameterizedTest
	@ValueSource(strings = { "Tiger-Lantern-Orbit-42", "海上生明月天涯共此时2026", "Maple-Violin-Otter-31",
			"Bamboo-River-Kite-58", "Harbor-Quill-Lantern-73", "xK9#mQ2!vL7$pR4" })
	void acceptsLongUnusualPasswords(String password) {
		assertThat(MemberPasswordRule.problem(password, LOGIN, LOGIN)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			// the weak passwords of the audit
			"password12|TOO_SHORT", "139123456789|CONTAINS_LOGIN", "13912345678a|CONTAINS_LOGIN",
			"'a1        '|WHITESPACE_PADDED", "qwertyuiop1|TOO_SHORT",
			// the same ideas at 12 characters and more
			"password1234|COMMON", "Password2024!|COMMON", "P@ssw0rd2024|COMMON", "qwertyuiop12|COMMON",
			"1qaz2wsx3edc|COMMON", "woaini131452|COMMON", "iloveyou2025|COMMON", "abc123456789|CONTAINS_LOGIN", "Admin1234567|COMMON",
			"my12345678pass|CONTAINS_LOGIN", "'  Tiger-Lantern-Orbit'|WHITESPACE_PADDED",
			"'Tiger-Lantern-Orbit '|WHITESPACE_PADDED", "aaaaaaaaaaaaaaa|WEAK", "abcdefghijklmn|WEAK",
			"111122223333|WEAK", "qazwsxedcrfvtgb|WEAK", "Elephant1234|WEAK", "'correct horse battery staple'|WEAK", "Secret-pass-4242|WEAK", "short|TOO_SHORT", "''|REQUIRED" })
	void refusesWeakPasswordsWithTheReason(String password, Problem problem) {
		assertThat(MemberPasswordRule.problem(password, LOGIN, LOGIN)).hasValue(problem);
	}

	@Test
	void refusesTheLoginOfAStaffAccountInAnyCase() {
		assertThat(MemberPasswordRule.problem("Admin-Zhang-Wei-2026", "zhang-wei", null)).hasValue(Problem.CONTAINS_LOGIN);
	}

	@Test
	void refusesNullAndOverlongPasswords() {
		assertThat(MemberPasswordRule.problem(null, LOGIN, LOGIN)).hasValue(Problem.REQUIRED);
		assertThat(MemberPasswordRule.problem("Tiger-Lantern-".repeat(10), LOGIN, LOGIN)).hasValue(Problem.TOO_LONG);
	}

	@Test
	void countsCharactersNotUtf16Units() {
		// 11 emoji are 22 UTF-16 units but still only 11 characters
		assertThat(MemberPasswordRule.problem("😀🐯🌙🎋🍵🏮🐉🌊🍑🎐🧧", LOGIN, LOGIN)).hasValue(Problem.TOO_SHORT);
	}

}

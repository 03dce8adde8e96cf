package com.baolink.member;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MemberPasswordRuleTests {

	@Test
	void needsTenToOneHundredTwentyEightCharactersWithALetterAndADigit() {
		assertThat(MemberPasswordRule.isAcceptable("abcdefghi1")).isTrue();
		assertThat(MemberPasswordRule.isAcceptable("密码密码密码密码密码9")).isTrue();
		assertThat(MemberPasswordRule.isAcceptable("a1".repeat(64))).isTrue();
		assertThat(MemberPasswordRule.isAcceptable("abcdefgh1")).isFalse();
		assertThat(MemberPasswordRule.isAcceptable("a1".repeat(64) + "x")).isFalse();
		assertThat(MemberPasswordRule.isAcceptable("abcdefghijk")).isFalse();
		assertThat(MemberPasswordRule.isAcceptable("12345678901")).isFalse();
		assertThat(MemberPasswordRule.isAcceptable("abcdefghi１")).isFalse();
		assertThat(MemberPasswordRule.isAcceptable(null)).isFalse();
	}

}

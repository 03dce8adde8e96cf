package com.baolink.member;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OneTimePasswordTests {

	@Test
	void generatedPasswordsPassThePasswordRuleUseNoLookAlikesAndDoNotRepeat() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 50; i++) {
			String password = OneTimePassword.generate("finance");
			assertThat(password).matches("[a-km-zA-HJ-NP-Z2-9]{4}(-[a-km-zA-HJ-NP-Z2-9]{4}){3}");
			assertThat(MemberPasswordRule.problem(password, "finance", null)).isEmpty();
			assertThat(seen.add(password)).isTrue();
		}
	}

}

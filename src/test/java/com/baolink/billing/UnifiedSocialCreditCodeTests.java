package com.baolink.billing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnifiedSocialCreditCodeTests {

	/** Published codes of well-known companies (business licences / credit China) and the brief's example. */
	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y43", "914403001922038216", "91330100716105852F", "9144030071526726XG",
			"91110108551385082Q", "91110000802100433B" })
	void acceptsPublishedCodes(String code) {
		assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y44", "914403001922038217", "91330100716105852E", "9144030071526726XH",
			// wrong length
			"91350100M000100Y4", "91350100M000100Y433", "",
			// letters outside the charset (I, O, S, V, Z) and lower case before normalisation
			"91350100M000100I43", "91350100M000100O43", "91350100M000100S43", "91350100M000100V43",
			"91350100M000100Z43", "91350100m000100y43", "91350100M000100Y4-" })
	void refusesWrongCodes(String code) {
		assertThat(UnifiedSocialCreditCode.isValid(code)).isFalse();
	}

	@Test
	void checkValue31IsZero() {
		// 17 characters whose weighted sum is a multiple of 31 → check value 31 → '0'.
		String body = findBodyWithSumMultipleOf31();
		assertThat(UnifiedSocialCreditCode.isValid(body + "0")).isTrue();
		assertThat(UnifiedSocialCreditCode.isValid(body + "1")).isFalse();
	}

	@Test
	void normalisesCaseAndBlanks() {
		assertThat(UnifiedSocialCreditCode.normalise(" 91350100m000100y43 ")).isEqualTo("91350100M000100Y43");
		assertThat(UnifiedSocialCreditCode.isValid(UnifiedSocialCreditCode.normalise("9144030071526726xg"))).isTrue();
		assertThat(UnifiedSocialCreditCode.isValid(null)).isFalse();
	}

	private static String findBodyWithSumMultipleOf31() {
		for (int last = 0; last < 31; last++) {
			String body = "9111000010000000" + UnifiedSocialCreditCode.CHARSET.charAt(last);
			int sum = 0;
			int weight = 1;
			for (int i = 0; i < 17; i++) {
				sum += UnifiedSocialCreditCode.CHARSET.indexOf(body.charAt(i)) * weight;
				weight = weight * 3 % 31;
			}
			if (sum % 31 == 0) {
				return body;
			}
		}
		throw new IllegalStateException("no body found");
	}

}

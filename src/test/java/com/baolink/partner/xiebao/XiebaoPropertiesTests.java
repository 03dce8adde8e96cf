package com.baolink.partner.xiebao;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class XiebaoPropertiesTests {

	static final jakarta.validation.ValidatorFactory factory = Validation.buildDefaultValidatorFactory();

	final Validator validator = factory.getValidator();

	@AfterAll
	static void close() {
		factory.close();
	}

	@Test
	void anUnconfiguredChannelIsValidAndOff() {
		XiebaoProperties off = new XiebaoProperties("", "", "", "", "");

		assertThat(off.enabled()).isFalse();
		assertThat(this.validator.validate(off)).isEmpty();
		assertThat(this.validator.validate(new XiebaoProperties(null, null, null, null, null))).isEmpty();
	}

	@Test
	void aConfiguredChannelNeedsEveryCredential() {
		assertThat(this.validator.validate(new XiebaoProperties("https://x", "12345", "", "api", "notify"))).isEmpty();
		assertThat(this.validator.validate(new XiebaoProperties("https://x", "12345", "", "api", " "))).hasSize(1);
		assertThat(this.validator.validate(new XiebaoProperties("https://x", "12345", "", "", "notify"))).hasSize(1);
		assertThat(this.validator.validate(new XiebaoProperties("https://x", "", "", "api", "notify"))).hasSize(1);
		assertThat(this.validator.validate(new XiebaoProperties("https://x", "P12", "", "api", "notify"))).hasSize(1);
	}

	@Test
	void secretsStayOutOfToString() {
		assertThat(new XiebaoProperties("https://x", "12345", "", "api-secret", "notify-secret").toString())
			.doesNotContain("api-secret").doesNotContain("notify-secret");
	}

}

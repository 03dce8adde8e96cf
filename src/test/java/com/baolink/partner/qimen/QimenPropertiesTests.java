package com.baolink.partner.qimen;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QimenPropertiesTests {

	@Test
	void offWithoutSecretAndIncompleteWithSecretButNoAppKey() {
		assertThat(new QimenProperties("", "").enabled()).isFalse();
		assertThat(new QimenProperties(null, null).isCompleteWhenEnabled()).isTrue();
		assertThat(new QimenProperties(" ", "s").isCompleteWhenEnabled()).isFalse();
		QimenProperties on = new QimenProperties("12345678", "s3cret");
		assertThat(on.enabled()).isTrue();
		assertThat(on.isCompleteWhenEnabled()).isTrue();
		assertThat(on.toString()).doesNotContain("s3cret");
	}

}

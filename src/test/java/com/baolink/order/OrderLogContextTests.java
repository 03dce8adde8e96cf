package com.baolink.order;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import static org.assertj.core.api.Assertions.assertThat;

class OrderLogContextTests {

	@Test
	void orderIdIsInTheLoggingContextOnlyWhileOpen() {
		try (MDC.MDCCloseable context = OrderLogContext.of(42L)) {
			assertThat(MDC.get(OrderLogContext.KEY)).isEqualTo("42");
		}
		assertThat(MDC.get(OrderLogContext.KEY)).isNull();
	}

}

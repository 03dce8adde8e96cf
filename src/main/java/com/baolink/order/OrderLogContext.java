package com.baolink.order;

import org.slf4j.MDC;

/**
 * Puts the order id into the logging context ({@code orderId}), so every line written while an
 * order is worked on — partner calls included — can be found by it. Structured log formats
 * ({@code logging.structured.format.console=ecs}) carry it as a field; the plain format shows it
 * through {@code logging.pattern.correlation}.
 */
public final class OrderLogContext {

	public static final String KEY = "orderId";

	private OrderLogContext() {
	}

	public static MDC.MDCCloseable of(Long orderId) {
		return MDC.putCloseable(KEY, orderId == null ? "new" : orderId.toString());
	}

}

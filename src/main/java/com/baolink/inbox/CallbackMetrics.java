package com.baolink.inbox;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Counter {@code baolink.callbacks} by source, kind, signature verdict and outcome (accepted,
 * duplicate, malformed, signature_invalid, unavailable when receiving; processed, unmatched,
 * failed, gave_up when processing).
 */
@Component
class CallbackMetrics {

	static final String NAME = "baolink.callbacks";

	private final MeterRegistry registry;

	CallbackMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void count(String source, CallbackKind kind, SignatureVerdict verdict, String outcome) {
		this.registry
			.counter(NAME, "source", source, "kind", kind.name(), "verdict", verdict == null ? "none" : verdict.name(),
					"outcome", outcome)
			.increment();
	}

}

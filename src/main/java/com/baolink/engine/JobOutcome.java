package com.baolink.engine;

import java.time.Instant;

/** How an execution ended when it did not throw. */
public sealed interface JobOutcome {

	/** The work is done; the execution is removed. */
	static JobOutcome done() {
		return Done.INSTANCE;
	}

	/**
	 * Not a failure, but the work is not finished (an invoice not issued yet, the rate budget spent,
	 * a newer hint arrived meanwhile): run again at {@code at}.
	 */
	static JobOutcome again(Instant at) {
		return new Again(at);
	}

	/** Retrying cannot change the answer (a definitive refusal): give up now, kept for staff. */
	static JobOutcome giveUp(String reason) {
		return new GiveUp(reason);
	}

	enum Done implements JobOutcome {
		INSTANCE
	}

	record Again(Instant at) implements JobOutcome {
	}

	record GiveUp(String reason) implements JobOutcome {
	}

}

package com.baolink.infrastructure.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a second start on the same data folder into a short "APPLICATION FAILED TO START" report. */
class EmbeddedDbInUseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDbInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDbInUseException cause) {
		return new FailureAnalysis(cause.getMessage() + ". This instance did not start and did not touch that folder.",
				"Stop the other instance first, or start this one with its own data folder"
						+ " (--baolink.embedded-db.data-dir=...) and its own port (--server.port=...).",
				cause);
	}

}

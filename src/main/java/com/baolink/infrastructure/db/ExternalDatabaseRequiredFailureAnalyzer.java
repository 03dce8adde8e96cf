package com.baolink.infrastructure.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a production jar started without a database into a short "APPLICATION FAILED TO START" report. */
class ExternalDatabaseRequiredFailureAnalyzer extends AbstractFailureAnalyzer<ExternalDatabaseRequiredException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ExternalDatabaseRequiredException cause) {
		return new FailureAnalysis(cause.getMessage() + ".", ExternalDatabaseRequiredException.ACTION, cause);
	}

}

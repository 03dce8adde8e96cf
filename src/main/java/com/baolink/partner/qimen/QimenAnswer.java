package com.baolink.partner.qimen;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The answer to the platform. {@code success} is the string "true" or "false" as the document
 * shows; anything but "true" is a failure.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "success", "errorCode", "errorMessage", "context" })
public record QimenAnswer(String success, String errorCode, String errorMessage, Context context) {

	public static final String SIGN_CHECK_FAILURE = "sign-check-failure";

	public static final String TIMESTAMP_EXPIRED = "timestamp-expired";

	public static final String INVALID_PARAMETER = "invalid-parameter";

	public static final String IDENTIFIER_CONFLICT = "identifier-conflict";

	public static final String REQUEST_TOO_LARGE = "request-too-large";

	/** Our fault (database, rendering): nothing was issued half-way; the platform may retry. */
	public static final String SYSTEM_ERROR = "system-error";

	public static QimenAnswer issued(String policyNo, String policyFileUrl) {
		return new QimenAnswer("true", "SUCCESS", "OK", new Context(policyNo, policyFileUrl));
	}

	public static QimenAnswer failure(String errorCode, String errorMessage) {
		return new QimenAnswer("false", errorCode, errorMessage, null);
	}

	static QimenAnswer illegalRequest() {
		return failure(SIGN_CHECK_FAILURE, "Illegal request");
	}

	@JsonPropertyOrder({ "policyNo", "policyFileUrl" })
	public record Context(String policyNo, String policyFileUrl) {
	}

}

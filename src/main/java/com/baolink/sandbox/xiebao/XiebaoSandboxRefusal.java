package com.baolink.sandbox.xiebao;

import org.springframework.http.HttpStatus;

/** A request the simulated Xiebao refuses; shown as its error page with {@code status}. */
class XiebaoSandboxRefusal extends RuntimeException {

	private final HttpStatus status;

	private final String messageKey;

	XiebaoSandboxRefusal(HttpStatus status, String messageKey) {
		super(messageKey, null, false, false);
		this.status = status;
		this.messageKey = messageKey;
	}

	HttpStatus status() {
		return this.status;
	}

	String messageKey() {
		return this.messageKey;
	}

}

package com.baolink.sandbox.aigoubao;

/** The simulated gateway refuses a request with one of the document's codes (§8). */
class SandboxRefusal extends RuntimeException {

	static final String FAILURE = "9999";

	static final String ORDER_NOT_FOUND = "1000";

	static final String POLICY_NOT_EFFECTIVE = "1001";

	static final String TOO_MANY_REQUESTS = "0002";

	static final String SIGNATURE_ERROR = "2000";

	static final String NOT_ALLOWED = "2008";

	static final String DECRYPTION_FAILED = "2009";

	static final String PRODUCT_NOT_FOUND = "3000";

	static final String SURRENDER_NOT_ALLOWED = "4001";

	static final String TOKEN_INVALID = "5000";

	private final String code;

	SandboxRefusal(String code, String message) {
		super(message, null, false, false);
		this.code = code;
	}

	String code() {
		return this.code;
	}

	static SandboxRefusal orderNotFound() {
		return new SandboxRefusal(ORDER_NOT_FOUND, "订单不存在");
	}

	static SandboxRefusal failure(String message) {
		return new SandboxRefusal(FAILURE, message);
	}

}

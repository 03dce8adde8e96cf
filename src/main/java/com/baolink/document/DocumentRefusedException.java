package com.baolink.document;

/**
 * The portal refused to fetch or keep a partner document (a safety or sanity check failed, or the
 * partner could not be reached). The reason is for the log only; members see a neutral page.
 */
public class DocumentRefusedException extends RuntimeException {

	public enum Reason {

		MALFORMED_URL, SCHEME_NOT_ALLOWED, HOST_NOT_ALLOWED, UNRESOLVABLE_HOST, PRIVATE_ADDRESS, TOO_MANY_REDIRECTS,
		BAD_STATUS, NOT_A_PDF, TOO_LARGE, TIMEOUT, UNREACHABLE

	}

	private final Reason reason;

	public DocumentRefusedException(Reason reason, String detail) {
		super(reason + ": " + detail);
		this.reason = reason;
	}

	public DocumentRefusedException(Reason reason, String detail, Throwable cause) {
		super(reason + ": " + detail, cause);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}

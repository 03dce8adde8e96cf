package com.baolink.document;

/** The partner has not produced the document yet (no URL, HTTP 404/410, or code 1001): try later. */
public class DocumentNotReadyException extends RuntimeException {

	public DocumentNotReadyException(String message) {
		super(message);
	}

}

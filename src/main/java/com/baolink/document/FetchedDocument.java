package com.baolink.document;

/** A PDF fetched from the partner and checked, ready to be stored. */
record FetchedDocument(byte[] content, String contentType) {

	long size() {
		return this.content.length;
	}

}

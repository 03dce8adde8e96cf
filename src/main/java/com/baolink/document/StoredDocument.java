package com.baolink.document;

import java.time.Instant;

/** A document kept by the portal (metadata; the bytes are read chunk by chunk when served). */
public record StoredDocument(long id, long orderId, DocumentKind kind, String policyCode, long size, String sha256,
		String contentType, int chunkCount, Instant fetchedAt) {

	/** Strong ETag: the content hash. */
	public String etag() {
		return "\"" + this.sha256 + "\"";
	}

}

package com.baolink.inbox;

/** What the portal could establish about who sent a callback. */
public enum SignatureVerdict {

	/** Plain body without a signature (also a malformed body): trusted only as a hint to pull. */
	PLAIN_UNVERIFIED,
	SIGNED_VALID,
	SIGNED_INVALID

}

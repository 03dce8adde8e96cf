package com.baolink.catalog;

/** The partner platform an order was bought on, and what it offers after the purchase. */
public enum Channel {

	/** Policy, certificate and invoice files are fetched from AiGouBao and served by the portal. */
	AIGOUBAO(true),
	/** Xiebao serves no files: a policy is opened through Xiebao's signed policy-detail link. */
	XIEBAO(false);

	private final boolean servesPolicyFiles;

	Channel(boolean servesPolicyFiles) {
		this.servesPolicyFiles = servesPolicyFiles;
	}

	/** The portal can download the policy documents (per policy and as one ZIP). */
	public boolean servesPolicyFiles() {
		return this.servesPolicyFiles;
	}

}

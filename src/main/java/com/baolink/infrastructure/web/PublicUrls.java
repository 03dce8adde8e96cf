package com.baolink.infrastructure.web;

import org.springframework.stereotype.Component;

import com.baolink.infrastructure.config.PortalProperties;

/**
 * Absolute URLs of this portal as partners and browsers reach it ({@code baolink.public-base-url};
 * in the sandbox, this server itself). Used for notify URLs and {@code returnPage}.
 */
@Component
public class PublicUrls {

	private final PortalProperties properties;

	private final ServerAddress serverAddress;

	PublicUrls(PortalProperties properties, ServerAddress serverAddress) {
		this.properties = properties;
		this.serverAddress = serverAddress;
	}

	/** {@code path} (starting with "/") under the public base URL. */
	public String absolute(String path) {
		return this.serverAddress.resolve(this.properties.publicBaseUrl()) + path;
	}

}

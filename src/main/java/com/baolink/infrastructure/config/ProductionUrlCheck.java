package com.baolink.infrastructure.config;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;


/**
 * Outside the sandbox every address the portal gives to partners or calls must be absolute: an
 * empty public base URL would send partners notify URLs and {@code returnPage}s pointing at
 * {@code localhost}, a relative gateway would call this server itself. Fails the start instead.
 */
@Component
class ProductionUrlCheck implements InitializingBean {

	private final Environment environment;

	private final PortalProperties portal;

	private final List<ExternalAddresses> externalAddresses;

	ProductionUrlCheck(Environment environment, PortalProperties portal, List<ExternalAddresses> externalAddresses) {
		this.environment = environment;
		this.portal = portal;
		this.externalAddresses = List.copyOf(externalAddresses);
	}

	@Override
	public void afterPropertiesSet() {
		if (this.environment.acceptsProfiles(Profiles.of("sandbox"))) {
			return;
		}
		Map<String, String> urls = new LinkedHashMap<>();
		urls.put("baolink.public-base-url", this.portal.publicBaseUrl());
		this.externalAddresses.forEach(addresses -> urls.putAll(addresses.externalAddresses()));
		urls.forEach((name, url) -> {
			if (!isAbsoluteHttp(url)) {
				throw new IllegalStateException(name + " must be an absolute http(s) URL outside the sandbox, was '"
						+ (url == null ? "" : url) + "'");
			}
		});
	}

	static boolean isAbsoluteHttp(String url) {
		if (url == null || url.isBlank()) {
			return false;
		}
		try {
			URI uri = URI.create(url.strip());
			return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}

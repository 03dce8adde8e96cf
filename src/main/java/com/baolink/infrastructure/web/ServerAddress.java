package com.baolink.infrastructure.web;

import java.net.URI;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Resolves configured URLs that may be relative to this server (the sandbox profile points the
 * partner clients at {@code /sandbox/...} on the portal itself, and the public base URL defaults to
 * this server). Absolute URLs pass through unchanged.
 */
@Component
public class ServerAddress {

	private volatile int port = -1;

	@EventListener
	void onWebServerStarted(WebServerInitializedEvent event) {
		if (event.getApplicationContext().getServerNamespace() == null) {
			this.port = event.getWebServer().getPort();
		}
	}

	/** {@code http://localhost:<port>} of this running server. */
	public String selfBaseUrl() {
		if (this.port < 0) {
			throw new IllegalStateException("The web server has not started yet");
		}
		return "http://localhost:" + this.port;
	}

	/** An absolute URL for {@code url}: kept if absolute, otherwise resolved against this server. */
	public String resolve(String url) {
		if (url == null || url.isBlank()) {
			return selfBaseUrl();
		}
		if (URI.create(url).isAbsolute()) {
			return stripTrailingSlash(url);
		}
		return selfBaseUrl() + (url.startsWith("/") ? "" : "/") + stripTrailingSlash(url);
	}

	private static String stripTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}

package com.baolink.infrastructure.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The port the management server (actuator: metrics, every endpoint) listens on, learnt when it
 * starts ({@code management.server.port}, 0 = random). Requests arriving there are management
 * requests; the portal port never serves those endpoints.
 */
@Component
class ManagementPort implements ApplicationListener<WebServerInitializedEvent> {

	private volatile int port = -1;

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if ("management".equals(event.getApplicationContext().getServerNamespace())) {
			this.port = event.getWebServer().getPort();
		}
	}

	boolean isManagementRequest(HttpServletRequest request) {
		return this.port > 0 && request.getLocalPort() == this.port;
	}

	int port() {
		return this.port;
	}

}

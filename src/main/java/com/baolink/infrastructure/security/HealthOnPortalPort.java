package com.baolink.infrastructure.security;

import java.util.Map;

import org.springframework.boot.actuate.autoconfigure.web.server.ConditionalOnManagementPort;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The health probes stay on the portal port (load balancers and orchestrators probe it) while
 * every other actuator endpoint is on the management port: {@code /actuator/health} and its
 * liveness/readiness groups answer the status only, no details ({@code /livez} and {@code /readyz}
 * are Boot's own additional paths). Only active when the management port is a different one.
 */
@RestController
@ConditionalOnManagementPort(ManagementPortType.DIFFERENT)
class HealthOnPortalPort {

	static final String[] PATHS = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
			"/livez", "/readyz" };

	private final HealthEndpoint health;

	HealthOnPortalPort(HealthEndpoint health) {
		this.health = health;
	}

	@GetMapping("/actuator/health")
	ResponseEntity<Map<String, String>> health() {
		return answer(this.health.health());
	}

	@GetMapping("/actuator/health/liveness")
	ResponseEntity<Map<String, String>> liveness() {
		return answer(this.health.healthForPath("liveness"));
	}

	@GetMapping("/actuator/health/readiness")
	ResponseEntity<Map<String, String>> readiness() {
		return answer(this.health.healthForPath("readiness"));
	}

	private static ResponseEntity<Map<String, String>> answer(HealthDescriptor descriptor) {
		Status status = descriptor == null ? Status.UNKNOWN : descriptor.getStatus();
		return ResponseEntity.status(Status.UP.equals(status) ? 200 : 503).body(Map.of("status", status.getCode()));
	}

}

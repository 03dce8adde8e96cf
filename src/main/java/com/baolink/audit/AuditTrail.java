package com.baolink.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes one audit row per staff action. Who and from where come from the current request and
 * security context; the caller says what, on which subject, and the before/after of the fields that
 * matter (mask personal data with {@code infrastructure/crypto/Masking}; never passwords or hashes).
 * Joins the caller's transaction: when the action rolls back, so does its audit row.
 */
@Service
public class AuditTrail {

	/** Who acts when no one is logged in (a background job): not expected for staff actions. */
	static final String SYSTEM = "system";

	static final int SUMMARY_MAX = 300;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records {@code action} on the subject {@code subjectId} (of {@link AuditAction#subjectType()}).
	 * @param summary a short human text naming the subject (a member's name, a product's name), or null
	 * @param before the relevant fields before the change, or null (created, or nothing changed)
	 * @param after the relevant fields after the change, or null
	 */
	@Transactional
	public void record(AuditAction action, Object subjectId, String summary, Map<String, ?> before,
			Map<String, ?> after) {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(subjectId, "subjectId");
		Actor actor = currentActor();
		this.jdbc.sql("""
				INSERT INTO audit_event (occurred_at, actor_login, actor_name, actor_role, remote_address, action,
				    subject_type, subject_id, summary, before_json, after_json)
				VALUES (:at, :login, :name, :role, :address, :action, :subjectType, :subjectId, :summary, :before, :after)""")
			.param("at", Timestamp.from(this.clock.instant()))
			.param("login", actor.login())
			.param("name", actor.name())
			.param("role", actor.role())
			.param("address", remoteAddress())
			.param("action", action.name())
			.param("subjectType", action.subjectType().name())
			.param("subjectId", truncate(String.valueOf(subjectId), 64))
			.param("summary", summary == null ? null : truncate(summary.strip(), SUMMARY_MAX))
			.param("before", json(before))
			.param("after", json(after))
			.update();
	}

	static String json(Map<String, ?> fields) {
		return fields == null ? null : JSON.writeValueAsString(fields);
	}

	private static Actor currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AuditedActor user) {
			return new Actor(user.getUsername(), truncate(user.displayName(), 100), user.roleCode());
		}
		if (authentication != null && authentication.isAuthenticated() && authentication.getName() != null) {
			return new Actor(truncate(authentication.getName(), 64), truncate(authentication.getName(), 100), "?");
		}
		return new Actor(SYSTEM, SYSTEM, "SYSTEM");
	}

	/** The address the request came from (the proxy's forwarded address when the portal trusts it). */
	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return truncate(request.getRemoteAddr(), 64);
		}
		return null;
	}

	private static String truncate(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

	private record Actor(String login, String name, String role) {
	}

}

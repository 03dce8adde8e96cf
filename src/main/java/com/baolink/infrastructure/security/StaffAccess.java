package com.baolink.infrastructure.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may open which staff URL: the one role matrix of the portal (issue 10). Rules are tried in
 * order, the first that matches decides; whatever is not listed under {@code /admin/**} is ADMIN
 * only, and a channel member (ROLE_MEMBER) reaches none of it.
 *
 * <pre>
 * any staff role   GET /admin, /admin/dashboard/**, /admin/orders/**, /admin/callbacks/**,
 *                  /admin/members/** (except the creation form), /admin/tasks, /admin/audit/**
 * FINANCE, ADMIN   /admin/credit/**, /admin/invoices/**, every GET /admin/**.csv (exports),
 *                  POST /admin/members/{id}/credit-limit
 * ADMIN            /admin/staff/**, every other request under /admin/** (all POSTs: member
 *                  changes, callback replay, run again, products, scene finance, ...)
 * nobody           anything but GET on /admin/audit/** (the audit log cannot be changed)
 * </pre>
 * Outside {@code /admin}: requesting an invoice for an order is for its member, FINANCE and ADMIN;
 * surrendering one for its member and ADMIN (SUPPORT only reads).
 */
final class StaffAccess {

	static final String ADMIN = "ADMIN";

	static final String FINANCE = "FINANCE";

	static final String SUPPORT = "SUPPORT";

	static final String MEMBER = "MEMBER";

	private StaffAccess() {
	}

	/** An export: a GET of a {@code .csv} under {@code /admin/} (PathPattern allows {@code **} only at the end). */
	static final RequestMatcher EXPORTS = (HttpServletRequest request) -> {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return HttpMethod.GET.matches(request.getMethod()) && path.startsWith("/admin/") && path.endsWith(".csv");
	};

	static void rules(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
		auth.requestMatchers("/admin/staff", "/admin/staff/**").hasRole(ADMIN)
			.requestMatchers(EXPORTS).hasAnyRole(FINANCE, ADMIN)
			.requestMatchers("/admin/credit", "/admin/credit/**", "/admin/invoices", "/admin/invoices/**")
			.hasAnyRole(FINANCE, ADMIN)
			.requestMatchers(HttpMethod.POST, "/admin/members/*/credit-limit").hasAnyRole(FINANCE, ADMIN)
			.requestMatchers(HttpMethod.GET, "/admin/members/new").hasRole(ADMIN)
			.requestMatchers(HttpMethod.GET, "/admin", "/admin/dashboard/**", "/admin/orders", "/admin/orders/**",
					"/admin/callbacks", "/admin/callbacks/**", "/admin/members", "/admin/members/**", "/admin/tasks",
					"/admin/audit", "/admin/audit/**")
			.hasAnyRole(ADMIN, FINANCE, SUPPORT)
			.requestMatchers("/admin/audit", "/admin/audit/**").denyAll()
			.requestMatchers("/admin/**").hasRole(ADMIN)
			.requestMatchers(HttpMethod.POST, "/orders/*/invoice").hasAnyRole(MEMBER, FINANCE, ADMIN)
			.requestMatchers("/orders/*/surrender", "/orders/*/surrender/**").hasAnyRole(MEMBER, ADMIN);
	}

}

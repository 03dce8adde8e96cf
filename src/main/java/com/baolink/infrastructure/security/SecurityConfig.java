package com.baolink.infrastructure.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.web.filter.OncePerRequestFilter;

import io.github.wimdeblauwe.htmx.spring.boot.security.HxLocationRedirectAuthenticationEntryPoint;

import com.baolink.infrastructure.security.LoginThrottle.Lock;
import com.baolink.infrastructure.security.LoginThrottle.LoginThrottleProperties;

/**
 * The portal's web security. Anonymous pages never create a (database) session: the CSRF token
 * lives in an HttpOnly cookie ({@code XSRF-TOKEN}, double-submit with the masked token in forms) and
 * the page to return to after login in a cookie too; a session exists only once someone logs in.
 * The management port ({@link ManagementPort}) has its own chain.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginThrottleProperties.class)
class SecurityConfig {

	static final String LOGIN_PAGE = "/login";

	/**
	 * No inline script or style anywhere. Images also from {@code baolink.security.image-sources}
	 * (default {@code 'self' data: https:}): product logos are on the partners' servers.
	 */
	static String contentSecurityPolicy(String imageSources) {
		return "default-src 'self'; script-src 'self'; style-src 'self'; img-src " + imageSources
				+ "; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
	}

	static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
			+ "magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Requests that arrived on the management port (metrics, every actuator endpoint): no login,
	 * no session, no CSRF. That port must only be reachable from the monitoring network (README).
	 */
	@Bean
	@Order(1)
	SecurityFilterChain managementSecurity(HttpSecurity http, ManagementPort managementPort) throws Exception {
		http.securityMatcher(managementPort::isManagementRequest)
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain portalSecurity(HttpSecurity http, LoginThrottle throttle, LoginGate passwordChange,
			@org.springframework.beans.factory.annotation.Value("${baolink.security.image-sources:'self' data: https:}") String imageSources)
			throws Exception {
		CookieRequestCache requestCache = new CookieRequestCache();
		requestCache.setRequestMatcher(SecurityConfig::isPageNavigation);
		var success = Landing.successHandler();
		success.setRequestCache(requestCache);
		CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
		csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
		http.authorizeHttpRequests(auth -> {
			auth.requestMatchers("/login", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico")
				.permitAll()
				.requestMatchers(HealthOnPortalPort.PATHS).permitAll()
				.requestMatchers("/callbacks/**", "/sandbox/**", "/qimen/**").permitAll()
				.requestMatchers("/s/**").permitAll(); // end customers through share links (token-checked; CSRF stays on)
			StaffAccess.rules(auth); // the role matrix of /admin/** and staff actions on orders
			auth.anyRequest().authenticated();
		})
			// Partners authenticate by signature (or the portal pulls after a hint); the sandbox
			// stands in for the partners' own servers, which have no portal session. /qimen/** is the
			// scene-finance platform (signed) and its e-policy links (unguessable tokens).
			.csrf(csrf -> csrf.ignoringRequestMatchers("/callbacks/**", "/sandbox/**", "/qimen/**")
				.csrfTokenRepository(csrfTokens)
				.csrfTokenRequestHandler(new TamperTolerantCsrfTokenRequestHandler()))
			.requestCache(cache -> cache.requestCache(requestCache))
			.formLogin(form -> form.loginPage(LOGIN_PAGE)
				.usernameParameter("username")
				.passwordParameter("password")
				.successHandler((request, response, authentication) -> {
					throttle.recordSuccess(authentication.getName());
					if (passwordChange.onLogin(request, authentication)) {
						requestCache.removeRequest(request, response);
						response.sendRedirect(request.getContextPath() + passwordChange.path());
						return;
					}
					success.onAuthenticationSuccess(request, response, authentication);
				})
				.failureHandler((request, response, exception) -> {
					Optional<Lock> lock = throttle.recordFailure(request.getParameter("username"), request.getRemoteAddr());
					response.sendRedirect(request.getContextPath() + LOGIN_PAGE + lock.map(SecurityConfig::query).orElse("?error"));
				})
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl(LOGIN_PAGE + "?logout").permitAll())
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.exceptionHandling(ex -> ex.authenticationEntryPoint(new HxLocationRedirectAuthenticationEntryPoint(LOGIN_PAGE))
				.accessDeniedHandler(new CsrfAwareAccessDeniedHandler()))
			.headers(headers -> headers.frameOptions(frame -> frame.deny())
				.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(imageSources)))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)))
			.addFilterBefore(new LockedLoginFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(passwordChange.filter(), org.springframework.security.web.access.intercept.AuthorizationFilter.class);
		return http.build();
	}

	/** A browser navigating to a page (worth coming back to after login). */
	private static boolean isPageNavigation(HttpServletRequest request) {
		return HttpMethod.GET.matches(request.getMethod()) && request.getHeader("HX-Request") == null
				&& !request.getRequestURI().endsWith("/favicon.ico");
	}

	static String query(Lock lock) {
		return lock == Lock.ACCOUNT ? "?locked" : "?blocked";
	}

	/** Refuses a login attempt for a locked account or address before the password is even checked. */
	static final class LockedLoginFilter extends OncePerRequestFilter {

		private final LoginThrottle throttle;

		LockedLoginFilter(LoginThrottle throttle) {
			this.throttle = throttle;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (HttpMethod.POST.matches(request.getMethod()) && LOGIN_PAGE.equals(request.getServletPath())) {
				Optional<Lock> lock = this.throttle.lockOf(request.getParameter("username"), request.getRemoteAddr());
				if (lock.isPresent()) {
					if (lock.get() == Lock.ACCOUNT) {
						// counted on the address too: guessing while an account is locked still costs the address
						this.throttle.recordAddressFailure(request.getRemoteAddr());
					}
					response.sendRedirect(request.getContextPath() + LOGIN_PAGE + query(lock.get()));
					return;
				}
			}
			chain.doFilter(request, response);
		}

	}

	/**
	 * A missing, wrong or tampered CSRF token: 403 with the portal's error page (saying the form
	 * expired); an htmx request gets 403 with {@code HX-Refresh} so the page reloads with a fresh token.
	 */
	static final class CsrfAwareAccessDeniedHandler extends AccessDeniedHandlerImpl {

		static final String CSRF_REJECTED = "csrfRejected";

		@Override
		public void handle(HttpServletRequest request, HttpServletResponse response,
				org.springframework.security.access.AccessDeniedException denied) throws IOException, ServletException {
			if (denied instanceof CsrfException) {
				if ("true".equals(request.getHeader("HX-Request"))) {
					response.setStatus(HttpServletResponse.SC_FORBIDDEN);
					response.setHeader("HX-Refresh", "true");
					response.setContentType("text/plain;charset=UTF-8");
					response.getWriter().write("CSRF token missing or invalid");
					return;
				}
				request.setAttribute(CSRF_REJECTED, Boolean.TRUE);
			}
			super.handle(request, response, denied);
		}

	}

}

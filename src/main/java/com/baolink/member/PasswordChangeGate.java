package com.baolink.member;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.baolink.infrastructure.security.LoginGate;

/**
 * Staff-set passwords are temporary: an account flagged {@code must_change_password} is sent to
 * {@value #PATH} right after login and cannot open any other page until it has chosen its own
 * password. The flag is read once at login and kept in the session, so ordinary requests cost no
 * query. Not a servlet filter bean itself: {@link #filter()} is added to the security chain.
 */
@Component
public class PasswordChangeGate implements LoginGate {

	public static final String PATH = "/account/password";

	static final String SESSION_FLAG = "baolink.mustChangePassword";

	private final JdbcClient jdbc;

	PasswordChangeGate(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Called on a successful login; true when the account must change its password first. */
	@Override
	public boolean onLogin(HttpServletRequest request, Authentication authentication) {
		boolean must = Boolean.TRUE.equals(this.jdbc.sql("SELECT must_change_password FROM member WHERE login = :login")
			.param("login", authentication.getName())
			.query(Boolean.class)
			.optional()
			.orElse(false));
		if (must) {
			request.getSession().setAttribute(SESSION_FLAG, Boolean.TRUE);
		}
		return must;
	}

	/** Sets or clears the flag; staff setting a password sets it. */
	void require(long memberId, boolean required) {
		this.jdbc.sql("UPDATE member SET must_change_password = :required WHERE id = :id")
			.param("required", required)
			.param("id", memberId)
			.update();
	}

	static void satisfied(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(SESSION_FLAG);
		}
	}

	@Override
	public String path() {
		return PATH;
	}

	@Override
	public OncePerRequestFilter filter() {
		return new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				HttpSession session = request.getSession(false);
				if (session != null && Boolean.TRUE.equals(session.getAttribute(SESSION_FLAG)) && !isAllowed(request)) {
					String target = request.getContextPath() + PATH;
					if ("true".equals(request.getHeader("HX-Request"))) {
						response.setHeader("HX-Redirect", target);
						response.setStatus(HttpServletResponse.SC_FORBIDDEN);
						return;
					}
					response.sendRedirect(target);
					return;
				}
				chain.doFilter(request, response);
			}

		};
	}

	private static boolean isAllowed(HttpServletRequest request) {
		String path = request.getServletPath();
		return path.equals(PATH) || path.equals("/logout") || path.equals("/login") || path.equals("/error")
				|| path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
				|| path.startsWith("/img/") || path.equals("/favicon.ico");
	}

}

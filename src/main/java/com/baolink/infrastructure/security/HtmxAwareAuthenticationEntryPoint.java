package com.baolink.infrastructure.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * An expired session must not swap the login page into an htmx fragment: htmx requests get 401
 * with {@code HX-Redirect} so the whole page goes to the login form.
 */
class HtmxAwareAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final LoginUrlAuthenticationEntryPoint delegate;

	private final String loginPage;

	HtmxAwareAuthenticationEntryPoint(String loginPage) {
		this.delegate = new LoginUrlAuthenticationEntryPoint(loginPage);
		this.loginPage = loginPage;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException, jakarta.servlet.ServletException {
		if ("true".equals(request.getHeader("HX-Request"))) {
			response.setHeader("HX-Redirect", request.getContextPath() + this.loginPage);
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		this.delegate.commence(request, response, authException);
	}

}

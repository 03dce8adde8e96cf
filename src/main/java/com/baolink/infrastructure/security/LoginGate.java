package com.baolink.infrastructure.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A step an account must take right after login before it may open any other page (the member
 * module's password change). The security chain calls {@link #onLogin} on a successful login and
 * adds {@link #filter()} after authorization; infrastructure knows no feature module.
 */
public interface LoginGate {

	/** Called on a successful login; true when the account must first go to {@link #path()}. */
	boolean onLogin(HttpServletRequest request, Authentication authentication);

	/** Where the account is sent while the gate is closed. */
	String path();

	/** Keeps every other page closed while the gate is. */
	OncePerRequestFilter filter();

}

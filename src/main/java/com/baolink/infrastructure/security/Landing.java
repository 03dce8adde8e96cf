package com.baolink.infrastructure.security;

import java.util.Collection;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Where an account lands after login when no saved request (a deep link) says otherwise: staff
 * on the dashboard ({@value #STAFF_HOME}), members on the catalogue ({@value #MEMBER_HOME}).
 * "Staff" is any role other than {@code ROLE_MEMBER} (ADMIN, FINANCE, SUPPORT);
 * authorities that are not roles (Spring Security's {@code FACTOR_*} marks) do not count.
 */
public final class Landing {

	public static final String STAFF_HOME = "/admin";

	public static final String MEMBER_HOME = "/catalog";

	private static final String ROLE_PREFIX = "ROLE_";

	private static final String MEMBER_ROLE = "ROLE_MEMBER";

	private Landing() {
	}

	public static boolean isStaff(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated() && isStaff(authentication.getAuthorities());
	}

	public static boolean isStaff(Collection<? extends GrantedAuthority> authorities) {
		return authorities.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(role -> role != null && role.startsWith(ROLE_PREFIX) && !role.equals(MEMBER_ROLE));
	}

	/** The home of this account. */
	public static String home(Authentication authentication) {
		return isStaff(authentication) ? STAFF_HOME : MEMBER_HOME;
	}

	/** The login success handler: the saved request wins, else the account's home. */
	static SavedRequestAwareAuthenticationSuccessHandler successHandler() {
		return new SavedRequestAwareAuthenticationSuccessHandler() {
			@Override
			protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) {
				return home(authentication);
			}
		};
	}

}

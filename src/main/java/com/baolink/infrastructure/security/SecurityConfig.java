package com.baolink.infrastructure.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	static final String LOGIN_PAGE = "/login";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SecurityFilterChain portalSecurity(HttpSecurity http, LoginThrottle throttle) throws Exception {
		var success = new SavedRequestAwareAuthenticationSuccessHandler();
		success.setDefaultTargetUrl("/");
		http.authorizeHttpRequests(auth -> auth
			.requestMatchers("/login", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico")
			.permitAll()
			.requestMatchers("/actuator/health/**", "/actuator/prometheus").permitAll()
			.requestMatchers("/callbacks/**", "/sandbox/**", "/qimen/**").permitAll()
			.requestMatchers("/s/**").permitAll() // end customers through share links (token-checked; CSRF stays on)
			.requestMatchers("/admin/**").hasRole("ADMIN")
			.anyRequest().authenticated())
			// Partners authenticate by signature (or the portal pulls after a hint); the sandbox
			// stands in for the partners' own servers, which have no portal session. /qimen/** is the
			// scene-finance platform (signed) and its e-policy links (unguessable tokens).
			.csrf(csrf -> csrf.ignoringRequestMatchers("/callbacks/**", "/sandbox/**", "/qimen/**"))
			.formLogin(form -> form.loginPage(LOGIN_PAGE)
				.usernameParameter("username")
				.passwordParameter("password")
				.successHandler((request, response, authentication) -> {
					throttle.recordSuccess(authentication.getName(), request.getRemoteAddr());
					success.onAuthenticationSuccess(request, response, authentication);
				})
				.failureHandler((request, response, exception) -> {
					boolean locked = throttle.recordFailure(request.getParameter("username"), request.getRemoteAddr());
					response.sendRedirect(request.getContextPath() + LOGIN_PAGE + (locked ? "?locked" : "?error"));
				})
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl(LOGIN_PAGE + "?logout").permitAll())
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.exceptionHandling(ex -> ex.authenticationEntryPoint(new HtmxAwareAuthenticationEntryPoint(LOGIN_PAGE)))
			.headers(headers -> headers.frameOptions(frame -> frame.deny()))
			.addFilterBefore(new LockedLoginFilter(throttle), UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	/** Refuses a login attempt for a locked account+address before the password is even checked. */
	static final class LockedLoginFilter extends OncePerRequestFilter {

		private final LoginThrottle throttle;

		LockedLoginFilter(LoginThrottle throttle) {
			this.throttle = throttle;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (HttpMethod.POST.matches(request.getMethod()) && LOGIN_PAGE.equals(request.getServletPath())
					&& this.throttle.isLocked(request.getParameter("username"), request.getRemoteAddr())) {
				response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?locked");
				return;
			}
			chain.doFilter(request, response);
		}

	}

}

package com.baolink.catalog;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A picture upload larger than the servlet's multipart limit would fail while the CSRF filter
 * reads the request's parameters (an error page): such a request is answered first, before
 * security, with a redirect back to the product form showing the "too large" message. Its body is
 * never read. (The product form itself is only shown to staff.)
 */
@Component
class PictureUploadSizeFilter extends OncePerRequestFilter {

	private static final Pattern PICTURE_PATH = Pattern.compile("/admin/products/(\\d{1,18})/picture");

	private final long maxRequestBytes;

	PictureUploadSizeFilter(MultipartProperties multipart) {
		this.maxRequestBytes = multipart.getMaxRequestSize().toBytes();
	}

	@Bean
	static FilterRegistrationBean<PictureUploadSizeFilter> pictureUploadSizeFilterRegistration(
			PictureUploadSizeFilter filter) {
		FilterRegistrationBean<PictureUploadSizeFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
		registration.addUrlPatterns("/admin/products/*");
		return registration;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Matcher matcher = PICTURE_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		if ("POST".equals(request.getMethod()) && matcher.matches() && request.getContentLengthLong() > this.maxRequestBytes) {
			response.setHeader("Connection", "close");
			response.sendRedirect(request.getContextPath() + "/admin/products/" + matcher.group(1) + "?pictureTooLarge");
			return;
		}
		chain.doFilter(request, response);
	}

}

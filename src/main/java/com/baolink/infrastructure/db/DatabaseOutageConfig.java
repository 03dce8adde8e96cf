package com.baolink.infrastructure.db;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * How the portal behaves while its database is unreachable (embedded server restarting, external
 * server down): connection requests fail fast ({@link DatabaseOutageGuard} around the pool), and a
 * page request that failed for that reason is answered 503 with a plain error page, rendered
 * outside the session (which is stored in that database), instead of Tomcat's bare 500 after
 * several waits. Partner callbacks keep their own 503 answers.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseOutageConfig {

	@Bean
	static BeanPostProcessor databaseOutageGuardPostProcessor() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if ("dataSource".equals(beanName) && bean instanceof DataSource pool && !(bean instanceof DatabaseOutageGuard)) {
					return new DatabaseOutageGuard(pool);
				}
				return bean;
			}
		};
	}

	@Bean
	FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(ObjectProvider<ITemplateEngine> templates,
			ObjectProvider<LocaleResolver> locales) {
		FilterRegistrationBean<DatabaseUnavailableFilter> registration = new FilterRegistrationBean<>(
				new DatabaseUnavailableFilter(templates, locales));
		// Outside the session filter, so that the session's own failures land here too.
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 10);
		return registration;
	}

	static final class DatabaseUnavailableFilter extends OncePerRequestFilter {

		private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

		private final ObjectProvider<ITemplateEngine> templates;

		private final ObjectProvider<LocaleResolver> locales;

		DatabaseUnavailableFilter(ObjectProvider<ITemplateEngine> templates, ObjectProvider<LocaleResolver> locales) {
			this.templates = templates;
			this.locales = locales;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			try {
				chain.doFilter(request, response);
			}
			catch (ServletException | IOException | RuntimeException ex) {
				if (!isDatabaseUnavailable(ex) || response.isCommitted()) {
					throw ex;
				}
				log.warn("{} {} answered 503: the database is unreachable ({})", request.getMethod(), request.getRequestURI(),
						rootMessage(ex));
				response.reset();
				response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
				response.setHeader("Retry-After", "5");
				response.setHeader("Cache-Control", "no-store");
				response.setContentType("text/html;charset=UTF-8");
				response.getWriter().write(page(request, response));
			}
		}

		private String page(HttpServletRequest request, HttpServletResponse response) {
			ITemplateEngine engine = this.templates.getIfAvailable();
			if (engine != null) {
				try {
					LocaleResolver resolver = this.locales.getIfAvailable();
					Locale locale = resolver != null ? resolver.resolveLocale(request) : Locale.SIMPLIFIED_CHINESE;
					WebContext context = new WebContext(JakartaServletWebApplication
						.buildApplication(request.getServletContext())
						.buildExchange(request, response), locale);
					return engine.process("error/db-unavailable", context);
				}
				catch (RuntimeException ex) {
					log.debug("Could not render the error page", ex);
				}
			}
			return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>服务暂时不可用</title></head>"
					+ "<body><h1>服务暂时不可用</h1><p>请稍后再试。 Service temporarily unavailable, please try again later.</p></body></html>";
		}

		static boolean isDatabaseUnavailable(Throwable ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
				if (cause instanceof CannotGetJdbcConnectionException || cause instanceof SQLTransientConnectionException) {
					return true;
				}
				if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
					return true;
				}
			}
			return false;
		}

		private static String rootMessage(Throwable ex) {
			Throwable root = ex;
			while (root.getCause() != null && root.getCause() != root) {
				root = root.getCause();
			}
			return root.getClass().getSimpleName() + ": " + root.getMessage();
		}

	}

}

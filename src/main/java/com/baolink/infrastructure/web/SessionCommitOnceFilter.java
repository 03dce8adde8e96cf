package com.baolink.infrastructure.web;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One session read per request. Spring Session saves the session when the response is committed
 * — a view flushing its writer at the end of rendering, or a redirect — and then once more when
 * its filter finishes; that second save has forgotten the requested session and reads it from the
 * database again (two {@code SELECT … FROM SPRING_SESSION} per page). Just inside Spring Session's
 * filter, this keeps the response from committing early: explicit flushes are held back (the
 * container still sends a full buffer, 64 KB here) and a redirect is a 302 with a Location header
 * rather than a committing {@code sendRedirect}. The session is then saved once, by the filter.
 */
@Component
class SessionCommitOnceFilter extends OncePerRequestFilter implements Ordered {

	static final int BUFFER_BYTES = 64 * 1024;

	@Override
	public int getOrder() {
		return SessionRepositoryFilter.DEFAULT_ORDER + 1;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!response.isCommitted() && response.getBufferSize() < BUFFER_BYTES) {
			response.setBufferSize(BUFFER_BYTES);
		}
		chain.doFilter(request, new DeferredCommitResponse(request, response));
	}

	/** Flushes are held back until the request is done; a redirect does not commit. */
	static final class DeferredCommitResponse extends HttpServletResponseWrapper {

		private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

		private final HttpServletRequest request;

		private PrintWriter writer;

		private ServletOutputStream stream;

		DeferredCommitResponse(HttpServletRequest request, HttpServletResponse response) {
			super(response);
			this.request = request;
		}

		@Override
		public void flushBuffer() {
			// held back: the container flushes when the request is done
		}

		@Override
		public void sendRedirect(String location) throws IOException {
			sendRedirect(location, HttpStatus.FOUND.value(), true);
		}

		@Override
		public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
			String absolute = isCommitted() ? null : absolute(encodeRedirectURL(location));
			if (absolute == null) {
				super.sendRedirect(location, sc, clearBuffer);
				return;
			}
			if (clearBuffer) {
				resetBuffer();
			}
			setStatus(sc);
			setHeader(HttpHeaders.LOCATION, absolute);
		}

		/**
		 * As the container writes it: an absolute URL or a path from the root stays as given (Tomcat
		 * sends relative redirects too), anything else is resolved against this request; null when it
		 * cannot be.
		 */
		private String absolute(String location) {
			if (SCHEME.matcher(location).find() || (location.startsWith("/") && !location.startsWith("//"))) {
				return location;
			}
			try {
				return java.net.URI.create(this.request.getRequestURL().toString()).resolve(location).toString();
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			if (this.writer == null) {
				this.writer = new PrintWriter(new FilterWriter(super.getWriter()) {
					@Override
					public void flush() {
						// held back
					}
				}, false);
			}
			return this.writer;
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			if (this.stream == null) {
				ServletOutputStream target = super.getOutputStream();
				this.stream = new ServletOutputStream() {
					@Override
					public void write(int b) throws IOException {
						target.write(b);
					}

					@Override
					public void write(byte[] b, int off, int len) throws IOException {
						target.write(b, off, len);
					}

					@Override
					public void flush() {
						// held back
					}

					@Override
					public void close() throws IOException {
						target.close();
					}

					@Override
					public boolean isReady() {
						return target.isReady();
					}

					@Override
					public void setWriteListener(WriteListener listener) {
						target.setWriteListener(listener);
					}
				};
			}
			return this.stream;
		}

	}

}

package com.baolink.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.baolink.document.DocumentRefusedException.Reason;

/**
 * Fetches one partner document over http(s), trusting nothing the other side says: every URL and
 * every redirect hop (at most {@value #MAX_REDIRECTS}, followed by hand) passes the
 * {@link FetchTargetGuard}; the size cap is enforced while reading (Content-Length is only a hint);
 * connect, per-read and total timeouts apply; the body must be declared as a PDF (or a generic
 * binary) AND start with {@code %PDF-}. A 404/410, or a JSON answer with code 1001, means "not
 * ready yet". The connection goes to the very addresses the guard checked (no second DNS lookup)
 * and no system proxy is used, so the address checks hold for the actual connection.
 */
@Component
public class DocumentFetcher {

	static final int MAX_REDIRECTS = 3;

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final Set<String> ACCEPTED_TYPES = Set.of("application/pdf", "application/x-pdf",
			"application/octet-stream", "binary/octet-stream", "application/force-download", "application/download");

	private static final Pattern NOT_READY_CODE = Pattern.compile("\"(code|resultCode)\"\\s*:\\s*\"?1001\"?");

	private final DocumentProperties properties;

	private final FetchTargetGuard guard;

	@Autowired
	public DocumentFetcher(DocumentProperties properties) {
		this(properties, FetchTargetGuard.HostResolver.SYSTEM);
	}

	DocumentFetcher(DocumentProperties properties, FetchTargetGuard.HostResolver resolver) {
		this.properties = properties;
		this.guard = new FetchTargetGuard(properties, resolver);
	}

	/** The checked PDF at {@code url}; {@link DocumentNotReadyException} or {@link DocumentRefusedException} otherwise. */
	public FetchedDocument fetch(String url) {
		long deadline = System.nanoTime() + this.properties.totalTimeout().toNanos();
		FetchTargetGuard.Target target = this.guard.check(url);
		for (int redirects = 0;; redirects++) {
			try (CloseableHttpClient client = pinnedClient(target);
					ClassicHttpResponse response = execute(client, target)) {
				int status = response.getCode();
				if (isRedirect(status)) {
					if (redirects == MAX_REDIRECTS) {
						throw new DocumentRefusedException(Reason.TOO_MANY_REDIRECTS, "more than " + MAX_REDIRECTS);
					}
					Header location = response.getFirstHeader("Location");
					target = this.guard.checkRedirect(target.uri(), location == null ? null : location.getValue());
					continue;
				}
				return readDocument(response, status, target.uri(), deadline);
			}
			catch (IOException ex) {
				throw failure(ex, target.uri());
			}
		}
	}

	/**
	 * A client for one hop whose only "DNS" is the guard's answer: it connects to the vetted
	 * addresses of the checked host and cannot resolve any other name. TLS still verifies the
	 * certificate against the host name (and sends it as SNI). No proxy, no retries, no
	 * redirects (followed by hand), no cookies, no transparent decompression.
	 */
	private CloseableHttpClient pinnedClient(FetchTargetGuard.Target target) {
		InetAddress[] vetted = target.addresses().toArray(InetAddress[]::new);
		DnsResolver pinned = new DnsResolver() {

			@Override
			public InetAddress[] resolve(String host) throws UnknownHostException {
				if (FetchTargetGuard.normalise(host).equals(target.host())) {
					return vetted.clone();
				}
				throw new UnknownHostException(host + " was not checked");
			}

			@Override
			public String resolveCanonicalHostname(String host) throws UnknownHostException {
				resolve(host);
				return host;
			}

		};
		ConnectionConfig connection = ConnectionConfig.custom()
			.setConnectTimeout(Timeout.ofMilliseconds(millis(this.properties.connectTimeout().toMillis())))
			.setSocketTimeout(Timeout.ofMilliseconds(millis(this.properties.readTimeout().toMillis())))
			.build();
		PoolingHttpClientConnectionManager manager = PoolingHttpClientConnectionManagerBuilder.create()
			.setDnsResolver(pinned)
			.setDefaultConnectionConfig(connection)
			.build();
		return HttpClients.custom()
			.setConnectionManager(manager)
			.disableRedirectHandling()
			.disableAutomaticRetries()
			.disableCookieManagement()
			.disableContentCompression()
			.disableAuthCaching()
			.setDefaultRequestConfig(RequestConfig.custom()
				.setResponseTimeout(Timeout.ofMilliseconds(millis(this.properties.readTimeout().toMillis())))
				.build())
			.build();
	}

	private static ClassicHttpResponse execute(CloseableHttpClient client, FetchTargetGuard.Target target)
			throws IOException {
		HttpGet get = new HttpGet(target.uri());
		get.setHeader("Accept", "application/pdf, application/octet-stream;q=0.5");
		get.setHeader("User-Agent", "Baolink-Documents/1");
		try {
			return client.executeOpen(null, get, null);
		}
		catch (IllegalArgumentException ex) {
			throw new DocumentRefusedException(Reason.MALFORMED_URL, "cannot open " + target.host(), ex);
		}
	}

	private FetchedDocument readDocument(ClassicHttpResponse response, int status, URI target, long deadline)
			throws IOException {
		if (status == 404 || status == 410) {
			throw new DocumentNotReadyException("HTTP " + status + " from " + target.getHost());
		}
		if (status != 200) {
			throw new DocumentRefusedException(Reason.BAD_STATUS, "HTTP " + status + " from " + target.getHost());
		}
		long max = this.properties.maxSize().toBytes();
		HttpEntity entity = response.getEntity();
		if (entity == null) {
			throw new DocumentRefusedException(Reason.NOT_A_PDF, "empty answer from " + target.getHost());
		}
		if (entity.getContentLength() > max) {
			throw new DocumentRefusedException(Reason.TOO_LARGE, "declared " + entity.getContentLength());
		}
		byte[] body;
		try (InputStream in = entity.getContent()) {
			body = readCapped(in, max, deadline);
		}
		String contentType = mediaType(entity.getContentType());
		if (startsWithPdfMagic(body) && ACCEPTED_TYPES.contains(contentType)) {
			return new FetchedDocument(body, "application/pdf");
		}
		if (NOT_READY_CODE.matcher(new String(body, 0, Math.min(body.length, 2048), StandardCharsets.UTF_8)).find()) {
			throw new DocumentNotReadyException("partner code 1001 from " + target.getHost());
		}
		throw new DocumentRefusedException(Reason.NOT_A_PDF, "content type '" + contentType + "' from " + target.getHost());
	}

	private static byte[] readCapped(InputStream in, long max, long deadline) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[16 * 1024];
		long total = 0;
		int read;
		while ((read = in.read(buffer)) != -1) {
			total += read;
			if (total > max) {
				throw new DocumentRefusedException(Reason.TOO_LARGE, "more than " + max + " bytes");
			}
			if (System.nanoTime() - deadline > 0) {
				throw new DocumentRefusedException(Reason.TIMEOUT, "total time exceeded");
			}
			out.write(buffer, 0, read);
		}
		return out.toByteArray();
	}

	private static DocumentRefusedException failure(IOException ex, URI target) {
		if (ex instanceof SocketTimeoutException || ex instanceof ConnectTimeoutException) {
			return new DocumentRefusedException(Reason.TIMEOUT, "from " + target.getHost(), ex);
		}
		if (ex instanceof UnknownHostException) {
			return new DocumentRefusedException(Reason.UNRESOLVABLE_HOST, "host " + target.getHost(), ex);
		}
		if (ex instanceof ConnectException || ex instanceof NoRouteToHostException) {
			return new DocumentRefusedException(Reason.UNREACHABLE, "host " + target.getHost(), ex);
		}
		return new DocumentRefusedException(Reason.UNREACHABLE, ex.getClass().getSimpleName() + " from " + target.getHost(), ex);
	}

	private static boolean isRedirect(int status) {
		return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
	}

	private static boolean startsWithPdfMagic(byte[] body) {
		if (body.length < PDF_MAGIC.length) {
			return false;
		}
		for (int i = 0; i < PDF_MAGIC.length; i++) {
			if (body[i] != PDF_MAGIC[i]) {
				return false;
			}
		}
		return true;
	}

	private static String mediaType(String header) {
		if (header == null) {
			return "";
		}
		int semicolon = header.indexOf(';');
		return (semicolon < 0 ? header : header.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
	}

	private static int millis(long value) {
		return (int) Math.min(Integer.MAX_VALUE, Math.max(1, value));
	}

}

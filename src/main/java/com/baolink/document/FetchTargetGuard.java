package com.baolink.document;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

import com.baolink.document.DocumentRefusedException.Reason;

/**
 * Decides whether a URL may be fetched, before any connection: http(s) only, no user info, the host
 * on the allow-list, and (unless private addresses are allowed) every address the host resolves to
 * public. The JDK caches the lookup (30 s by default), so the connection made right after uses the
 * addresses checked here.
 */
class FetchTargetGuard {

	private final List<String> allowedHosts;

	private final boolean allowPrivateAddresses;

	private final HostResolver resolver;

	FetchTargetGuard(DocumentProperties properties, HostResolver resolver) {
		this.allowedHosts = properties.allowedHosts().stream().map(FetchTargetGuard::normalise).toList();
		this.allowPrivateAddresses = properties.allowPrivateAddresses();
		this.resolver = resolver;
	}

	/** The URL to connect to; protocol-relative {@code //host/x} is taken as https. */
	URI check(String url) {
		URI uri = parse(url);
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new DocumentRefusedException(Reason.SCHEME_NOT_ALLOWED, "scheme '" + scheme + "'");
		}
		if (uri.getRawUserInfo() != null) {
			throw new DocumentRefusedException(Reason.MALFORMED_URL, "user info in URL");
		}
		String host = uri.getHost() == null ? null : normalise(uri.getHost());
		if (host == null || host.isEmpty()) {
			throw new DocumentRefusedException(Reason.MALFORMED_URL, "no host");
		}
		if (!isAllowed(host)) {
			throw new DocumentRefusedException(Reason.HOST_NOT_ALLOWED, "host " + host);
		}
		if (!this.allowPrivateAddresses) {
			refusePrivate(host);
		}
		return uri;
	}

	/** Resolves {@code location} (absolute or relative) against {@code base} and checks it. */
	URI checkRedirect(URI base, String location) {
		if (location == null || location.isBlank()) {
			throw new DocumentRefusedException(Reason.BAD_STATUS, "redirect without Location");
		}
		String target = location.strip();
		if (!target.startsWith("//")) {
			try {
				target = base.resolve(new URI(target)).toString();
			}
			catch (URISyntaxException | IllegalArgumentException ex) {
				throw new DocumentRefusedException(Reason.MALFORMED_URL, "bad redirect location");
			}
		}
		return check(target);
	}

	private static URI parse(String url) {
		if (url == null || url.isBlank()) {
			throw new DocumentRefusedException(Reason.MALFORMED_URL, "empty URL");
		}
		String text = url.strip();
		if (text.startsWith("//")) {
			text = "https:" + text;
		}
		try {
			return new URI(text).normalize();
		}
		catch (URISyntaxException ex) {
			throw new DocumentRefusedException(Reason.MALFORMED_URL, "unparseable URL");
		}
	}

	private boolean isAllowed(String host) {
		for (String allowed : this.allowedHosts) {
			if (allowed.startsWith("*.") ? host.endsWith(allowed.substring(1)) : host.equals(allowed)) {
				return true;
			}
		}
		return false;
	}

	private void refusePrivate(String host) {
		InetAddress[] addresses;
		try {
			addresses = this.resolver.resolve(host);
		}
		catch (UnknownHostException ex) {
			throw new DocumentRefusedException(Reason.UNRESOLVABLE_HOST, "host " + host);
		}
		for (InetAddress address : addresses) {
			if (isPrivate(address)) {
				throw new DocumentRefusedException(Reason.PRIVATE_ADDRESS,
						"host " + host + " resolves to " + address.getHostAddress());
			}
		}
	}

	static boolean isPrivate(InetAddress address) {
		if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
				|| address.isAnyLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = bytes[0] & 0xff;
			int second = bytes[1] & 0xff;
			// 0.0.0.0/8 "this network", 100.64.0.0/10 carrier-grade NAT, 198.18.0.0/15 benchmarking
			return first == 0 || (first == 100 && second >= 64 && second <= 127) || (first == 198 && (second & 0xfe) == 18);
		}
		if (address instanceof Inet6Address) {
			// fc00::/7 unique local addresses (isSiteLocalAddress only knows the old fec0::/10)
			return (bytes[0] & 0xfe) == 0xfc;
		}
		return false;
	}

	private static String normalise(String host) {
		String value = host.toLowerCase(Locale.ROOT);
		if (value.startsWith("[") && value.endsWith("]")) {
			value = value.substring(1, value.length() - 1);
		}
		while (value.endsWith(".")) {
			value = value.substring(0, value.length() - 1);
		}
		return value;
	}

	/** DNS lookup, replaceable in tests. */
	@FunctionalInterface
	interface HostResolver {

		InetAddress[] resolve(String host) throws UnknownHostException;

		HostResolver SYSTEM = InetAddress::getAllByName;

	}

}

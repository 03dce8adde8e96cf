package com.baolink.document;

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
 * outside every special-use block ({@link SpecialUseAddresses}). The host is resolved once, here:
 * the {@link Target} carries the vetted addresses and the fetcher connects to exactly those
 * (no second lookup that a rebinding DNS server could answer differently).
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

	/** The URL to connect to and its vetted addresses; protocol-relative {@code //host/x} is taken as https. */
	Target check(String url) {
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
		return new Target(uri, host, resolveChecked(host));
	}

	/** Resolves {@code location} (absolute or relative) against {@code base} and checks it. */
	Target checkRedirect(URI base, String location) {
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

	private List<InetAddress> resolveChecked(String host) {
		InetAddress[] addresses;
		try {
			addresses = this.resolver.resolve(host);
		}
		catch (UnknownHostException ex) {
			throw new DocumentRefusedException(Reason.UNRESOLVABLE_HOST, "host " + host);
		}
		if (addresses == null || addresses.length == 0) {
			throw new DocumentRefusedException(Reason.UNRESOLVABLE_HOST, "host " + host);
		}
		if (!this.allowPrivateAddresses) {
			for (InetAddress address : addresses) {
				if (isPrivate(address)) {
					throw new DocumentRefusedException(Reason.PRIVATE_ADDRESS,
							"host " + host + " resolves to " + address.getHostAddress());
				}
			}
		}
		return List.of(addresses);
	}

	/** Loopback, private, link-local, multicast, documentation, reserved: any special-use address. */
	static boolean isPrivate(InetAddress address) {
		return address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
				|| address.isAnyLocalAddress() || address.isMulticastAddress() || SpecialUseAddresses.contains(address);
	}

	static String normalise(String host) {
		String value = host.toLowerCase(Locale.ROOT);
		if (value.startsWith("[") && value.endsWith("]")) {
			value = value.substring(1, value.length() - 1);
		}
		while (value.endsWith(".")) {
			value = value.substring(0, value.length() - 1);
		}
		return value;
	}

	/** A checked URL, its host (normalised) and the only addresses the fetcher may connect to. */
	record Target(URI uri, String host, List<InetAddress> addresses) {
	}

	/** DNS lookup, replaceable in tests. */
	@FunctionalInterface
	interface HostResolver {

		InetAddress[] resolve(String host) throws UnknownHostException;

		HostResolver SYSTEM = InetAddress::getAllByName;

	}

}

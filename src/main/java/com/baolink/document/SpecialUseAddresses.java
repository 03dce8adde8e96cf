package com.baolink.document;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Every IANA special-purpose address block (IPv4 and IPv6 special-purpose address registries),
 * plus multicast and the reserved 240.0.0.0/4: none is a partner's public file server. IPv6 forms
 * that carry an IPv4 address (mapped, compatible, NAT64, 6to4, Teredo) are refused outright.
 */
final class SpecialUseAddresses {

	static final List<String> BLOCKS = List.of(
			// IPv4
			"0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
			"192.0.0.0/24", "192.0.2.0/24", "192.31.196.0/24", "192.52.193.0/24", "192.88.99.0/24", "192.168.0.0/16",
			"192.175.48.0/24", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
			"255.255.255.255/32",
			// IPv6
			"::/96", "::ffff:0:0/96", "64:ff9b::/96", "64:ff9b:1::/48", "100::/64", "2001::/23", "2001:db8::/32",
			"2002::/16", "3fff::/20", "5f00::/16", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8");

	private static final List<Block> PARSED = BLOCKS.stream().map(Block::parse).toList();

	private SpecialUseAddresses() {
	}

	static boolean contains(InetAddress address) {
		byte[] bytes = address.getAddress();
		for (Block block : PARSED) {
			if (block.matches(bytes)) {
				return true;
			}
		}
		return false;
	}

	private record Block(byte[] network, int prefix) {

		static Block parse(String cidr) {
			int slash = cidr.indexOf('/');
			try {
				InetAddress network = InetAddress.getByName(cidr.substring(0, slash));
				byte[] bytes = network.getAddress();
				if (cidr.contains(":") && network instanceof Inet4Address) {
					// Java turns ::ffff:a.b.c.d into an IPv4 address; keep the block in IPv6 form
					bytes = mapped(bytes);
				}
				return new Block(bytes, Integer.parseInt(cidr.substring(slash + 1)));
			}
			catch (UnknownHostException ex) {
				throw new IllegalStateException(cidr, ex);
			}
		}

		boolean matches(byte[] address) {
			if (address.length != this.network.length) {
				return false;
			}
			int full = this.prefix / 8;
			for (int i = 0; i < full; i++) {
				if (address[i] != this.network[i]) {
					return false;
				}
			}
			int rest = this.prefix % 8;
			if (rest == 0) {
				return true;
			}
			int mask = (0xff << (8 - rest)) & 0xff;
			return (address[full] & mask) == (this.network[full] & mask);
		}

		private static byte[] mapped(byte[] v4) {
			byte[] v6 = new byte[16];
			v6[10] = (byte) 0xff;
			v6[11] = (byte) 0xff;
			System.arraycopy(v4, 0, v6, 12, 4);
			return v6;
		}

	}

	static boolean isIpv6(InetAddress address) {
		return address instanceof Inet6Address;
	}

}

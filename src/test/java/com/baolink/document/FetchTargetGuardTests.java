package com.baolink.document;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.baolink.document.DocumentRefusedException.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FetchTargetGuardTests {

	final List<String> lookedUp = new ArrayList<>();

	final FetchTargetGuard guard = new FetchTargetGuard(
			DocumentProperties.of(List.of("files.partner.test", "*.oss.partner.test"), false), host -> {
				this.lookedUp.add(host);
				return new InetAddress[] { InetAddress.getByName("93.184.216.34") };
			});

	@Test
	void treatsProtocolRelativeUrlsAsHttps() {
		assertThat(this.guard.check("//files.partner.test/p/1.pdf").uri().toString()).isEqualTo("https://files.partner.test/p/1.pdf");
	}

	@Test
	void matchesHostsCaseInsensitivelyWithWildcardsAndTrailingDots() {
		assertThat(this.guard.check("HTTPS://Files.Partner.Test./a.pdf").uri().getHost()).isEqualTo("Files.Partner.Test.");
		assertThat(this.guard.check("https://bucket-1.oss.partner.test/a.pdf")).isNotNull();
		assertThat(this.lookedUp).containsExactly("files.partner.test", "bucket-1.oss.partner.test");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://oss.partner.test/a.pdf", "https://files.partner.test.evil.example/a.pdf",
			"https://evilfiles.partner.test/a.pdf", "https://xoss.partner.test/a.pdf", "https://93.184.216.34/a.pdf" })
	void refusesHostsNotOnTheListWithoutLookingThemUp(String url) {
		assertThatThrownBy(() -> this.guard.check(url)).isInstanceOfSatisfying(DocumentRefusedException.class,
				ex -> assertThat(ex.reason()).isEqualTo(Reason.HOST_NOT_ALLOWED));
		assertThat(this.lookedUp).isEmpty();
	}

	@Test
	void resolvesRelativeRedirectsAgainstTheCurrentUrl() {
		assertThat(this.guard.checkRedirect(java.net.URI.create("https://files.partner.test/a/b.pdf"), "../c.pdf").uri().toString())
			.isEqualTo("https://files.partner.test/c.pdf");
		assertThatThrownBy(() -> this.guard.checkRedirect(java.net.URI.create("https://files.partner.test/a"),
				"//evil.example/x")).isInstanceOfSatisfying(DocumentRefusedException.class,
						ex -> assertThat(ex.reason()).isEqualTo(Reason.HOST_NOT_ALLOWED));
	}

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "0.0.0.0",
			"100.64.0.1", "224.0.0.1", "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1" })
	void recognisesPrivateAddresses(String address) throws Exception {
		assertThat(FetchTargetGuard.isPrivate(InetAddress.getByName(address))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "192.0.2.1", "198.51.100.20", "203.0.113.200", "198.18.0.1", "198.19.255.254",
			"240.0.0.1", "250.1.2.3", "255.255.255.255", "100.127.255.254", "192.0.0.8", "192.88.99.1", "192.31.196.1",
			"192.52.193.1", "192.175.48.1", "239.255.255.250", "0.1.2.3", "64:ff9b::c000:221", "64:ff9b::808:808",
			"64:ff9b:1::1", "2002:c000:0221::1", "2002:0808:0808::1", "2001:db8::1", "3fff::1", "2001::1",
			"2001:2::1", "2001:10::1", "100::1", "5f00::1", "fec0::1", "ff02::1", "::", "::808:808",
			"::ffff:10.0.0.1", "fc00::1" })
	void refusesEverySpecialUseRange(String address) throws Exception {
		assertThat(FetchTargetGuard.isPrivate(InetAddress.getByName(address))).as(address).isTrue();
	}

	@Test
	void aNameResolvingToADocumentationAddressIsRefusedAndTheVettedAddressesAreKept() throws Exception {
		FetchTargetGuard strict = new FetchTargetGuard(DocumentProperties.of(List.of("files.partner.test"), false),
				host -> new InetAddress[] { InetAddress.getByName("203.0.113.9") });
		assertThatThrownBy(() -> strict.check("https://files.partner.test/a.pdf"))
			.isInstanceOfSatisfying(DocumentRefusedException.class, ex -> assertThat(ex.reason()).isEqualTo(Reason.PRIVATE_ADDRESS));
		assertThat(this.guard.check("https://files.partner.test/a.pdf").addresses())
			.containsExactly(InetAddress.getByName("93.184.216.34"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "93.184.216.34", "8.8.8.8", "2606:4700::1111", "100.63.255.255", "100.128.0.1",
			"198.17.255.255", "198.20.0.1", "223.255.255.255", "2003::1", "2001:4860:4860::8888" })
	void acceptsPublicAddresses(String address) throws Exception {
		assertThat(FetchTargetGuard.isPrivate(InetAddress.getByName(address))).isFalse();
	}

}

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
		assertThat(this.guard.check("//files.partner.test/p/1.pdf").toString()).isEqualTo("https://files.partner.test/p/1.pdf");
	}

	@Test
	void matchesHostsCaseInsensitivelyWithWildcardsAndTrailingDots() {
		assertThat(this.guard.check("HTTPS://Files.Partner.Test./a.pdf").getHost()).isEqualTo("Files.Partner.Test.");
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
		assertThat(this.guard.checkRedirect(java.net.URI.create("https://files.partner.test/a/b.pdf"), "../c.pdf").toString())
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
	@ValueSource(strings = { "93.184.216.34", "8.8.8.8", "2606:4700::1111" })
	void acceptsPublicAddresses(String address) throws Exception {
		assertThat(FetchTargetGuard.isPrivate(InetAddress.getByName(address))).isFalse();
	}

}

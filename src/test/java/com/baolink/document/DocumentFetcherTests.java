package com.baolink.document;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.util.unit.DataSize;

import com.baolink.document.DocumentRefusedException.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentFetcherTests {

	FakeDocumentServer server;

	DocumentFetcher fetcher;

	@BeforeEach
	void start() throws IOException {
		this.server = new FakeDocumentServer();
		this.fetcher = new DocumentFetcher(DocumentProperties.of(List.of("localhost"), true));
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void fetchesAPdfFromAnAllowedHost() {
		FetchedDocument document = this.fetcher.fetch(this.server.url("/good.pdf"));
		assertThat(document.content()).isEqualTo(FakeDocumentServer.PDF);
		assertThat(document.contentType()).isEqualTo("application/pdf");
		assertThat(this.fetcher.fetch(this.server.url("/octet.pdf")).content()).isEqualTo(FakeDocumentServer.PDF);
	}

	@Test
	void refusesAnHtmlPageAnsweredWith200() {
		assertRefused(this.server.url("/html"), Reason.NOT_A_PDF);
	}

	@Test
	void refusesPdfBytesDeclaredAsHtml() {
		assertRefused(this.server.url("/pdf-as-html"), Reason.NOT_A_PDF);
	}

	@Test
	void treats404AndCode1001AsNotReady() {
		assertThatThrownBy(() -> this.fetcher.fetch(this.server.url("/nothing-here.pdf")))
			.isInstanceOf(DocumentNotReadyException.class);
		assertThatThrownBy(() -> this.fetcher.fetch(this.server.url("/not-ready-json")))
			.isInstanceOf(DocumentNotReadyException.class);
	}

	@Test
	void refusesAnOversizeBodyWithoutContentLengthWhileStreaming() {
		DocumentFetcher small = new DocumentFetcher(
				DocumentProperties.of(List.of("localhost"), true).withMaxSize(DataSize.ofKilobytes(16)));
		assertThat(small.fetch(this.server.url("/good.pdf")).content()).isEqualTo(FakeDocumentServer.PDF);
		assertRefused(small, this.server.url("/oversize"), Reason.TOO_LARGE);
	}

	@Test
	void refusesASlowBodyWithATimeout() {
		DocumentFetcher impatient = new DocumentFetcher(DocumentProperties.of(List.of("localhost"), true)
			.withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(400), Duration.ofSeconds(10)));
		long start = System.nanoTime();
		assertRefused(impatient, this.server.url("/slow"), Reason.TIMEOUT);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
	}

	@Test
	void followsUpToThreeRedirectsAndRefusesTheFourth() {
		assertThat(this.fetcher.fetch(this.server.url("/hop/3")).content()).isEqualTo(FakeDocumentServer.PDF);
		int before = this.server.requests();
		assertRefused(this.server.url("/hop/4"), Reason.TOO_MANY_REDIRECTS);
		assertThat(this.server.requests() - before).isEqualTo(4);
		assertThat(this.server.requests("/hop/0")).isEqualTo(1);
	}

	@Test
	void refusesARedirectToAHostNotOnTheList() {
		assertRefused(this.server.url("/to-evil"), Reason.HOST_NOT_ALLOWED);
		assertRefused(this.server.url("/to-ip"), Reason.HOST_NOT_ALLOWED);
		assertRefused(this.server.url("/to-file"), Reason.SCHEME_NOT_ALLOWED);
		assertThat(this.server.requests("/good.pdf")).isZero();
	}

	@Test
	void refusesLoopbackBeforeConnectingWhenPrivateAddressesAreNotAllowed() {
		DocumentFetcher strict = new DocumentFetcher(DocumentProperties.of(List.of("localhost"), false));
		assertRefused(strict, this.server.url("/good.pdf"), Reason.PRIVATE_ADDRESS);
		DocumentFetcher ipListed = new DocumentFetcher(DocumentProperties.of(List.of("127.0.0.1"), false));
		assertRefused(ipListed, "http://127.0.0.1:" + this.server.port() + "/good.pdf", Reason.PRIVATE_ADDRESS);
		assertThat(this.server.requests()).isZero();
	}

	@Test
	void refusesAnIpLiteralThatIsNotOnTheListEvenIfItIsTheAllowedHostsAddress() {
		assertRefused("http://127.0.0.1:" + this.server.port() + "/good.pdf", Reason.HOST_NOT_ALLOWED);
		assertRefused("http://[::1]:" + this.server.port() + "/good.pdf", Reason.HOST_NOT_ALLOWED);
		assertThat(this.server.requests()).isZero();
	}

	@Test
	void refusesAnAllowedNameThatResolvesToAPrivateAddress() {
		DocumentFetcher fetcher = new DocumentFetcher(DocumentProperties.of(List.of("files.partner.test"), false),
				host -> new InetAddress[] { InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.1.2.3") });
		assertRefused(fetcher, "https://files.partner.test/p.pdf", Reason.PRIVATE_ADDRESS);
		DocumentFetcher metadata = new DocumentFetcher(DocumentProperties.of(List.of("files.partner.test"), false),
				host -> new InetAddress[] { InetAddress.getByName("169.254.169.254") });
		assertRefused(metadata, "https://files.partner.test/p.pdf", Reason.PRIVATE_ADDRESS);
		DocumentFetcher unknown = new DocumentFetcher(DocumentProperties.of(List.of("files.partner.test"), false),
				host -> {
					throw new UnknownHostException(host);
				});
		assertRefused(unknown, "https://files.partner.test/p.pdf", Reason.UNRESOLVABLE_HOST);
	}

	@Test
	void connectsToTheAddressTheGuardCheckedWithoutASecondLookup() {
		java.util.concurrent.atomic.AtomicInteger lookups = new java.util.concurrent.atomic.AtomicInteger();
		// "files.partner.test" exists in no DNS: the fetch can only work by connecting to the vetted address
		DocumentFetcher pinned = new DocumentFetcher(DocumentProperties.of(List.of("files.partner.test"), true), host -> {
			lookups.incrementAndGet();
			return new InetAddress[] { InetAddress.getLoopbackAddress() };
		});
		FetchedDocument document = pinned.fetch("http://files.partner.test:" + this.server.port() + "/good.pdf");
		assertThat(document.content()).isEqualTo(FakeDocumentServer.PDF);
		assertThat(lookups).hasValue(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "file:///etc/passwd", "ftp://localhost/p.pdf", "jar:file:/x!/p.pdf", "gopher://localhost/" })
	void refusesOtherSchemes(String url) {
		assertRefused(url, Reason.SCHEME_NOT_ALLOWED);
		assertThat(this.server.requests()).isZero();
	}

	@Test
	void refusesUrlsWithUserInfoOrNoHost() {
		assertRefused("http://localhost@evil.example/p.pdf", Reason.MALFORMED_URL);
		assertRefused("http://user:pw@localhost:" + this.server.port() + "/good.pdf", Reason.MALFORMED_URL);
		assertRefused("http:///p.pdf", Reason.MALFORMED_URL);
		assertRefused("   ", Reason.MALFORMED_URL);
		assertThat(this.server.requests()).isZero();
	}

	private void assertRefused(String url, Reason reason) {
		assertRefused(this.fetcher, url, reason);
	}

	private static void assertRefused(DocumentFetcher fetcher, String url, Reason reason) {
		assertThatThrownBy(() -> fetcher.fetch(url)).isInstanceOfSatisfying(DocumentRefusedException.class,
				ex -> assertThat(ex.reason()).isEqualTo(reason));
	}

}

package com.baolink.infrastructure.security;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Why a tampered token gave 500: Spring's masked-token decoding throws on bytes that are not UTF-8. */
class TamperTolerantCsrfTokenRequestHandlerTests {

	final CsrfToken token = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "0f5c2a4e-9a8b-4c1d-8e2f-1a2b3c4d5e6f");

	@Test
	void aTamperedMaskedTokenMakesSpringThrowAndIsTreatedAsAbsentHere() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/logout");
		byte[] bytes = new byte[2 * this.token.getToken().length()];
		java.util.Arrays.fill(bytes, (byte) 0xC3);
		java.util.Arrays.fill(bytes, 0, bytes.length / 2, (byte) 0x00);
		request.setParameter("_csrf", Base64.getUrlEncoder().encodeToString(bytes));

		assertThatThrownBy(() -> new XorCsrfTokenRequestAttributeHandler().resolveCsrfTokenValue(request, this.token))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(new TamperTolerantCsrfTokenRequestHandler().resolveCsrfTokenValue(request, this.token)).isNull();
	}

}

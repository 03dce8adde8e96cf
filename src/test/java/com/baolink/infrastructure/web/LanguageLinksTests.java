package com.baolink.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class LanguageLinksTests {

	@Test
	void switchingLanguageKeepsEveryFilterAndThePage() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/catalog");
		request.setQueryString("insurer=%E5%B9%B3%E5%AE%89&category=ACCIDENT&page=2");

		assertThat(LanguageLinks.link(request, "zh-CN"))
			.isEqualTo("/catalog?insurer=%E5%B9%B3%E5%AE%89&category=ACCIDENT&page=2&lang=zh-CN");
		assertThat(LanguageLinks.link(request, "en"))
			.isEqualTo("/catalog?insurer=%E5%B9%B3%E5%AE%89&category=ACCIDENT&page=2&lang=en");
	}

	@Test
	void anEarlierLanguageChoiceIsReplacedNotRepeated() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/orders");
		request.setQueryString("lang=en&status=ISSUED");

		assertThat(LanguageLinks.link(request, "zh-CN")).isEqualTo("/orders?status=ISSUED&lang=zh-CN");
	}

	@Test
	void aPageWithoutQueryGetsOnlyTheLanguage() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/portal/orders/7");
		request.setContextPath("/portal");

		assertThat(LanguageLinks.link(request, "en")).isEqualTo("/portal/orders/7?lang=en");
	}

	@Test
	void anErrorPageLeavesTheLinkRelativeToWhatTheBrowserShows() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/orders/99");

		assertThat(LanguageLinks.link(request, "en")).isNull();
	}

}

package com.baolink.infrastructure.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponents;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The layout's language links for a page reached by GET: the same address with only {@code lang}
 * changed, so switching language on a filtered list (catalogue, history, staff orders) keeps the
 * filters and the page. Paths and queries stay as the browser sent them (already encoded). An
 * error page has none (its request is the error dispatch): the layout then links {@code ?lang=}
 * relative to the address the browser shows.
 */
@ControllerAdvice
class LanguageLinks {

	static final String MODEL_ATTRIBUTE = "langLinks";

	record Links(String zh, String en) {
	}

	@ModelAttribute(MODEL_ATTRIBUTE)
	Links languageLinks(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
			return null;
		}
		return new Links(link(request, "zh-CN"), link(request, "en"));
	}

	static String link(HttpServletRequest request, String languageTag) {
		UriComponents current = ServletUriComponentsBuilder.fromRequestUri(request)
			.query(request.getQueryString())
			.replaceQueryParam("lang", languageTag)
			.build();
		return current.getPath() + "?" + current.getQuery();
	}

}

package com.baolink.infrastructure.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * The layout's language links for a page reached by GET ({@code ${@languageLinks.to('en')}}): the
 * same address with only {@code lang} changed, so switching language on a filtered list (catalogue,
 * history, staff orders) keeps the filters and the page. Paths and queries stay as the browser sent
 * them (already encoded). Computed only when the layout is rendered, never for partner callbacks or
 * JSON. An error page has none (its request is the error dispatch): the layout then links
 * {@code ?lang=} relative to the address the browser shows.
 */
@Component("languageLinks")
public class LanguageLinks {

	/** The current page in {@code languageTag}, or null when there is no page request to link to. */
	public String to(String languageTag) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return null;
		}
		return link(attributes.getRequest(), languageTag);
	}

	static String link(HttpServletRequest request, String languageTag) {
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
			return null;
		}
		UriComponents current = ServletUriComponentsBuilder.fromRequestUri(request)
			.query(request.getQueryString())
			.replaceQueryParam("lang", languageTag)
			.build();
		return current.getPath() + "?" + current.getQuery();
	}

}

package com.baolink.surrender;

import java.net.URI;
import java.net.URISyntaxException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import com.baolink.member.AigoubaoRegistration;
import com.baolink.member.Member;
import com.baolink.member.PortalUser;
import com.baolink.partner.PartnerUnavailableException;
import com.baolink.partner.aigoubao.AigoubaoApi;
import com.baolink.partner.aigoubao.AigoubaoApi.CallPriority;
import com.baolink.partner.aigoubao.AigoubaoApi.OrderListUrl;
import com.baolink.partner.aigoubao.AigoubaoException;
import com.baolink.partner.aigoubao.AigoubaoDistributor;

/**
 * "Open in AiGouBao" (7.8): sends the member to their order list on the partner's site. The link
 * comes from the partner, so it is followed only when it is an absolute http(s) address; anything
 * else (a script URL, a relative path) is refused with a message page.
 */
@Controller
class AigoubaoOrderListController {

	private static final Logger log = LoggerFactory.getLogger(AigoubaoOrderListController.class);

	static final String VIEW_UNAVAILABLE = "surrender/order-list-unavailable";

	static final String UNAVAILABLE = "surrender.orderList.unavailable";

	static final String REFUSED = "surrender.orderList.refused";

	static final String BAD_LINK = "surrender.orderList.badLink";

	private final AigoubaoApi api;

	private final AigoubaoDistributor distributor;

	private final AigoubaoRegistration registration;

	AigoubaoOrderListController(AigoubaoApi api, AigoubaoDistributor distributor, AigoubaoRegistration registration) {
		this.api = api;
		this.distributor = distributor;
		this.registration = registration;
	}

	@GetMapping("/orders/aigoubao-list")
	ModelAndView open(@AuthenticationPrincipal PortalUser user) {
		if (user.isStaff()) {
			// Staff have no AiGouBao identity; asking would register the staff account with the partner.
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		String url;
		try {
			Member member = this.registration.ensureRegistered(user.memberId());
			OrderListUrl answer = this.api.getOrderListUrl(
					this.distributor.orderList(member.mobile(), member.aigoubaoMemberId()),
					CallPriority.USER);
			url = answer == null || answer.orderListUrl() == null ? null : answer.orderListUrl().strip();
		}
		catch (AigoubaoException ex) {
			log.info("Member {}: AiGouBao refused the order list link: {}", user.memberId(), ex.getMessage());
			return unavailable(REFUSED);
		}
		catch (PartnerUnavailableException ex) {
			log.warn("Member {}: AiGouBao did not answer for the order list link: {}", user.memberId(), ex.toString());
			return unavailable(UNAVAILABLE);
		}
		if (!isWebAddress(url)) {
			log.warn("Member {}: AiGouBao answered an unusable order list link", user.memberId());
			return unavailable(BAD_LINK);
		}
		RedirectView redirect = new RedirectView(url);
		redirect.setExpandUriTemplateVariables(false);
		redirect.setPropagateQueryParams(false);
		return new ModelAndView(redirect);
	}

	/** An absolute http(s) URL with a host: never {@code javascript:}, {@code data:} or a relative path. */
	static boolean isWebAddress(String url) {
		if (url == null || url.isBlank()) {
			return false;
		}
		try {
			URI uri = new URI(url);
			String scheme = uri.getScheme();
			return uri.isAbsolute() && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
					&& uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static ModelAndView unavailable(String messageKey) {
		ModelAndView page = new ModelAndView(VIEW_UNAVAILABLE);
		page.addObject("messageKey", messageKey);
		return page;
	}

}

package com.baolink.share;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A refused customer request: a friendly page in the layout with the refusal's status (404, 410, 429, 503). */
@ControllerAdvice(assignableTypes = { CustomerShareController.class, CustomerOrderController.class })
class ShareRefusalAdvice {

	static final String VIEW = "share/refused";

	@ExceptionHandler(ShareRefusal.class)
	ModelAndView refused(ShareRefusal refusal, HttpServletResponse response) {
		ShareHeaders.apply(response);
		if (refusal.reason() == ShareRefusal.Reason.TOO_MANY_LAUNCHES) {
			response.setHeader("Retry-After", "3600");
		}
		ModelAndView page = new ModelAndView(VIEW, refusal.reason().status());
		page.addObject("reason", refusal.reason().name());
		page.addObject("messageKey", refusal.reason().messageKey());
		return page;
	}

}

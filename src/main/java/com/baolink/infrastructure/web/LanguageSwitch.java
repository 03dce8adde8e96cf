package com.baolink.infrastructure.web;

import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A page rendered as the answer to a form submission (a failed validation, a partner refusal) has
 * a POST-only address: a {@code ?lang=} link would GET it and fail. Such pages name their form
 * ({@code langForm}), and the layout's language switch then submits that form again with
 * {@code lang} — the handler mapped with {@code params = "lang"} shows it again, checked, in the
 * chosen language, with everything that was typed. Pages reached by GET keep plain links.
 */
public final class LanguageSwitch {

	public static final String MODEL_ATTRIBUTE = "langForm";

	private LanguageSwitch() {
	}

	/** Marks {@code formId} as the form the language switch resubmits, when this request is a POST. */
	public static void resubmits(Model model, String formId) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& "POST".equals(attributes.getRequest().getMethod())) {
			model.addAttribute(MODEL_ATTRIBUTE, formId);
		}
	}

}

package com.baolink.billing;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

import com.baolink.member.PortalUser;

/**
 * Supplies the order page's invoice section ({@code orders/invoice-section :: section}) with its
 * model: {@code invoiceSection} and an empty {@code invoiceForm}. Only for the order page and its
 * live fragment; an order the user may not see gets nothing (the page itself answers 404).
 */
@ControllerAdvice(basePackages = "com.baolink.order")
class InvoiceSectionAdvice {

	private static final Set<String> ORDER_PAGES = Set.of("/orders/{id}", "/orders/{id}/status");

	private final InvoiceSections sections;

	InvoiceSectionAdvice(InvoiceSections sections) {
		this.sections = sections;
	}

	@ModelAttribute
	void invoiceSection(HttpServletRequest request, @AuthenticationPrincipal PortalUser user, Model model) {
		if (user == null || !ORDER_PAGES.contains(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE))) {
			return;
		}
		orderId(request).flatMap(id -> this.sections.visibleOrder(id, user)).ifPresent(order -> {
			model.addAttribute("invoiceSection", this.sections.of(order.getId()));
			if (!model.containsAttribute("invoiceForm")) {
				model.addAttribute("invoiceForm", new InvoiceFormData());
			}
		});
	}

	@SuppressWarnings("unchecked")
	private static Optional<Long> orderId(HttpServletRequest request) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (!(variables instanceof Map<?, ?> map) || !(map.get("id") instanceof String id)) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(id));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}

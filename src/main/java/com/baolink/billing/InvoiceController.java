package com.baolink.billing;

import java.time.Clock;
import java.time.LocalDateTime;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

import com.baolink.infrastructure.config.ChinaTime;
import com.baolink.infrastructure.web.LanguageSwitch;
import com.baolink.member.PortalUser;
import com.baolink.order.Order;
import com.baolink.order.OrderProgress;
import com.baolink.order.SalesChannels;
import com.baolink.partner.aigoubao.AigoubaoApi.CallPriority;

/**
 * Invoice requests from the order page (flow 7). Without JavaScript the form is a plain POST that
 * redirects back to the order page (or shows it again with field errors and what was typed); with
 * htmx the section alone is exchanged and, while AiGouBao is issuing, refreshes itself.
 */
@Controller
class InvoiceController {

	static final String VIEW_ORDER = "orders/detail";

	static final String VIEW_SECTION = "orders/invoice-section :: section";

	private final InvoiceSections sections;

	private final Invoicing invoicing;

	private final InvoicePoller poller;

	private final Clock clock;

	private final SalesChannels channels;

	InvoiceController(InvoiceSections sections, Invoicing invoicing, InvoicePoller poller, Clock clock,
			SalesChannels channels) {
		this.channels = channels;
		this.sections = sections;
		this.invoicing = invoicing;
		this.poller = poller;
		this.clock = clock;
	}

	@PostMapping(path = "/orders/{id}/invoice", params = "!lang")
	String request(@PathVariable long id, @ModelAttribute("invoiceForm") InvoiceFormData form, BindingResult errors,
			@AuthenticationPrincipal PortalUser user, Model model) {
		Order order = visibleOrder(id, user);
		if (!submit(order, form, errors, user)) {
			showOrder(order, model);
			LanguageSwitch.resubmits(model, "invoice-form");
			return VIEW_ORDER;
		}
		return "redirect:/orders/" + id + "#invoice-section";
	}

	/** The language switch of the submitted invoice form: the order page again, the form checked and kept. */
	@PostMapping(path = "/orders/{id}/invoice", params = "lang")
	String redisplay(@PathVariable long id, @ModelAttribute("invoiceForm") InvoiceFormData form, BindingResult errors,
			@AuthenticationPrincipal PortalUser user, Model model) {
		Order order = visibleOrder(id, user);
		InvoiceFormValidator.validate(form, errors);
		showOrder(order, model);
		LanguageSwitch.resubmits(model, "invoice-form");
		return VIEW_ORDER;
	}

	/** htmx sends the language button with the form: the section again, checked, never a request. */
	@HxRequest
	@PostMapping(path = "/orders/{id}/invoice", params = "lang")
	String redisplayFragment(@PathVariable long id, @ModelAttribute("invoiceForm") InvoiceFormData form,
			BindingResult errors, @AuthenticationPrincipal PortalUser user, Model model) {
		Order order = visibleOrder(id, user);
		InvoiceFormValidator.validate(form, errors);
		showSection(order, model);
		return VIEW_SECTION;
	}

	@HxRequest
	@PostMapping(path = "/orders/{id}/invoice", params = "!lang")
	String requestFragment(@PathVariable long id, @ModelAttribute("invoiceForm") InvoiceFormData form,
			BindingResult errors, @AuthenticationPrincipal PortalUser user, Model model) {
		Order order = visibleOrder(id, user);
		if (submit(order, form, errors, user)) {
			model.addAttribute("invoiceForm", new InvoiceFormData());
		}
		showSection(order, model);
		return VIEW_SECTION;
	}

	/** The section polling itself while AiGouBao is issuing: pulls 7.3 when a poll is due. */
	@HxRequest
	@GetMapping("/orders/{id}/invoice")
	String section(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
		Order order = visibleOrder(id, user);
		this.sections.latest(id)
			.filter(request -> request.nextPollAt() != null && !request.nextPollAt().isAfter(this.clock.instant()))
			.ifPresent(request -> this.poller.poll(request.id(), CallPriority.USER));
		model.addAttribute("invoiceForm", new InvoiceFormData());
		showSection(visibleOrder(order.getId(), user), model);
		return VIEW_SECTION;
	}

	@GetMapping("/orders/{id}/invoice")
	String sectionWithoutHtmx(@PathVariable long id, @AuthenticationPrincipal PortalUser user) {
		visibleOrder(id, user);
		return "redirect:/orders/" + id;
	}

	private boolean submit(Order order, InvoiceFormData form, BindingResult errors, PortalUser user) {
		if (!Invoicing.invoiceable(order)) {
			errors.reject("billing.invoice.error.notInvoiceable");
			return false;
		}
		InvoiceFormValidator.validate(form, errors);
		if (errors.hasErrors()) {
			return false;
		}
		if (!this.invoicing.request(order, form, user.getUsername())) {
			errors.reject("billing.invoice.error.alreadyRequested");
			return false;
		}
		return true;
	}

	private Order visibleOrder(long id, PortalUser user) {
		return this.sections.visibleOrder(id, user).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private void showSection(Order order, Model model) {
		model.addAttribute("order", order);
		model.addAttribute("invoiceSection", this.sections.of(order.getId()));
	}

	/** The model of the order page (as OrderController builds it, without pulling from the partner). */
	private void showOrder(Order order, Model model) {
		showSection(order, model);
		OrderProgress progress = OrderProgress.of(order, this.channels.capabilities(order.getChannel()));
		model.addAttribute("progress", progress);
		model.addAttribute("pending", progress.polls());
		model.addAttribute("createdAt", LocalDateTime.ofInstant(order.getCreatedAt(), ChinaTime.ZONE));
	}

}

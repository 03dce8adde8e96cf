package com.baolink.surrender;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.baolink.member.PortalUser;
import com.baolink.order.Order;
import com.baolink.order.Orders;
import com.baolink.surrender.SurrenderPlanner.Checked;

/**
 * Surrender of an AiGouBao order (flow 8): the choice is made in the order page's surrender
 * section, confirmed on a page that names exactly what will be surrendered, then posted. The owner
 * or staff (on the member's behalf, recorded) may surrender; anyone else gets "not found".
 */
@Controller
class SurrenderController {

	static final String VIEW_CHOOSE = "surrender/choose";

	static final String VIEW_CONFIRM = "surrender/confirm";

	static final String VIEW_CONFIRM_PANEL = "surrender/confirm :: panel";

	static final String VIEW_CONFIRM_ERROR = "surrender/confirm :: error";

	static final String VIEW_REFUSED = "surrender/refused";

	static final String FORM = "surrenderForm";

	private final Orders orders;

	private final SurrenderService service;

	SurrenderController(Orders orders, SurrenderService service) {
		this.orders = orders;
		this.service = service;
	}

	/** The choice on a page of its own (also where a wrong choice is shown again). */
	@GetMapping("/orders/{id}/surrender")
	String choose(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("order", visibleOrder(id, user));
		model.addAttribute(FORM, new SurrenderFormData());
		return VIEW_CHOOSE;
	}

	@GetMapping("/orders/{id}/surrender/confirm")
	String confirm(@PathVariable long id, @ModelAttribute(FORM) SurrenderFormData form,
			@AuthenticationPrincipal PortalUser user, Model model, HttpServletResponse response) {
		Order order = visibleOrder(id, user);
		Checked checked = SurrenderPlanner.check(order, form);
		if (!checked.ok()) {
			return wrongChoice(order, checked.errorKey(), model, response);
		}
		model.addAttribute("order", order);
		model.addAttribute("plan", checked.plan());
		return VIEW_CONFIRM;
	}

	/** htmx shows the confirmation inside the order page. */
	@HxRequest
	@GetMapping("/orders/{id}/surrender/confirm")
	String confirmPanel(@PathVariable long id, @ModelAttribute(FORM) SurrenderFormData form,
			@AuthenticationPrincipal PortalUser user, Model model) {
		Order order = visibleOrder(id, user);
		Checked checked = SurrenderPlanner.check(order, form);
		model.addAttribute("order", order);
		if (!checked.ok()) {
			model.addAttribute("surrenderError", checked.errorKey());
			return VIEW_CONFIRM_ERROR;
		}
		model.addAttribute("plan", checked.plan());
		return VIEW_CONFIRM_PANEL;
	}

	@PostMapping("/orders/{id}/surrender")
	String surrender(@PathVariable long id, @ModelAttribute(FORM) SurrenderFormData form,
			@AuthenticationPrincipal PortalUser user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Order order = visibleOrder(id, user);
		Checked checked = SurrenderPlanner.check(order, form);
		if (!checked.ok()) {
			return wrongChoice(order, checked.errorKey(), model, response);
		}
		SurrenderResult result = this.service.surrender(checked.plan(), user.memberId());
		if (!result.accepted()) {
			model.addAttribute("order", order);
			model.addAttribute("result", result);
			return VIEW_REFUSED;
		}
		redirect.addFlashAttribute("surrenderNotice", true);
		return "redirect:/orders/" + id;
	}

	private String wrongChoice(Order order, String errorKey, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("order", order);
		model.addAttribute("surrenderError", errorKey);
		return VIEW_CHOOSE;
	}

	private Order visibleOrder(long id, PortalUser user) {
		return (user.isStaff() ? this.orders.findById(id) : this.orders.findByIdAndMemberId(id, user.memberId()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}

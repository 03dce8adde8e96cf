package com.baolink.sandbox.aigoubao;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.baolink.sandbox.aigoubao.OrderLifecycle.Confirmation;
import com.baolink.sandbox.aigoubao.PurchaseFormData.InsuredRow;
import com.baolink.sandbox.aigoubao.SbxRecords.SbxInsured;
import com.baolink.sandbox.aigoubao.SbxRecords.SbxOrder;
import com.baolink.sandbox.aigoubao.SbxRecords.SbxProduct;

/**
 * The partner's hosted purchase page the member's browser is sent to (7.4 {@code url}): shows the
 * pre-order prefilled, lets the member correct it, and "pays" (a choice of success or failure) or,
 * for credit orders, submits the order to wait for the distributor's confirmation (7.7).
 */
@Controller
@Profile("sandbox")
class PurchasePageController {

	static final String VIEW = "sandbox/aigoubao/purchase";

	static final String NOT_FOUND_VIEW = "sandbox/aigoubao/not-found";

	private final SandboxStore store;

	private final OrderLifecycle lifecycle;

	private final Clock clock;

	PurchasePageController(SandboxStore store, OrderLifecycle lifecycle, Clock clock) {
		this.store = store;
		this.lifecycle = lifecycle;
		this.clock = clock;
	}

	@GetMapping(SandboxLinks.PURCHASE_PAGE)
	String show(@PathVariable String tempOrderCode, Model model, HttpServletResponse response) {
		SbxOrder order = this.store.orderByTempCode(tempOrderCode).orElse(null);
		if (order == null) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return NOT_FOUND_VIEW;
		}
		return page(order, prefilled(order), model);
	}

	@PostMapping(SandboxLinks.PURCHASE_PAGE)
	String submit(@PathVariable String tempOrderCode, @ModelAttribute("form") PurchaseFormData form,
			BindingResult errors, @RequestParam(defaultValue = "pay") String action, Model model,
			HttpServletResponse response) {
		SbxOrder order = this.store.orderByTempCode(tempOrderCode).orElse(null);
		if (order == null) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return NOT_FOUND_VIEW;
		}
		if (!SandboxStatus.AWAITING_PAYMENT.equals(order.status())) {
			return "redirect:" + SandboxLinks.PURCHASE_PAGE.replace("{tempOrderCode}", tempOrderCode);
		}
		if ("addInsured".equals(action) && form.getInsured().size() < PurchaseFormValidator.MAX_INSURED) {
			form.getInsured().add(new InsuredRow());
			return page(order, form, model);
		}
		if (action.startsWith("remove:")) {
			removeRow(form, action.substring("remove:".length()));
			return page(order, form, model);
		}
		SbxProduct product = this.store.product(order.productCode()).orElseThrow();
		Confirmation confirmation = PurchaseFormValidator.validate(form, product, LocalDate.now(this.clock), errors);
		if (confirmation == null) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(order, form, model);
		}
		this.lifecycle.confirm(order, confirmation);
		if (order.credit()) {
			return "redirect:" + SandboxLinks.PURCHASE_PAGE.replace("{tempOrderCode}", tempOrderCode);
		}
		return "redirect:" + order.returnPage();
	}

	private static void removeRow(PurchaseFormData form, String index) {
		try {
			int row = Integer.parseInt(index);
			if (row >= 0 && row < form.getInsured().size() && form.getInsured().size() > 1) {
				form.getInsured().remove(row);
			}
		}
		catch (NumberFormatException ex) {
			// not a row number: nothing to remove
		}
	}

	private String page(SbxOrder order, PurchaseFormData form, Model model) {
		SbxProduct product = this.store.product(order.productCode()).orElseThrow();
		List<SbxInsured> insured = this.store.insured(order.id());
		model.addAttribute("order", order);
		model.addAttribute("product", product);
		model.addAttribute("insuredList", insured);
		model.addAttribute("form", form);
		model.addAttribute("editable", SandboxStatus.AWAITING_PAYMENT.equals(order.status()));
		model.addAttribute("price", price(form, product));
		model.addAttribute("days", days(form));
		model.addAttribute("today", LocalDate.now(this.clock).toString());
		model.addAttribute("maxInsured", PurchaseFormValidator.MAX_INSURED);
		return VIEW;
	}

	private PurchaseFormData prefilled(SbxOrder order) {
		SbxProduct product = this.store.product(order.productCode()).orElseThrow();
		LocalDate tomorrow = LocalDate.now(this.clock).plusDays(1);
		PurchaseFormData form = new PurchaseFormData();
		form.setPlan(order.planCode() != null ? order.planCode() : product.plans().get(0).planCode());
		form.setStartDate(String.valueOf(order.startDate() != null ? order.startDate() : tomorrow));
		form.setEndDate(String.valueOf(order.endDate() != null ? order.endDate()
				: order.startDate() != null ? order.startDate() : tomorrow));
		form.setHolderName(order.holderName());
		if (order.holderCardType() != null) {
			form.setHolderCardType(order.holderCardType());
		}
		form.setHolderCardNo(order.holderCardNo());
		form.setHolderMobile(order.holderMobile() != null ? order.holderMobile() : order.mobile());
		for (SbxInsured person : this.store.insured(order.id())) {
			form.getInsured()
				.add(new InsuredRow(person.name(), person.cardType(), person.cardNo(), person.mobile(),
						person.relation()));
		}
		if (form.getInsured().isEmpty()) {
			form.getInsured().add(new InsuredRow());
		}
		return form;
	}

	/** Plan price × persons × days, or null while the form does not allow computing it. */
	private static BigDecimal price(PurchaseFormData form, SbxProduct product) {
		long days = days(form);
		var plan = form.getPlan() == null ? null : product.plan(form.getPlan());
		if (plan == null || days < 1) {
			return null;
		}
		return plan.dailyPrice()
			.multiply(BigDecimal.valueOf(days))
			.multiply(BigDecimal.valueOf(Math.max(form.getInsured().size(), 1)));
	}

	private static long days(PurchaseFormData form) {
		try {
			return ChronoUnit.DAYS.between(LocalDate.parse(form.getStartDate()), LocalDate.parse(form.getEndDate())) + 1;
		}
		catch (DateTimeParseException | NullPointerException ex) {
			return 0;
		}
	}

}

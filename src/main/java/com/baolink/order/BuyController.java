package com.baolink.order;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import com.baolink.catalog.CatalogSearch;
import com.baolink.catalog.Product;
import com.baolink.catalog.ProductPlan;
import com.baolink.infrastructure.config.ChinaTime;
import com.baolink.infrastructure.web.LanguageSwitch;
import com.baolink.member.Member;
import com.baolink.member.Members;
import com.baolink.member.PortalUser;
import com.baolink.order.OrderLauncher.Outcome;
import com.baolink.order.validation.PurchaseFormValidator;

/**
 * Buying an AiGouBao product: the form (plan, cover period, payment, optional holder and insured
 * persons) and its submission, which launches the pre-order and sends the browser to the partner.
 * Works without JavaScript: "add a person" is a submit button that shows the form with one more row.
 */
@Controller
class BuyController {

	static final String VIEW = "orders/buy";

	private final CatalogSearch catalog;

	private final OrderLauncher launcher;

	private final Members members;

	private final Clock clock;

	BuyController(CatalogSearch catalog, OrderLauncher launcher, Members members, Clock clock) {
		this.catalog = catalog;
		this.launcher = launcher;
		this.members = members;
		this.clock = clock;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		binder.setAllowedFields("productId", "launchToken", "plan", "coverStart", "coverEnd", "payType", "holder.*",
				"insured[*].*");
	}

	@GetMapping("/catalog/{id}/buy")
	String initBuyForm(@PathVariable long id, @RequestParam(required = false) String plan,
			@AuthenticationPrincipal PortalUser user, Model model) {
		Product product = buyable(id, user);
		PurchaseFormData form = PurchaseFormData.empty(id, newLaunchToken());
		if (plan != null && product.plan(plan).isPresent()) {
			form.setPlan(plan);
		}
		else if (product.getPlans().size() == 1) {
			form.setPlan(product.getPlans().get(0).planCode());
		}
		return show(product, form, user, model);
	}

	@PostMapping(path = "/orders/launch", params = "addPerson")
	String addPerson(@ModelAttribute("form") PurchaseFormData form, BindingResult result,
			@AuthenticationPrincipal PortalUser user, Model model) {
		Product product = buyable(form.getProductId(), user);
		form.padRows(PurchaseFormData.INITIAL_ROWS);
		form.addRow();
		return show(product, form, user, model);
	}

	/** The language switch of a submitted form: the same form again, checked, in the other language. */
	@PostMapping(path = "/orders/launch", params = { "lang", "!addPerson" })
	String redisplayBuyForm(@ModelAttribute("form") PurchaseFormData form, BindingResult result,
			@AuthenticationPrincipal PortalUser user, Model model) {
		Product product = buyable(form.getProductId(), user);
		Set<String> planCodes = product.getPlans().stream().map(ProductPlan::planCode).collect(Collectors.toSet());
		PurchaseFormValidator.validate(form, planCodes, product.getLimits(), member(user).creditAllowed(), today(),
				result);
		form.padRows(PurchaseFormData.INITIAL_ROWS);
		return show(product, form, user, model);
	}

	@PostMapping(path = "/orders/launch", params = { "!lang", "!addPerson" })
	String processBuyForm(@ModelAttribute("form") PurchaseFormData form, BindingResult result,
			@AuthenticationPrincipal PortalUser user, Model model) {
		Product product = buyable(form.getProductId(), user);
		Member member = member(user);
		Set<String> planCodes = product.getPlans().stream().map(ProductPlan::planCode).collect(Collectors.toSet());
		PurchaseFormValidator.validate(form, planCodes, product.getLimits(), member.creditAllowed(), today(), result);
		if (result.hasErrors()) {
			if (result.hasGlobalErrors()) {
				form.setLaunchToken(newLaunchToken());
			}
			form.padRows(PurchaseFormData.INITIAL_ROWS);
			return show(product, form, user, model);
		}
		ProductPlan plan = product.plan(form.getPlan()).orElseThrow();
		Outcome outcome = this.launcher
			.launch(form.toLaunchRequest(member.id(), product.getCode(), product.getName(), plan.label()));
		return switch (outcome.kind()) {
			case REDIRECT -> "redirect:" + outcome.redirectUrl();
			case REFUSED -> showFailure(product, form, user, model, "buy.error.refused", outcome.partnerMessage());
			case UNAVAILABLE -> showFailure(product, form, user, model, "buy.error.unavailable", null);
			case PARTNER_DOWN -> showFailure(product, form, user, model, "buy.error.partnerDown", null);
			case TOKEN_REJECTED -> {
				form.setLaunchToken(newLaunchToken());
				yield showFailure(product, form, user, model, "buy.error.tokenRejected", null);
			}
		};
	}

	private String showFailure(Product product, PurchaseFormData form, PortalUser user, Model model, String messageKey,
			String partnerMessage) {
		model.addAttribute("launchError", messageKey);
		model.addAttribute("partnerMessage", partnerMessage);
		return show(product, form, user, model);
	}

	private String show(Product product, PurchaseFormData form, PortalUser user, Model model) {
		model.addAttribute("product", product);
		model.addAttribute("form", form);
		model.addAttribute("creditAllowed", member(user).creditAllowed());
		model.addAttribute("today", today());
		model.addAttribute("latestStart", today().plusDays(product.getLimits().startDaysAheadAtMost()));
		model.addAttribute("limits", product.getLimits());
		model.addAttribute("maxRows", PurchaseFormData.MAX_ROWS);
		LanguageSwitch.resubmits(model, "buy-form");
		return VIEW;
	}

	/** Members buy enabled products; staff have no AiGouBao identity to buy with. */
	private Product buyable(long productId, PortalUser user) {
		if (user.isStaff()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return this.catalog.enabledProduct(productId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Member member(PortalUser user) {
		return this.members.findById(user.memberId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ChinaTime.ZONE));
	}

	private static String newLaunchToken() {
		return UUID.randomUUID().toString();
	}

}

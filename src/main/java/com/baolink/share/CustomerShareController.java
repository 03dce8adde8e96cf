package com.baolink.share;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import com.baolink.catalog.Product;
import com.baolink.catalog.ProductPlan;
import com.baolink.infrastructure.config.ChinaTime;
import com.baolink.infrastructure.web.PublicUrls;
import com.baolink.catalog.Channel;
import com.baolink.order.OrderLauncher.Outcome;
import com.baolink.order.PurchaseFormData;
import com.baolink.share.ShareAccess.ActiveLink;
import com.baolink.share.ShareRefusal.Reason;

/**
 * What an end customer reaches through a member's link, without an account: the product page with
 * the buy form ({@code /s/<token>}), its submission (AiGouBao: holder and insured persons, then the
 * partner's hosted page; Xiebao: the customer's name, then Xiebao's product page) and the link's QR
 * code. Every request checks the link first; a refused one shows a friendly page and writes nothing.
 */
@Controller
class CustomerShareController {

	static final String VIEW_PRODUCT = "share/product";

	private final ShareAccess access;

	private final ShareLinks links;

	private final ShareCheckout checkout;

	private final QrCodes qrCodes;

	private final PublicUrls publicUrls;

	private final Clock clock;

	CustomerShareController(ShareAccess access, ShareLinks links, ShareCheckout checkout, QrCodes qrCodes,
			PublicUrls publicUrls, Clock clock) {
		this.access = access;
		this.links = links;
		this.checkout = checkout;
		this.qrCodes = qrCodes;
		this.publicUrls = publicUrls;
		this.clock = clock;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		binder.setAllowedFields("launchToken", "plan", "coverStart", "coverEnd", "holder.*", "insured[*].*",
				"acceptNotices");
	}

	@InitBinder("xiebaoForm")
	void initXiebaoBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		binder.setAllowedFields("launchToken", "customerName", "acceptNotices");
	}

	/** The link token must not leak to partner hosts (logos) through Referer, nor be indexed or cached. */
	@ModelAttribute
	void privateHeaders(HttpServletResponse response) {
		ShareHeaders.apply(response);
	}

	@GetMapping("/s/{token}")
	String open(@PathVariable String token, Model model) {
		ActiveLink active = this.access.active(token);
		this.links.countOpen(active.link().id());
		if (active.product().getChannel() == Channel.XIEBAO) {
			return show(active, null, XiebaoCustomerFormData.empty(newLaunchToken()), model);
		}
		CustomerPurchaseFormData form = CustomerPurchaseFormData.blank(active.product().getId(), newLaunchToken());
		active.fixedPlan().or(() -> singlePlan(active.product())).ifPresent(plan -> form.setPlan(plan.planCode()));
		LocalDate tomorrow = today().plusDays(1);
		form.setCoverStart(tomorrow.toString());
		form.setCoverEnd(tomorrow.toString());
		return show(active, form, null, model);
	}

	@PostMapping(path = "/s/{token}", params = "addPerson")
	String addPerson(@PathVariable String token, @ModelAttribute("form") CustomerPurchaseFormData form,
			BindingResult result, Model model) {
		ActiveLink active = aigoubao(token);
		form.padRows(2);
		form.addRow();
		return show(active, form, null, model);
	}

	@PostMapping("/s/{token}")
	String buy(@PathVariable String token, @ModelAttribute("form") CustomerPurchaseFormData form, BindingResult result,
			Model model) {
		ActiveLink active = aigoubao(token);
		CustomerFormValidator.validate(form, planCodes(active), today(), result);
		if (result.hasErrors()) {
			if (!CustomerFormValidator.isLaunchToken(form.getLaunchToken())) {
				form.setLaunchToken(newLaunchToken());
			}
			form.padRows(1);
			return show(active, form, null, model);
		}
		Outcome outcome = this.checkout.launchAigoubao(active, form);
		return switch (outcome.kind()) {
			case REDIRECT -> "redirect:" + outcome.redirectUrl();
			case REFUSED -> failure(active, form, model, "buy.error.refused", outcome.partnerMessage());
			case UNAVAILABLE -> failure(active, form, model, "share.error.unavailable", null);
			case PARTNER_DOWN -> failure(active, form, model, "buy.error.partnerDown", null);
			case TOKEN_REJECTED -> {
				form.setLaunchToken(newLaunchToken());
				yield failure(active, form, model, "buy.error.tokenRejected", null);
			}
		};
	}

	@PostMapping("/s/{token}/xiebao")
	String buyXiebao(@PathVariable String token, @ModelAttribute("xiebaoForm") XiebaoCustomerFormData form,
			BindingResult result, @RequestHeader(name = "User-Agent", required = false) String userAgent,
			Model model) {
		ActiveLink active = this.access.active(token);
		if (active.product().getChannel() != Channel.XIEBAO) {
			throw new ShareRefusal(Reason.UNKNOWN);
		}
		CustomerFormValidator.validate(form, result);
		if (result.hasErrors()) {
			if (!CustomerFormValidator.isLaunchToken(form.getLaunchToken())) {
				form.setLaunchToken(newLaunchToken());
			}
			return show(active, null, form, model);
		}
		return this.checkout.launchXiebao(active, form, userAgent).map(url -> "redirect:" + url).orElseGet(() -> {
			form.setLaunchToken(newLaunchToken());
			model.addAttribute("launchError", "buy.error.tokenRejected");
			return show(active, null, form, model);
		});
	}

	@GetMapping("/s/{token}/qr.png")
	ResponseEntity<byte[]> qrCode(@PathVariable String token, @RequestParam(required = false) String size,
			@RequestParam(required = false) String download) {
		ActiveLink active = this.access.active(token);
		String disposition = (download != null ? "attachment" : "inline") + "; filename=\"share-"
				+ active.link().id() + (QrCodes.Size.of(size) == QrCodes.Size.PRINT ? "-print" : "") + ".png\"";
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition)
			.body(this.qrCodes.png(this.publicUrls.absolute("/s/" + active.link().token()), QrCodes.Size.of(size)));
	}

	private ActiveLink aigoubao(String token) {
		ActiveLink active = this.access.active(token);
		if (active.product().getChannel() != Channel.AIGOUBAO) {
			throw new ShareRefusal(Reason.UNKNOWN);
		}
		return active;
	}

	private String failure(ActiveLink active, CustomerPurchaseFormData form, Model model, String messageKey,
			String partnerMessage) {
		model.addAttribute("launchError", messageKey);
		model.addAttribute("partnerMessage", partnerMessage);
		return show(active, form, null, model);
	}

	private String show(ActiveLink active, CustomerPurchaseFormData form, XiebaoCustomerFormData xiebaoForm,
			Model model) {
		model.addAttribute("link", active.link());
		model.addAttribute("product", active.product());
		model.addAttribute("memberName", active.memberName());
		model.addAttribute("plans", active.fixedPlan().map(List::of).orElse(active.product().getPlans()));
		model.addAttribute("form", form);
		model.addAttribute("xiebaoForm", xiebaoForm);
		model.addAttribute("today", today());
		model.addAttribute("validUntil", active.link().lastDay());
		model.addAttribute("maxRows", PurchaseFormData.MAX_ROWS);
		return VIEW_PRODUCT;
	}

	/** The plans the customer may choose: the member's plan if the link names one (and it still exists). */
	private static Set<String> planCodes(ActiveLink active) {
		return active.fixedPlan()
			.map(plan -> Set.of(plan.planCode()))
			.orElseGet(() -> active.product().getPlans().stream().map(ProductPlan::planCode).collect(Collectors.toSet()));
	}

	private static Optional<ProductPlan> singlePlan(Product product) {
		return product.getPlans().size() == 1 ? Optional.of(product.getPlans().get(0)) : Optional.empty();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ChinaTime.ZONE));
	}

	private static String newLaunchToken() {
		return UUID.randomUUID().toString();
	}

}

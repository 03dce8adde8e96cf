package com.baolink.share;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.baolink.catalog.CatalogFilter;
import com.baolink.catalog.CatalogSearch;
import com.baolink.catalog.Product;
import com.baolink.catalog.ProductPlan;
import com.baolink.catalog.Products;
import com.baolink.infrastructure.config.ChinaTime;
import com.baolink.infrastructure.web.PublicUrls;
import com.baolink.member.PortalUser;

/**
 * A member's share links ({@code /shares}): the list with each link's figures, copy / QR code /
 * poster, creating a link (also reached from a product page) and revoking one after a
 * confirmation. A member only ever sees and acts on their own links (anyone else's is "not
 * found"); staff have no member identity to share with.
 */
@Controller
class SharesController {

	static final String VIEW_LIST = "share/shares";

	static final String VIEW_REVOKE = "share/revoke";

	static final int LIST_LIMIT = 200;

	private final ShareLinks links;

	private final ShareLinkCreation creation;

	private final CatalogSearch catalog;

	private final Products products;

	private final SharePoster poster;

	private final PublicUrls publicUrls;

	private final Clock clock;

	SharesController(ShareLinks links, ShareLinkCreation creation, CatalogSearch catalog, Products products,
			SharePoster poster, PublicUrls publicUrls, Clock clock) {
		this.links = links;
		this.creation = creation;
		this.catalog = catalog;
		this.products = products;
		this.poster = poster;
		this.publicUrls = publicUrls;
		this.clock = clock;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		binder.setAllowedFields("productId", "plan", "note", "expiresOn");
	}

	@GetMapping("/shares")
	String list(@RequestParam(required = false) Long product, @RequestParam(required = false) Long created,
			@AuthenticationPrincipal PortalUser user, Model model) {
		requireMember(user);
		return show(user, this.creation.newForm(product), created, model);
	}

	@PostMapping("/shares")
	String create(@ModelAttribute("form") ShareLinkFormData form, BindingResult result,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		requireMember(user);
		Optional<ShareLink> link = this.creation.create(user.memberId(), form, result);
		if (link.isEmpty()) {
			return show(user, form, null, model);
		}
		redirect.addAttribute("created", link.get().id());
		return "redirect:/shares#share-" + link.get().id();
	}

	@GetMapping("/shares/{id}/revoke")
	String confirmRevoke(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
		requireMember(user);
		ShareLink link = own(id, user);
		model.addAttribute("link", link);
		model.addAttribute("product", this.products.findById(link.productId()).orElse(null));
		model.addAttribute("url", url(link));
		return VIEW_REVOKE;
	}

	@PostMapping("/shares/{id}/revoke")
	String revoke(@PathVariable long id, @AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		requireMember(user);
		own(id, user);
		boolean revoked = this.links.revoke(id, user.memberId(), this.clock.instant());
		redirect.addFlashAttribute("revoked", revoked ? id : null);
		return "redirect:/shares";
	}

	@GetMapping("/shares/{id}/poster.png")
	ResponseEntity<byte[]> poster(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Locale locale) {
		requireMember(user);
		ShareLink link = own(id, user);
		if (!link.isActive(this.clock.instant())) {
			throw new ResponseStatusException(HttpStatus.GONE);
		}
		Product product = this.catalog.enabledProduct(link.productId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.GONE));
		Optional<ProductPlan> plan = link.planCode() == null ? Optional.empty() : product.plan(link.planCode());
		var content = new SharePoster.Content(
				plan.map(p -> product.getName() + " · " + p.label()).orElse(product.getName()), product.getInsurerName(),
				plan.map(ProductPlan::displayPrice).orElse(product.getFromPrice()), link.note(), user.displayName(),
				url(link));
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"share-poster-" + id + ".png\"")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
			.body(this.poster.png(content, locale));
	}

	private String show(PortalUser user, ShareLinkFormData form, Long created, Model model) {
		List<ShareLinks.ShareLinkRow> rows = this.links.listOf(user.memberId(), LIST_LIMIT);
		model.addAttribute("form", form);
		model.addAttribute("rows", rows.stream().map(row -> new LinkView(row, url(row.token()), row.isActive(this.clock.instant()),
				ShareLink.lastDay(row.expiresAt()),
				row.createdAt().atZone(ChinaTime.ZONE).toLocalDateTime())).toList());
		model.addAttribute("products", this.catalog.search(new CatalogFilter(null, null, null)));
		model.addAttribute("created", created);
		return VIEW_LIST;
	}

	private ShareLink own(long id, PortalUser user) {
		return this.links.findByIdAndMemberId(id, user.memberId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String url(ShareLink link) {
		return url(link.token());
	}

	private String url(String token) {
		return this.publicUrls.absolute("/s/" + token);
	}

	private static void requireMember(PortalUser user) {
		if (user.isStaff()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

	/** A line of the list as shown: the row, its public URL, whether it still works and its dates in China time. */
	record LinkView(ShareLinks.ShareLinkRow row, String url, boolean active, LocalDate lastDay, LocalDateTime createdAt) {
	}

}

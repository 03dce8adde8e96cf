package com.baolink.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.baolink.audit.AuditAction;
import com.baolink.audit.AuditTrail;
import com.baolink.catalog.CatalogRefresher.AddOutcome;
import com.baolink.infrastructure.web.LanguageSwitch;

/**
 * Staff curate the catalogue of both partners on one screen: add an AiGouBao product by code
 * (checked with 7.5 first) or a Xiebao product by caseCode, describe each (insurer, category,
 * selling points, coverage, notices, terms, limits, picture), show or hide it and place it.
 */
@Controller
@RequestMapping("/admin/products")
class ProductAdminController {

	static final String VIEW_LIST = "catalog/admin-products";

	static final String VIEW_FORM = "catalog/admin-product-form";

	private static final String REDIRECT_LIST = "redirect:/admin/products";

	private final Products products;

	private final CatalogRefresher refresher;

	private final ProductPictures pictures;

	private final Clock clock;

	private final AuditTrail audit;

	ProductAdminController(Products products, CatalogRefresher refresher, ProductPictures pictures, Clock clock,
			AuditTrail audit) {
		this.audit = audit;
		this.products = products;
		this.refresher = refresher;
		this.pictures = pictures;
		this.clock = clock;
	}

	@InitBinder({ "form", "codeForm" })
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		binder.setAllowedFields("code", "name", "fromPrice", "insurerName", "category", "description", "sellingPoints",
				"coverage[*].item", "coverage[*].sumInsured", "coverage[*].notes", "notices", "terms", "minAge", "maxAge",
				"minCoverDays", "maxCoverDays", "maxStartDaysAhead", "displayOrder", "pictureUrl", "enabled");
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("codeForm", new CodeFormData());
		return showList(model);
	}

	/** Adds an AiGouBao product by code: 7.5 must know it (3000 is "no such product"). */
	/** The language switch after a refused code: the list again with the code as typed, nothing called. */
	@PostMapping(path = "/aigoubao", params = "lang")
	String redisplayAigoubao(@ModelAttribute("codeForm") CodeFormData codeForm, Model model) {
		LanguageSwitch.resubmits(model, "aigoubao-add");
		return showList(model);
	}

	@PostMapping(path = "/aigoubao", params = "!lang")
	String addAigoubao(@ModelAttribute("codeForm") CodeFormData codeForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		String code = codeForm.getCode();
		if (code == null || !code.matches("[A-Za-z0-9_-]{1,32}")) {
			result.rejectValue("code", "products.error.aigoubaoCode");
			LanguageSwitch.resubmits(model, "aigoubao-add");
			return showList(model);
		}
		AddOutcome outcome = this.refresher.add(code);
		if (outcome.kind() != AddOutcome.Kind.ADDED) {
			result.rejectValue("code", "products.add." + outcome.kind().name());
			LanguageSwitch.resubmits(model, "aigoubao-add");
			return showList(model);
		}
		this.audit.record(AuditAction.PRODUCT_CREATED, outcome.product().getId(), ProductAudit.summary(outcome.product()),
				null, ProductAudit.of(outcome.product()));
		redirect.addFlashAttribute("added", true);
		return "redirect:/admin/products/" + outcome.product().getId();
	}

	@GetMapping("/new-xiebao")
	String initXiebaoForm(Model model) {
		return showForm(null, Channel.XIEBAO, ProductFormData.newXiebao(), model);
	}

	@PostMapping(path = "/xiebao", params = { "!addCoverage", "!lang" })
	String processXiebaoForm(@ModelAttribute("form") ProductFormData form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		form.validate(Channel.XIEBAO, true, result);
		if (!result.hasFieldErrors("code") && this.products.findByChannelAndCode(Channel.XIEBAO, form.getCode()).isPresent()) {
			result.rejectValue("code", "products.error.caseCodeTaken");
		}
		if (result.hasErrors()) {
			form.padCoverage();
			return showForm(null, Channel.XIEBAO, form, model);
		}
		Product product = Product.newProduct(Channel.XIEBAO, form.getCode(), form.getName(), this.clock.instant());
		Product saved = save(product, form);
		this.audit.record(AuditAction.PRODUCT_CREATED, saved.getId(), ProductAudit.summary(saved), null,
				ProductAudit.of(saved));
		redirect.addFlashAttribute("saved", true);
		return REDIRECT_LIST;
	}

	/** "Add a coverage row" and a language switch show the form again with what was typed. */
	@PostMapping(path = "/xiebao", params = "addCoverage")
	String addXiebaoCoverageRow(@ModelAttribute("form") ProductFormData form, BindingResult result, Model model) {
		form.padCoverage();
		form.addCoverageRow();
		return showForm(null, Channel.XIEBAO, form, model);
	}

	@PostMapping(path = "/xiebao", params = { "lang", "!addCoverage" })
	String redisplayXiebaoForm(@ModelAttribute("form") ProductFormData form, BindingResult result, Model model) {
		form.validate(Channel.XIEBAO, true, result);
		form.padCoverage();
		return showForm(null, Channel.XIEBAO, form, model);
	}

	@GetMapping("/{id}")
	String initUpdateForm(@PathVariable long id, Model model) {
		Product product = product(id);
		return showForm(product, product.getChannel(), ProductFormData.of(product), model);
	}

	@PostMapping(path = "/{id}", params = { "!addCoverage", "!lang" })
	String processUpdateForm(@PathVariable long id, @ModelAttribute("form") ProductFormData form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Product product = product(id);
		form.setCode(product.getCode());
		form.validate(product.getChannel(), false, result);
		if (result.hasErrors()) {
			form.padCoverage();
			return showForm(product, product.getChannel(), form, model);
		}
		var before = ProductAudit.of(product);
		Product saved = save(product, form);
		this.audit.record(AuditAction.PRODUCT_CHANGED, id, ProductAudit.summary(saved), before, ProductAudit.of(saved));
		redirect.addFlashAttribute("saved", true);
		return REDIRECT_LIST;
	}

	@PostMapping(path = "/{id}", params = "addCoverage")
	String addCoverageRow(@PathVariable long id, @ModelAttribute("form") ProductFormData form, BindingResult result,
			Model model) {
		Product product = product(id);
		form.setCode(product.getCode());
		form.padCoverage();
		form.addCoverageRow();
		return showForm(product, product.getChannel(), form, model);
	}

	@PostMapping(path = "/{id}", params = { "lang", "!addCoverage" })
	String redisplayUpdateForm(@PathVariable long id, @ModelAttribute("form") ProductFormData form,
			BindingResult result, Model model) {
		Product product = product(id);
		form.setCode(product.getCode());
		form.validate(product.getChannel(), false, result);
		form.padCoverage();
		return showForm(product, product.getChannel(), form, model);
	}

	@PostMapping("/{id}/enabled")
	String setEnabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
		Product product = product(id);
		boolean was = product.isEnabled();
		product.enable(enabled);
		this.products.save(product);
		if (was != enabled) {
			this.audit.record(enabled ? AuditAction.PRODUCT_ENABLED : AuditAction.PRODUCT_DISABLED, id,
					ProductAudit.summary(product), java.util.Map.of("enabled", was), java.util.Map.of("enabled", enabled));
		}
		redirect.addFlashAttribute("saved", true);
		return REDIRECT_LIST;
	}

	/** Re-reads an AiGouBao product from 7.5 now. */
	@PostMapping("/{id}/refresh")
	String refresh(@PathVariable long id, RedirectAttributes redirect) {
		Product product = product(id);
		if (product.getChannel() != Channel.AIGOUBAO) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		var before = ProductAudit.of(product);
		boolean refreshed = this.refresher.refresh(product);
		if (refreshed) {
			Product after = product(id);
			this.audit.record(AuditAction.PRODUCT_REFRESHED, id, ProductAudit.summary(after), before,
					ProductAudit.of(after));
		}
		redirect.addFlashAttribute(refreshed ? "refreshed" : "refreshFailed", true);
		return "redirect:/admin/products/" + id;
	}

	@PostMapping("/{id}/picture")
	String uploadPicture(@PathVariable long id, @RequestParam(name = "picture", required = false) MultipartFile file,
			Model model, RedirectAttributes redirect) throws IOException {
		Product product = product(id);
		ProductPicture.Result read;
		if (file == null || file.isEmpty()) {
			read = new ProductPicture.Result(null, ProductPicture.Problem.EMPTY);
		}
		else if (file.getSize() > ProductPicture.MAX_BYTES) {
			read = new ProductPicture.Result(null, ProductPicture.Problem.TOO_LARGE);
		}
		else {
			try (InputStream in = file.getInputStream()) {
				read = ProductPicture.read(in);
			}
		}
		if (read.picture() == null) {
			model.addAttribute("pictureError", "products.picture.error." + read.problem().name());
			return showForm(product, product.getChannel(), ProductFormData.of(product), model);
		}
		String before = product.getPictureVersion();
		this.pictures.store(product, read.picture());
		this.audit.record(AuditAction.PRODUCT_PICTURE_CHANGED, id, ProductAudit.summary(product),
				java.util.Collections.singletonMap("picture", before),
				java.util.Collections.singletonMap("picture", product(id).getPictureVersion()));
		redirect.addFlashAttribute("pictureSaved", true);
		return "redirect:/admin/products/" + id;
	}

	@PostMapping("/{id}/picture/delete")
	String removePicture(@PathVariable long id, RedirectAttributes redirect) {
		Product product = product(id);
		String before = product.getPictureVersion();
		this.pictures.remove(product);
		if (before != null) {
			this.audit.record(AuditAction.PRODUCT_PICTURE_REMOVED, id, ProductAudit.summary(product),
					java.util.Collections.singletonMap("picture", before),
					java.util.Collections.singletonMap("picture", null));
		}
		redirect.addFlashAttribute("pictureSaved", true);
		return "redirect:/admin/products/" + id;
	}

	private Product save(Product product, ProductFormData form) {
		if (product.getChannel() == Channel.XIEBAO) {
			product.curated(form.getName(), form.price());
		}
		product.describe(form.getInsurerName(), form.getCategory(), form.getDescription(), form.getPictureUrl());
		product.presentation(form.sellingPointList(), form.coverageLines(), form.getNotices(), form.getTerms());
		product.limits(form.limits());
		product.place(form.order());
		product.enable(form.isEnabled());
		return this.products.save(product);
	}

	private String showList(Model model) {
		model.addAttribute("products", this.products.findAllByOrderByDisplayOrderAscNameAsc());
		return VIEW_LIST;
	}

	private String showForm(Product product, Channel channel, ProductFormData form, Model model) {
		model.addAttribute("product", product);
		model.addAttribute("channel", channel);
		model.addAttribute("form", form);
		model.addAttribute("categories", ProductCategory.values());
		model.addAttribute("maxCoverageRows", ProductFormData.MAX_COVERAGE_ROWS);
		LanguageSwitch.resubmits(model, "product-form");
		model.addAttribute("maxPictureKb", String.valueOf(ProductPicture.MAX_BYTES / 1024));
		return VIEW_FORM;
	}

	private Product product(long id) {
		return this.products.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The "add an AiGouBao product" form. */
	public static class CodeFormData {

		private String code;

		public String getCode() {
			return this.code;
		}

		public void setCode(String code) {
			this.code = code;
		}

	}

}

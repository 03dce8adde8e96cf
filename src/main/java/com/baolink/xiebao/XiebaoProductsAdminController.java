package com.baolink.xiebao;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.baolink.catalog.Product;
import com.baolink.catalog.Products;
import com.baolink.order.Channel;

/** Staff curate the Xiebao products of the catalogue (no partner call describes them): add, edit, disable. */
@Controller
@RequestMapping("/admin/xiebao-products")
class XiebaoProductsAdminController {

	static final String VIEW_LIST = "xiebao/admin-products";

	static final String VIEW_FORM = "xiebao/admin-product-form";

	private final Products products;

	private final XiebaoOrderFacts facts;

	private final Clock clock;

	XiebaoProductsAdminController(Products products, XiebaoOrderFacts facts, Clock clock) {
		this.products = products;
		this.facts = facts;
		this.clock = clock;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		binder.setAllowedFields("caseCode", "name", "description", "pictureUrl", "category", "insurerName", "fromPrice",
				"enabled");
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("products", xiebaoProducts());
		model.addAttribute("abnormalCount", this.facts.countAbnormal());
		return VIEW_LIST;
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("form", new XiebaoProductFormData());
		model.addAttribute("productId", null);
		return VIEW_FORM;
	}

	@PostMapping
	String processCreationForm(@ModelAttribute("form") XiebaoProductFormData form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		form.validate(result, true);
		if (!result.hasFieldErrors("caseCode")
				&& this.products.findByChannelAndCode(Channel.XIEBAO, form.getCaseCode()).isPresent()) {
			result.rejectValue("caseCode", "xiebao.admin.error.caseCodeTaken");
		}
		if (result.hasErrors()) {
			model.addAttribute("productId", null);
			return VIEW_FORM;
		}
		Product product = Product.newProduct(Channel.XIEBAO, form.getCaseCode(), form.getName(), this.clock.instant());
		save(product, form);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/xiebao-products";
	}

	@GetMapping("/{id}")
	String initUpdateForm(@PathVariable long id, Model model) {
		model.addAttribute("form", XiebaoProductFormData.of(xiebaoProduct(id)));
		model.addAttribute("productId", id);
		return VIEW_FORM;
	}

	@PostMapping("/{id}")
	String processUpdateForm(@PathVariable long id, @ModelAttribute("form") XiebaoProductFormData form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Product product = xiebaoProduct(id);
		form.setCaseCode(product.getCode());
		form.validate(result, false);
		if (result.hasErrors()) {
			model.addAttribute("productId", id);
			return VIEW_FORM;
		}
		save(product, form);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/xiebao-products";
	}

	@PostMapping("/{id}/enabled")
	String setEnabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
		Product product = xiebaoProduct(id);
		product.enable(enabled);
		this.products.save(product);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/xiebao-products";
	}

	private void save(Product product, XiebaoProductFormData form) {
		product.curated(form.getName(), form.price());
		product.describe(form.getInsurerName(), form.getCategory(), form.getDescription(), form.getPictureUrl());
		product.enable(form.isEnabled());
		this.products.save(product);
	}

	private List<Product> xiebaoProducts() {
		return this.products.findAll()
			.stream()
			.filter(product -> product.getChannel() == Channel.XIEBAO)
			.sorted(Comparator.comparing(Product::getCode))
			.toList();
	}

	private Product xiebaoProduct(long id) {
		return this.products.findById(id)
			.filter(product -> product.getChannel() == Channel.XIEBAO)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}

package com.baolink.catalog;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The catalogue for members and staff: list with search and filters, and a product's detail. */
@Controller
class CatalogController {

	static final String VIEW_LIST = "catalog/list";

	static final String VIEW_RESULTS = "catalog/list :: results";

	static final String VIEW_DETAIL = "catalog/detail";

	private final CatalogSearch search;

	CatalogController(CatalogSearch search) {
		this.search = search;
	}

	@GetMapping("/catalog")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String insurer,
			@RequestParam(required = false) String category, Model model) {
		addResults(new CatalogFilter(q, insurer, category), model);
		model.addAttribute("facets", this.search.facets());
		return VIEW_LIST;
	}

	/** The live search: only the results, swapped in by htmx while the member types. */
	@HxRequest
	@GetMapping("/catalog")
	String results(@RequestParam(required = false) String q, @RequestParam(required = false) String insurer,
			@RequestParam(required = false) String category, Model model) {
		addResults(new CatalogFilter(q, insurer, category), model);
		return VIEW_RESULTS;
	}

	@GetMapping("/catalog/{id}")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("product", this.search.enabledProduct(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return VIEW_DETAIL;
	}

	private void addResults(CatalogFilter filter, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("products", this.search.search(filter));
	}

}

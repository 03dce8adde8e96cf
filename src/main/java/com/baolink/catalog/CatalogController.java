package com.baolink.catalog;

import java.time.Duration;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import com.baolink.member.PortalUser;

/** The catalogue for members and staff: list with search and filters, and a product's detail. */
@Controller
class CatalogController {

	static final String VIEW_LIST = "catalog/list";

	static final String VIEW_RESULTS = "catalog/list :: results";

	static final String VIEW_DETAIL = "catalog/detail";

	private final CatalogSearch search;

	private final ProductPictures pictures;

	private final Products products;

	CatalogController(CatalogSearch search, ProductPictures pictures, Products products) {
		this.search = search;
		this.pictures = pictures;
		this.products = products;
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

	/**
	 * The picture staff uploaded; the URL carries its hash, so it may be cached for long. Members
	 * see pictures of listed products only; staff also of hidden ones (the curation screen).
	 */
	@GetMapping("/catalog/{id}/picture")
	ResponseEntity<byte[]> picture(@PathVariable long id, @AuthenticationPrincipal PortalUser user) {
		boolean visible = user != null && user.isStaff() ? this.products.existsById(id)
				: this.search.enabledProduct(id).isPresent();
		ProductPictures.Stored stored = visible ? this.pictures.find(id).orElse(null) : null;
		if (stored == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(stored.contentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePrivate())
			.eTag(stored.sha256())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline")
			.body(stored.content());
	}

	private void addResults(CatalogFilter filter, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("products", this.search.search(filter));
	}

}

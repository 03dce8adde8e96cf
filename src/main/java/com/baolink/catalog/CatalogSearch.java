package com.baolink.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Browsing the catalogue. The catalogue is a few dozen products at most, so listed products are
 * filtered in memory: no user text ever reaches SQL.
 */
@Service
public class CatalogSearch {

	private final Products products;

	CatalogSearch(Products products) {
		this.products = products;
	}

	public List<Product> search(CatalogFilter filter) {
		return listed().stream().filter(filter::matches).toList();
	}

	/** Insurer names and categories present among listed products, for the filter drop-downs. */
	public Facets facets() {
		List<Product> listed = listed();
		List<String> insurers = listed.stream().map(Product::getInsurerName).filter(Objects::nonNull).distinct()
			.sorted().toList();
		List<ProductCategory> categories = listed.stream().map(Product::getCategoryKind).filter(Objects::nonNull)
			.distinct().sorted().toList();
		return new Facets(insurers, categories);
	}

	/** A listed product by the portal's id; hidden and unknown products are both "not found". */
	public Optional<Product> enabledProduct(long id) {
		return this.products.findById(id).filter(Product::isListed);
	}

	private List<Product> listed() {
		return this.products.findByEnabledTrueOrderByDisplayOrderAscNameAsc().stream().filter(Product::isListed).toList();
	}

	public record Facets(List<String> insurers, List<ProductCategory> categories) {
	}

}

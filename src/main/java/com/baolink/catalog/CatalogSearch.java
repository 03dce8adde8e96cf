package com.baolink.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Browsing the catalogue. The catalogue is a few dozen products at most, so enabled products are
 * filtered in memory: no user text ever reaches SQL.
 */
@Service
public class CatalogSearch {

	private final Products products;

	CatalogSearch(Products products) {
		this.products = products;
	}

	public List<Product> search(CatalogFilter filter) {
		return this.products.findByEnabledTrueOrderByNameAsc().stream().filter(filter::matches).toList();
	}

	/** Insurer names and categories present among enabled products, for the filter drop-downs. */
	public Facets facets() {
		List<Product> enabled = this.products.findByEnabledTrueOrderByNameAsc();
		return new Facets(distinct(enabled.stream().map(Product::getInsurerName).toList()),
				distinct(enabled.stream().map(Product::getCategory).toList()));
	}

	/** An enabled product by the portal's id; disabled and unknown products are both "not found". */
	public Optional<Product> enabledProduct(long id) {
		return this.products.findById(id).filter(Product::isEnabled);
	}

	private static List<String> distinct(List<String> values) {
		return values.stream().filter(Objects::nonNull).distinct().sorted().toList();
	}

	public record Facets(List<String> insurers, List<String> categories) {
	}

}

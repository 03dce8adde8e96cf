package com.baolink.catalog;

import java.util.Locale;

/**
 * What a member searches the catalogue by; blank means "any". Overlong input is cut, never an
 * error. {@code q} matches the product's name, insurer, code or a selling point; {@code category}
 * is a {@link ProductCategory} name.
 */
public record CatalogFilter(String q, String insurer, String category) {

	private static final int MAX = 100;

	public CatalogFilter {
		q = clean(q);
		insurer = clean(insurer);
		category = clean(category);
	}

	boolean matches(Product product) {
		return (this.q == null || contains(product.getName(), this.q) || contains(product.getInsurerName(), this.q)
				|| this.q.equalsIgnoreCase(product.getCode())
				|| product.getSellingPoints().stream().anyMatch(point -> contains(point, this.q)))
				&& (this.insurer == null || this.insurer.equals(product.getInsurerName()))
				&& (this.category == null || this.category.equals(product.getCategory()));
	}

	private static boolean contains(String text, String part) {
		return text != null && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
	}

	private static String clean(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		return stripped.length() <= MAX ? stripped : stripped.substring(0, MAX);
	}

}

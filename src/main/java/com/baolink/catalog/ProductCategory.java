package com.baolink.catalog;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of insurance the catalogue groups products by; labels are {@code catalog.category.<NAME>}. */
public enum ProductCategory {

	TRAVEL, ACCIDENT, HEALTH, PROPERTY, LIABILITY, SPORTS, OTHER;

	public String messageKey() {
		return "catalog.category." + name();
	}

	public static Optional<ProductCategory> of(String code) {
		return code == null ? Optional.empty()
				: Arrays.stream(values()).filter(category -> category.name().equals(code)).findFirst();
	}

}

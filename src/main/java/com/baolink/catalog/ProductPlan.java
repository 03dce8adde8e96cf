package com.baolink.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.data.relational.core.mapping.Table;

/** A plan of a product (the partner's plan code) and the lowest price it sells for, in yuan. */
@Table("product_plan")
public record ProductPlan(String planCode, String name, BigDecimal minPrice) {

	/** The minimum price with exactly two decimals, or null when the partner gave none. */
	public BigDecimal displayPrice() {
		return this.minPrice == null ? null : this.minPrice.setScale(2, RoundingMode.HALF_UP);
	}

	/** The plan's name, or its code when the partner gave no name. */
	public String label() {
		return this.name == null || this.name.isBlank() ? this.planCode : this.name;
	}

}

package com.baolink.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.data.relational.core.mapping.Table;

/** A line of a product's coverage table: what is covered, up to which sum (yuan; none: see notes) and notes. */
@Table("product_coverage")
public record ProductCoverage(String item, BigDecimal sumInsured, String notes) {

	/** The sum insured with two decimals, or null. */
	public BigDecimal displaySum() {
		return this.sumInsured == null ? null : this.sumInsured.setScale(2, RoundingMode.HALF_UP);
	}

}

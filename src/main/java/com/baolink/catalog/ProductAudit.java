package com.baolink.catalog;

import java.util.LinkedHashMap;
import java.util.Map;

/** The fields of a product the audit log keeps before and after a staff change (long texts shortened). */
final class ProductAudit {

	static final int TEXT_MAX = 500;

	private ProductAudit() {
	}

	static Map<String, Object> of(Product product) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("channel", product.getChannel().name());
		fields.put("code", product.getCode());
		fields.put("name", product.getName());
		fields.put("insurerName", product.getInsurerName());
		fields.put("category", product.getCategory());
		fields.put("fromPrice", product.getFromPrice() == null ? null : product.getFromPrice().toPlainString());
		fields.put("plans", product.getPlans().size());
		fields.put("description", shortened(product.getDescription()));
		fields.put("sellingPoints", product.getSellingPoints());
		fields.put("coverageRows", product.getCoverage().size());
		fields.put("notices", shortened(product.getNotices()));
		fields.put("terms", shortened(product.getTerms()));
		fields.put("limits", String.valueOf(product.getLimits()));
		fields.put("pictureUrl", product.getPictureUrl());
		fields.put("picture", product.getPictureVersion());
		fields.put("displayOrder", product.getDisplayOrder());
		fields.put("enabled", product.isEnabled());
		return fields;
	}

	static String summary(Product product) {
		return product.getName() + " (" + product.getChannel().name() + " " + product.getCode() + ")";
	}

	private static String shortened(String text) {
		return text == null || text.length() <= TEXT_MAX ? text : text.substring(0, TEXT_MAX) + "…";
	}

}

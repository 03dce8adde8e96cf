package com.baolink.xiebao;

import java.math.BigDecimal;

import org.springframework.validation.Errors;

import com.baolink.catalog.Product;

/** The staff form of a Xiebao product (add / edit). */
public class XiebaoProductFormData {

	private String caseCode;

	private String name;

	private String description;

	private String pictureUrl;

	private String category;

	private String insurerName;

	private String fromPrice;

	private boolean enabled = true;

	static XiebaoProductFormData of(Product product) {
		XiebaoProductFormData form = new XiebaoProductFormData();
		form.caseCode = product.getCode();
		form.name = product.getName();
		form.description = product.getDescription();
		form.pictureUrl = product.getPictureUrl();
		form.category = product.getCategory();
		form.insurerName = product.getInsurerName();
		form.fromPrice = product.getFromPrice() == null ? null : product.getFromPrice().toPlainString();
		form.enabled = product.isEnabled();
		return form;
	}

	/** Field checks; {@code caseCodeEditable} false when editing (the code identifies the product). */
	void validate(Errors errors, boolean caseCodeEditable) {
		if (caseCodeEditable && (this.caseCode == null || !this.caseCode.matches("[A-Za-z0-9_-]{1,32}"))) {
			errors.rejectValue("caseCode", "xiebao.admin.error.caseCode");
		}
		if (this.name == null || this.name.isBlank() || this.name.length() > 200) {
			errors.rejectValue("name", "xiebao.admin.error.name");
		}
		if (this.fromPrice != null && !this.fromPrice.isBlank() && price() == null) {
			errors.rejectValue("fromPrice", "xiebao.admin.error.price");
		}
		if (this.pictureUrl != null && !this.pictureUrl.isBlank()
				&& (!this.pictureUrl.matches("https?://\\S+") || this.pictureUrl.length() > 1024)) {
			errors.rejectValue("pictureUrl", "xiebao.admin.error.pictureUrl");
		}
		tooLong(errors, "description", this.description, 4000);
		tooLong(errors, "category", this.category, 64);
		tooLong(errors, "insurerName", this.insurerName, 200);
	}

	/** The "from" price, or null when blank or not a valid amount. */
	BigDecimal price() {
		if (this.fromPrice == null || this.fromPrice.isBlank()) {
			return null;
		}
		try {
			BigDecimal price = new BigDecimal(this.fromPrice.trim());
			return price.signum() < 0 || price.scale() > 2 || price.compareTo(new BigDecimal("99999999")) > 0 ? null
					: price.setScale(2);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static void tooLong(Errors errors, String field, String value, int max) {
		if (value != null && value.length() > max) {
			errors.rejectValue(field, "xiebao.admin.error.tooLong");
		}
	}

	public String getCaseCode() {
		return this.caseCode;
	}

	public void setCaseCode(String caseCode) {
		this.caseCode = caseCode;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getPictureUrl() {
		return this.pictureUrl;
	}

	public void setPictureUrl(String pictureUrl) {
		this.pictureUrl = pictureUrl;
	}

	public String getCategory() {
		return this.category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getInsurerName() {
		return this.insurerName;
	}

	public void setInsurerName(String insurerName) {
		this.insurerName = insurerName;
	}

	public String getFromPrice() {
		return this.fromPrice;
	}

	public void setFromPrice(String fromPrice) {
		this.fromPrice = fromPrice;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

}

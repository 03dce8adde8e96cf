package com.baolink.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;


/**
 * The staff form of a catalogue product, exactly as typed (every field is text so the form can be
 * shown again with what was entered). Name, code and "from" price are staff's only for Xiebao
 * products; AiGouBao's come from 7.5.
 */
public class ProductFormData {

	/** Coverage rows shown at least (empty ones are ignored); "add a row" adds one more. */
	public static final int MIN_COVERAGE_ROWS = 3;

	public static final int MAX_COVERAGE_ROWS = 30;

	public static final int MAX_SELLING_POINTS = 8;

	static final int SELLING_POINT_MAX = 60;

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");

	private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999");

	private String code;

	private String name;

	private String fromPrice;

	private String insurerName;

	private String category;

	private String description;

	private String sellingPoints;

	private List<CoverageRow> coverage = new ArrayList<>();

	private String notices;

	private String terms;

	private String minAge;

	private String maxAge;

	private String minCoverDays;

	private String maxCoverDays;

	private String maxStartDaysAhead;

	private String displayOrder = String.valueOf(Product.DEFAULT_DISPLAY_ORDER);

	private String pictureUrl;

	private boolean enabled = true;

	static ProductFormData of(Product product) {
		ProductFormData form = new ProductFormData();
		form.code = product.getCode();
		form.name = product.getName();
		form.fromPrice = product.getFromPrice() == null ? null : product.getFromPrice().toPlainString();
		form.insurerName = product.getInsurerName();
		form.category = product.getCategory();
		form.description = product.getDescription();
		form.sellingPoints = String.join("\n", product.getSellingPoints());
		form.coverage = new ArrayList<>(product.getCoverage()
			.stream()
			.map(line -> new CoverageRow(line.item(),
					line.displaySum() == null ? null : line.displaySum().toPlainString(), line.notes()))
			.toList());
		form.notices = product.getNotices();
		form.terms = product.getTerms();
		ProductLimits limits = product.getLimits();
		form.minAge = text(limits.minAge());
		form.maxAge = text(limits.maxAge());
		form.minCoverDays = text(limits.minCoverDays());
		form.maxCoverDays = text(limits.maxCoverDays());
		form.maxStartDaysAhead = text(limits.maxStartDaysAhead());
		form.displayOrder = String.valueOf(product.getDisplayOrder());
		form.pictureUrl = product.getPictureUrl();
		form.enabled = product.isEnabled();
		form.padCoverage();
		return form;
	}

	static ProductFormData newXiebao() {
		ProductFormData form = new ProductFormData();
		form.padCoverage();
		return form;
	}

	/** Makes sure at least {@link #MIN_COVERAGE_ROWS} rows are shown. */
	void padCoverage() {
		while (this.coverage.size() < MIN_COVERAGE_ROWS) {
			this.coverage.add(new CoverageRow());
		}
	}

	void addCoverageRow() {
		if (this.coverage.size() < MAX_COVERAGE_ROWS) {
			this.coverage.add(new CoverageRow());
		}
	}

	/** Field checks; {@code channel} decides which fields are staff's, {@code creating} whether the code is typed. */
	void validate(Channel channel, boolean creating, Errors errors) {
		if (channel == Channel.XIEBAO) {
			if (creating && (this.code == null || !CODE.matcher(this.code).matches())) {
				errors.rejectValue("code", "products.error.caseCode");
			}
			if (this.name == null || this.name.isBlank() || this.name.length() > 200) {
				errors.rejectValue("name", "products.error.name");
			}
			if (this.fromPrice != null && amount(this.fromPrice) == null) {
				errors.rejectValue("fromPrice", "products.error.amount");
			}
		}
		tooLong(errors, "insurerName", this.insurerName, 100);
		if (this.category != null && ProductCategory.of(this.category).isEmpty()) {
			errors.rejectValue("category", "products.error.category");
		}
		tooLong(errors, "description", this.description, 4000);
		validateSellingPoints(errors);
		validateCoverage(errors);
		tooLong(errors, "notices", this.notices, 8000);
		tooLong(errors, "terms", this.terms, 20000);
		Integer min = number(errors, "minAge", this.minAge, 0, 120);
		Integer max = number(errors, "maxAge", this.maxAge, 0, 120);
		if (min != null && max != null && min > max) {
			errors.rejectValue("maxAge", "products.error.maxAgeBelowMin");
		}
		Integer minDays = number(errors, "minCoverDays", this.minCoverDays, 1, 3660);
		Integer maxDays = number(errors, "maxCoverDays", this.maxCoverDays, 1, 3660);
		if (minDays != null && maxDays != null && minDays > maxDays) {
			errors.rejectValue("maxCoverDays", "products.error.maxDaysBelowMin");
		}
		number(errors, "maxStartDaysAhead", this.maxStartDaysAhead, 0, 730);
		if (this.displayOrder == null) {
			errors.rejectValue("displayOrder", "products.error.required");
		}
		else {
			number(errors, "displayOrder", this.displayOrder, 0, 9999);
		}
		if (this.pictureUrl != null && (this.pictureUrl.length() > 1024 || Product.safeImageUrl(this.pictureUrl) == null
				|| !this.pictureUrl.startsWith("https://"))) {
			errors.rejectValue("pictureUrl", "products.error.pictureUrl");
		}
	}

	private void validateSellingPoints(Errors errors) {
		List<String> points = sellingPointList();
		if (points.size() > MAX_SELLING_POINTS) {
			errors.rejectValue("sellingPoints", "products.error.sellingPoints.tooMany",
					new Object[] { MAX_SELLING_POINTS }, null);
		}
		else if (points.stream().anyMatch(point -> point.length() > SELLING_POINT_MAX)) {
			errors.rejectValue("sellingPoints", "products.error.sellingPoints.tooLong",
					new Object[] { SELLING_POINT_MAX }, null);
		}
	}

	private void validateCoverage(Errors errors) {
		if (this.coverage.size() > MAX_COVERAGE_ROWS) {
			errors.reject("products.error.coverage.tooMany", new Object[] { MAX_COVERAGE_ROWS }, null);
			return;
		}
		for (int i = 0; i < this.coverage.size(); i++) {
			CoverageRow row = this.coverage.get(i);
			if (row == null || row.isBlank()) {
				continue;
			}
			String path = "coverage[" + i + "].";
			if (row.getItem() == null) {
				errors.rejectValue(path + "item", "products.error.coverage.item");
			}
			else {
				tooLong(errors, path + "item", row.getItem(), 100);
			}
			if (row.getSumInsured() != null && amount(row.getSumInsured()) == null) {
				errors.rejectValue(path + "sumInsured", "products.error.amount");
			}
			tooLong(errors, path + "notes", row.getNotes(), 300);
		}
	}

	List<String> sellingPointList() {
		return this.sellingPoints == null ? List.of()
				: Arrays.stream(this.sellingPoints.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	/** The coverage lines of a valid form. */
	List<ProductCoverage> coverageLines() {
		return this.coverage.stream()
			.filter(row -> row != null && !row.isBlank())
			.map(row -> new ProductCoverage(row.getItem(), amount(row.getSumInsured()), row.getNotes()))
			.toList();
	}

	/** The limits of a valid form. */
	ProductLimits limits() {
		return new ProductLimits(parse(this.minAge), parse(this.maxAge), parse(this.minCoverDays),
				parse(this.maxCoverDays), parse(this.maxStartDaysAhead));
	}

	int order() {
		Integer order = parse(this.displayOrder);
		return order == null ? Product.DEFAULT_DISPLAY_ORDER : order;
	}

	BigDecimal price() {
		return amount(this.fromPrice);
	}

	/** A non-negative amount with at most two decimals, or null (also for blank). */
	static BigDecimal amount(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			BigDecimal value = new BigDecimal(text.strip().replace(",", ""));
			return value.signum() < 0 || value.scale() > 2 || value.compareTo(MAX_AMOUNT) > 0 ? null : value.setScale(2);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static Integer number(Errors errors, String field, String text, int min, int max) {
		if (text == null) {
			return null;
		}
		Integer value = parse(text);
		if (value == null || value < min || value > max) {
			errors.rejectValue(field, "products.error.range", new Object[] { min, max }, null);
			return null;
		}
		return value;
	}

	private static Integer parse(String text) {
		if (text == null || text.isBlank() || !text.strip().matches("\\d{1,5}")) {
			return null;
		}
		return Integer.valueOf(text.strip());
	}

	private static String text(Integer value) {
		return value == null ? null : value.toString();
	}

	private static void tooLong(Errors errors, String field, String value, int max) {
		if (value != null && value.length() > max) {
			errors.rejectValue(field, "products.error.tooLong", new Object[] { max }, null);
		}
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getFromPrice() {
		return this.fromPrice;
	}

	public void setFromPrice(String fromPrice) {
		this.fromPrice = fromPrice;
	}

	public String getInsurerName() {
		return this.insurerName;
	}

	public void setInsurerName(String insurerName) {
		this.insurerName = insurerName;
	}

	public String getCategory() {
		return this.category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getSellingPoints() {
		return this.sellingPoints;
	}

	public void setSellingPoints(String sellingPoints) {
		this.sellingPoints = sellingPoints;
	}

	public List<CoverageRow> getCoverage() {
		return this.coverage;
	}

	public void setCoverage(List<CoverageRow> coverage) {
		this.coverage = coverage;
	}

	public String getNotices() {
		return this.notices;
	}

	public void setNotices(String notices) {
		this.notices = notices;
	}

	public String getTerms() {
		return this.terms;
	}

	public void setTerms(String terms) {
		this.terms = terms;
	}

	public String getMinAge() {
		return this.minAge;
	}

	public void setMinAge(String minAge) {
		this.minAge = minAge;
	}

	public String getMaxAge() {
		return this.maxAge;
	}

	public void setMaxAge(String maxAge) {
		this.maxAge = maxAge;
	}

	public String getMinCoverDays() {
		return this.minCoverDays;
	}

	public void setMinCoverDays(String minCoverDays) {
		this.minCoverDays = minCoverDays;
	}

	public String getMaxCoverDays() {
		return this.maxCoverDays;
	}

	public void setMaxCoverDays(String maxCoverDays) {
		this.maxCoverDays = maxCoverDays;
	}

	public String getMaxStartDaysAhead() {
		return this.maxStartDaysAhead;
	}

	public void setMaxStartDaysAhead(String maxStartDaysAhead) {
		this.maxStartDaysAhead = maxStartDaysAhead;
	}

	public String getDisplayOrder() {
		return this.displayOrder;
	}

	public void setDisplayOrder(String displayOrder) {
		this.displayOrder = displayOrder;
	}

	public String getPictureUrl() {
		return this.pictureUrl;
	}

	public void setPictureUrl(String pictureUrl) {
		this.pictureUrl = pictureUrl;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	/** A coverage row as typed. */
	public static class CoverageRow {

		private String item;

		private String sumInsured;

		private String notes;

		public CoverageRow() {
		}

		CoverageRow(String item, String sumInsured, String notes) {
			this.item = item;
			this.sumInsured = sumInsured;
			this.notes = notes;
		}

		boolean isBlank() {
			return this.item == null && this.sumInsured == null && this.notes == null;
		}

		public String getItem() {
			return this.item;
		}

		public void setItem(String item) {
			this.item = item;
		}

		public String getSumInsured() {
			return this.sumInsured;
		}

		public void setSumInsured(String sumInsured) {
			this.sumInsured = sumInsured;
		}

		public String getNotes() {
			return this.notes;
		}

		public void setNotes(String notes) {
			this.notes = notes;
		}

	}

}

package com.baolink.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;


/**
 * A product of the catalogue. For AiGouBao products the name, insurer logo and plans come from the
 * partner (7.5) and are replaced on every refresh; what staff curate (insurer name, category,
 * description, selling points, coverage, notices, terms, limits, picture, order, enabled) is never
 * touched by a refresh. {@code minPrice} is the lowest plan
 * price, kept in a column so it can be sorted on.
 */
@Table("product")
public class Product {

	@Id
	private Long id;

	@Version
	private Long version;

	private Channel channel;

	private String code;

	private String name;

	private String insurerName;

	private String insurerLogoUrl;

	private String category;

	private String description;

	private String pictureUrl;

	private boolean enabled;

	private BigDecimal minPrice;

	private Instant refreshedAt;

	private Instant createdAt;

	private String sellingPoints;

	private String notices;

	private String terms;

	private Integer minAge;

	private Integer maxAge;

	private Integer minCoverDays;

	private Integer maxCoverDays;

	private Integer maxStartDaysAhead;

	private int displayOrder = DEFAULT_DISPLAY_ORDER;

	/** Set while an uploaded picture exists: its hash, so the picture URL changes with the picture. */
	private String pictureVersion;

	@MappedCollection(idColumn = "product", keyColumn = "position")
	private List<ProductPlan> plans = new ArrayList<>();

	@MappedCollection(idColumn = "product", keyColumn = "position")
	private List<ProductCoverage> coverage = new ArrayList<>();

	/** Where a product is listed when staff did not place it. */
	public static final int DEFAULT_DISPLAY_ORDER = 100;

	Product() {
	}

	/** A product known so far only by its code; {@link #refreshed} fills it in. Enabled by default. */
	public static Product newProduct(Channel channel, String code, String name, Instant now) {
		Product product = new Product();
		product.channel = channel;
		product.code = code;
		product.name = name;
		product.enabled = true;
		product.createdAt = now;
		return product;
	}

	/** The partner's current facts; a logo that is not an http(s) or protocol-relative URL is dropped. */
	public void refreshed(String name, String insurerLogoUrl, List<ProductPlan> plans, Instant now) {
		if (name != null && !name.isBlank()) {
			this.name = truncate(name.strip(), 200);
		}
		this.insurerLogoUrl = safeImageUrl(insurerLogoUrl);
		this.plans = new ArrayList<>(plans);
		this.minPrice = this.plans.stream()
			.map(ProductPlan::minPrice)
			.filter(Objects::nonNull)
			.min(Comparator.naturalOrder())
			.orElse(null);
		this.refreshedAt = now;
	}

	/** What staff curate about a product. */
	public void describe(String insurerName, String category, String description, String pictureUrl) {
		this.insurerName = blankToNull(insurerName);
		this.category = blankToNull(category);
		this.description = blankToNull(description);
		this.pictureUrl = safeImageUrl(pictureUrl);
	}

	/**
	 * Name and "from" price set by staff, for products no partner call describes (Xiebao: the
	 * member picks the plan on Xiebao's page). A blank name keeps the current one.
	 */
	public void curated(String name, BigDecimal fromPrice) {
		if (name != null && !name.isBlank()) {
			this.name = truncate(name.strip(), 200);
		}
		this.minPrice = fromPrice;
	}

	/** What staff tell members beyond the description: selling points (one per line), coverage, notices and terms. */
	public void presentation(List<String> sellingPoints, List<ProductCoverage> coverage, String notices, String terms) {
		List<String> points = sellingPoints.stream().filter(Objects::nonNull).map(String::strip)
			.filter(point -> !point.isEmpty()).toList();
		this.sellingPoints = points.isEmpty() ? null : String.join("\n", points);
		this.coverage = new ArrayList<>(coverage);
		this.notices = blankToNull(notices);
		this.terms = blankToNull(terms);
	}

	public void limits(ProductLimits limits) {
		this.minAge = limits.minAge();
		this.maxAge = limits.maxAge();
		this.minCoverDays = limits.minCoverDays();
		this.maxCoverDays = limits.maxCoverDays();
		this.maxStartDaysAhead = limits.maxStartDaysAhead();
	}

	public void place(int displayOrder) {
		this.displayOrder = displayOrder;
	}

	/** An uploaded picture was stored ({@code version}: its hash) or removed (null). */
	void pictureUploaded(String version) {
		this.pictureVersion = version;
	}

	public void enable(boolean enabled) {
		this.enabled = enabled;
	}

	public Optional<ProductPlan> plan(String planCode) {
		return this.plans.stream().filter(plan -> plan.planCode().equals(planCode)).findFirst();
	}

	/** "From ¥x": the lowest plan price with two decimals, or null when no plan has a price. */
	public BigDecimal getFromPrice() {
		return this.minPrice == null ? null : this.minPrice.setScale(2, RoundingMode.HALF_UP);
	}

	static String safeImageUrl(String url) {
		if (url == null) {
			return null;
		}
		String trimmed = url.strip();
		boolean usable = trimmed.startsWith("//") || trimmed.startsWith("https://") || trimmed.startsWith("http://");
		return usable && trimmed.length() <= 1024 && trimmed.chars().noneMatch(c -> c <= ' ' || c == '"' || c == '<')
				? trimmed : null;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	public Long getId() {
		return this.id;
	}

	public Channel getChannel() {
		return this.channel;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public String getInsurerName() {
		return this.insurerName;
	}

	public String getInsurerLogoUrl() {
		return this.insurerLogoUrl;
	}

	public String getCategory() {
		return this.category;
	}

	public String getDescription() {
		return this.description;
	}

	public String getPictureUrl() {
		return this.pictureUrl;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public BigDecimal getMinPrice() {
		return this.minPrice;
	}

	public Instant getRefreshedAt() {
		return this.refreshedAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public List<ProductPlan> getPlans() {
		return List.copyOf(this.plans);
	}

	public List<ProductCoverage> getCoverage() {
		return List.copyOf(this.coverage);
	}

	public List<String> getSellingPoints() {
		return this.sellingPoints == null ? List.of() : List.of(this.sellingPoints.split("\n"));
	}

	public String getNotices() {
		return this.notices;
	}

	public String getTerms() {
		return this.terms;
	}

	public ProductLimits getLimits() {
		return new ProductLimits(this.minAge, this.maxAge, this.minCoverDays, this.maxCoverDays, this.maxStartDaysAhead);
	}

	public int getDisplayOrder() {
		return this.displayOrder;
	}

	public String getPictureVersion() {
		return this.pictureVersion;
	}

	/** The category as one of the catalogue's kinds, or null. */
	public ProductCategory getCategoryKind() {
		return ProductCategory.of(this.category).orElse(null);
	}

	/**
	 * Members may see and buy it: shown by staff and, for AiGouBao, read from the partner at least
	 * once (a product only known by its code has no name or plans yet).
	 */
	public boolean isListed() {
		return this.enabled && (this.channel != Channel.AIGOUBAO || this.refreshedAt != null);
	}

}

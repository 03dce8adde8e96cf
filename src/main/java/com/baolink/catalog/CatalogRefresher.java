package com.baolink.catalog;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import com.baolink.partner.PartnerUnavailableException;
import com.baolink.partner.aigoubao.AigoubaoApi;
import com.baolink.partner.aigoubao.AigoubaoApi.CallPriority;
import com.baolink.partner.aigoubao.AigoubaoApi.ProductDetail;
import com.baolink.partner.aigoubao.AigoubaoApi.ProductDetailRequest;
import com.baolink.partner.aigoubao.AigoubaoCode;
import com.baolink.partner.aigoubao.AigoubaoException;

/**
 * Reads AiGouBao products with 7.5: every AiGouBao product of the catalogue in the background (a
 * code that fails is logged and the product kept as it was; the others still refresh), and one
 * code staff add (checked before it is saved).
 */
@Service
public class CatalogRefresher {

	private static final Logger log = LoggerFactory.getLogger(CatalogRefresher.class);

	private final AigoubaoApi api;

	private final Products products;

	private final CatalogProperties properties;

	private final Clock clock;

	CatalogRefresher(AigoubaoApi api, Products products, CatalogProperties properties, Clock clock) {
		this.api = api;
		this.products = products;
		this.properties = properties;
		this.clock = clock;
	}

	/** Refreshes every AiGouBao product of the catalogue (shown or hidden); returns how many succeeded. */
	public int refreshAll() {
		List<Product> catalogue = this.products.findByChannel(Channel.AIGOUBAO);
		if (catalogue.isEmpty()) {
			return 0;
		}
		String memberId = memberId();
		if (memberId == null) {
			log.warn("Catalogue refresh skipped: baolink.catalog.aigoubao-member-id is not set ({} products)",
					catalogue.size());
			return 0;
		}
		int refreshed = 0;
		for (Product product : catalogue) {
			if (refreshOne(product, memberId)) {
				refreshed++;
			}
		}
		log.info("Catalogue refresh: {} of {} AiGouBao products refreshed", refreshed, catalogue.size());
		return refreshed;
	}

	/**
	 * Staff add an AiGouBao product by its code: read with 7.5 first, saved (hidden, to be curated)
	 * only when AiGouBao knows it.
	 */
	public AddOutcome add(String code) {
		if (this.products.findByChannelAndCode(Channel.AIGOUBAO, code).isPresent()) {
			return new AddOutcome(AddOutcome.Kind.ALREADY_PRESENT, null);
		}
		String memberId = memberId();
		if (memberId == null) {
			return new AddOutcome(AddOutcome.Kind.NOT_CONFIGURED, null);
		}
		try {
			ProductDetail detail = this.api.getProductDetail(new ProductDetailRequest(code, null, memberId),
					CallPriority.USER);
			if (detail == null) {
				return new AddOutcome(AddOutcome.Kind.PARTNER_DOWN, null);
			}
			Product product = Product.newProduct(Channel.AIGOUBAO, code, code, this.clock.instant());
			product.enable(false);
			apply(product, detail);
			return new AddOutcome(AddOutcome.Kind.ADDED, this.products.save(product));
		}
		catch (AigoubaoException ex) {
			if (ex.code() == AigoubaoCode.PRODUCT_NOT_FOUND) {
				return new AddOutcome(AddOutcome.Kind.NO_SUCH_PRODUCT, null);
			}
			return new AddOutcome(ex.code().configurationFault() ? AddOutcome.Kind.CONFIGURATION_FAULT
					: AddOutcome.Kind.REFUSED, null);
		}
		catch (PartnerUnavailableException ex) {
			return new AddOutcome(AddOutcome.Kind.PARTNER_DOWN, null);
		}
	}

	/** Re-reads one product now (staff's "refresh" button); returns whether it worked. */
	public boolean refresh(Product product) {
		String memberId = memberId();
		return memberId != null && refreshOne(product, memberId);
	}

	private boolean refreshOne(Product product, String memberId) {
		try {
			ProductDetail detail = this.api.getProductDetail(new ProductDetailRequest(product.getCode(), null, memberId),
					CallPriority.BACKGROUND);
			if (detail == null) {
				throw new IllegalStateException("no product data in the answer");
			}
			Product current = this.products.findById(product.getId()).orElse(product);
			apply(current, detail);
			this.products.save(current);
			return true;
		}
		catch (RuntimeException ex) {
			// One bad code (3000, partner down, unreadable answer) must not stop the others.
			log.warn("Catalogue refresh of AiGouBao product {} failed, keeping what we had: {}", product.getCode(),
					ex.getMessage());
			return false;
		}
	}

	private void apply(Product product, ProductDetail detail) {
		List<ProductPlan> plans = detail.plans() == null ? List.of()
				: detail.plans()
					.stream()
					.filter(Objects::nonNull)
					.filter(plan -> plan.planCode() != null && !plan.planCode().isBlank())
					.map(plan -> new ProductPlan(plan.planCode().strip(), plan.planName(), plan.minPrice()))
					.toList();
		product.refreshed(detail.productName(), detail.insuranceCompanyLogo(), plans, this.clock.instant());
	}

	private String memberId() {
		String memberId = this.properties.aigoubaoMemberId();
		return memberId == null || memberId.isBlank() ? null : memberId.strip();
	}

	/** What came of adding a code; {@code product} only when added. */
	public record AddOutcome(Kind kind, Product product) {

		public enum Kind {

			ADDED, ALREADY_PRESENT, NO_SUCH_PRODUCT, CONFIGURATION_FAULT, REFUSED, PARTNER_DOWN, NOT_CONFIGURED

		}

	}

}

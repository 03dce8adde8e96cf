package com.baolink.catalog;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import com.baolink.order.Channel;
import com.baolink.partner.aigoubao.AigoubaoApi;
import com.baolink.partner.aigoubao.AigoubaoApi.CallPriority;
import com.baolink.partner.aigoubao.AigoubaoApi.ProductDetail;
import com.baolink.partner.aigoubao.AigoubaoApi.ProductDetailRequest;

/**
 * Fetches every configured AiGouBao product (7.5) and upserts it with its plans. A code that fails
 * (unknown product, partner down) is logged and the product kept as it was; the others still refresh.
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

	/** Refreshes all configured codes; returns how many were refreshed successfully. */
	public int refreshAll() {
		List<String> codes = this.properties.productCodes();
		if (codes.isEmpty()) {
			return 0;
		}
		String memberId = this.properties.aigoubaoMemberId();
		if (memberId == null || memberId.isBlank()) {
			log.warn("Catalogue refresh skipped: baolink.catalog.aigoubao-member-id is not set ({} codes configured)",
					codes.size());
			return 0;
		}
		int refreshed = 0;
		for (String code : codes) {
			if (refreshOne(code, memberId.strip())) {
				refreshed++;
			}
		}
		log.info("Catalogue refresh: {} of {} AiGouBao products refreshed", refreshed, codes.size());
		return refreshed;
	}

	private boolean refreshOne(String code, String memberId) {
		try {
			ProductDetail detail = this.api.getProductDetail(new ProductDetailRequest(code, null, memberId),
					CallPriority.BACKGROUND);
			if (detail == null) {
				throw new IllegalStateException("no product data in the answer");
			}
			upsert(code, detail);
			return true;
		}
		catch (RuntimeException ex) {
			// One bad code (3000, partner down, unreadable answer) must not stop the others.
			log.warn("Catalogue refresh of AiGouBao product {} failed, keeping what we had: {}", code, ex.getMessage());
			return false;
		}
	}

	private void upsert(String code, ProductDetail detail) {
		Product product = this.products.findByChannelAndCode(Channel.AIGOUBAO, code)
			.orElseGet(() -> Product.newProduct(Channel.AIGOUBAO, code, code, this.clock.instant()));
		List<ProductPlan> plans = detail.plans() == null ? List.of()
				: detail.plans()
					.stream()
					.filter(Objects::nonNull)
					.filter(plan -> plan.planCode() != null && !plan.planCode().isBlank())
					.map(plan -> new ProductPlan(plan.planCode().strip(), plan.planName(), plan.minPrice()))
					.toList();
		product.refreshed(detail.productName(), detail.insuranceCompanyLogo(), plans, this.clock.instant());
		this.products.save(product);
	}

}

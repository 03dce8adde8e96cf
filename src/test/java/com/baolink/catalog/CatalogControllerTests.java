package com.baolink.catalog;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.baolink.testsupport.CatalogWebTestSupport;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class CatalogControllerTests extends CatalogWebTestSupport {

	@Test
	void listShowsCardsWithLogoInsurerPlansAndFromPrice() throws Exception {
		String name = unique("境内旅游意外险");
		Product product = seed(name, "平安财险", "TRAVEL", "//img.example/pa.png",
				List.of(plan("P1", "基础款", "25.5"), plan("P2", "尊享款", "12.499")));
		this.mvc.perform(get("/catalog").with(login("13800000001")))
			.andExpect(status().isOk())
			.andExpect(view().name("catalog/list"))
			.andExpect(content().string(containsString("class=\"product-link\" href=\"/catalog/" + product.getId() + "\">" + name)))
			.andExpect(content().string(containsString("src=\"//img.example/pa.png\"")))
			.andExpect(content().string(containsString("平安财险")))
			.andExpect(content().string(containsString("基础款")))
			.andExpect(content().string(containsString("¥12.50 起")))
			.andExpect(content().string(containsString("hx-trigger=\"input changed delay:300ms, search\"")));
	}

	@Test
	void searchesByNameAndFiltersByInsurerAndCategory() throws Exception {
		String marker = unique("Q");
		String travel = "旅行险" + marker;
		String health = "医疗险" + marker;
		seed(travel, "人保" + marker, "TRAVEL", null, List.of(plan("A", "A", "5")));
		seed(health, "太平洋" + marker, "HEALTH", null, List.of(plan("B", "B", "9")));

		this.mvc.perform(get("/catalog").param("q", "旅行险" + marker).with(login("13800000001")))
			.andExpect(content().string(containsString(travel)))
			.andExpect(content().string(not(containsString(health))));
		this.mvc.perform(get("/catalog").param("insurer", "太平洋" + marker).with(login("13800000001")))
			.andExpect(content().string(containsString(health)))
			.andExpect(content().string(not(containsString(travel))))
			.andExpect(content().string(containsString("<option value=\"太平洋" + marker + "\" selected=\"selected\"")));
		this.mvc.perform(get("/catalog").param("q", marker).param("category", "HEALTH").with(login("admin")))
			.andExpect(content().string(containsString(health)))
			.andExpect(content().string(not(containsString(travel))))
			.andExpect(content().string(containsString("<option value=\"HEALTH\" selected=\"selected\">健康</option>")));
	}

	@Test
	void htmxSearchReturnsOnlyTheResults() throws Exception {
		String name = unique("HTMX险");
		seed(name, null, null, null, List.of(plan("A", "A", "1")));
		this.mvc.perform(get("/catalog").param("q", name).header("HX-Request", "true").with(login("13800000001")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"catalog-results\"")))
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(not(containsString("id=\"catalog-search\""))));
	}

	@Test
	void searchTextIsEscapedAndNothingMatches() throws Exception {
		this.mvc.perform(get("/catalog").param("q", "<script>alert(1)</script>' OR 1=1 --").with(login("13800000001")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>alert(1)"))))
			.andExpect(content().string(containsString("id=\"catalog-empty\"")));
	}

	@Test
	void showsInEnglish() throws Exception {
		String name = unique("EN险");
		seed(name, null, null, null, List.of(plan("A", "A", "7")));
		this.mvc.perform(get("/catalog").param("q", name).param("lang", "en").with(login("13800000001")))
			.andExpect(content().string(containsString("from ¥7.00")))
			.andExpect(content().string(containsString("Insurance products")));
	}

	@Test
	void languageLinksKeepTheSearchAndFilters() throws Exception {
		this.mvc.perform(get("/catalog?q=abc&category=HEALTH&page=2").with(login("13800000001")))
			.andExpect(content().string(containsString("href=\"/catalog?q=abc&amp;category=HEALTH&amp;page=2&amp;lang=en\"")))
			.andExpect(content().string(containsString("href=\"/catalog?q=abc&amp;category=HEALTH&amp;page=2&amp;lang=zh-CN\"")));
	}

	@Test
	void detailShowsPlansPricesAndBuyButton() throws Exception {
		String name = unique("详情险");
		Product product = seed(name, "众安保险", "ACCIDENT", "https://img.example/za.png",
				List.of(plan("PA", "计划甲", "30"), plan("PB", "计划乙", null)));
		this.mvc.perform(get("/catalog/" + product.getId()).with(login("13800000001")))
			.andExpect(status().isOk())
			.andExpect(view().name("catalog/detail"))
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("计划甲")))
			.andExpect(content().string(containsString("计划乙")))
			.andExpect(content().string(containsString("¥30.00 起")))
			.andExpect(content().string(containsString("id=\"buy-button\"")))
			.andExpect(content().string(containsString("/catalog/" + product.getId() + "/buy?plan=PA")));
	}

	@Test
	void detailShowsCoverageSellingPointsLimitsNoticesAndTerms() throws Exception {
		Product product = seed(unique("保障险"), "天安财险", "TRAVEL", null, List.of(plan("A", "A", "3")));
		product.presentation(List.of("全程保障", "0 免赔"),
				List.of(new ProductCoverage("意外身故、伤残", new java.math.BigDecimal("100000"), "按比例"),
						new ProductCoverage("行李延误", null, "满 6 小时")),
				"须身体健康", "第一条 保险责任");
		product.limits(new ProductLimits(18, 65, 1, 30, 90));
		this.products.save(product);
		this.mvc.perform(get("/catalog/" + product.getId()).with(login("13800000001")))
			.andExpect(content().string(containsString("id=\"coverage-table\"")))
			.andExpect(content().string(containsString("意外身故、伤残")))
			.andExpect(content().string(containsString("¥100,000.00")))
			.andExpect(content().string(containsString("满 6 小时")))
			.andExpect(content().string(containsString("<li>0 免赔</li>")))
			.andExpect(content().string(containsString("18–65 周岁")))
			.andExpect(content().string(containsString("1–30 天")))
			.andExpect(content().string(containsString("今天起 90 天内")))
			.andExpect(content().string(containsString("须身体健康")))
			.andExpect(content().string(containsString("第一条 保险责任")))
			.andExpect(content().string(containsString("id=\"product-category\">旅游</span>")));
		this.mvc.perform(get("/catalog/" + product.getId()).param("lang", "en").with(login("13800000001")))
			.andExpect(content().string(containsString("18–65 years")))
			.andExpect(content().string(containsString("Sum insured")));
	}

	@Test
	void aProductKnownOnlyByItsCodeIsNotListed() throws Exception {
		Product product = this.products.save(Product.newProduct(com.baolink.catalog.Channel.AIGOUBAO, unique("C"),
				unique("未读取险"), java.time.Instant.now()));
		this.mvc.perform(get("/catalog/" + product.getId()).with(login("13800000001"))).andExpect(status().isNotFound());
	}

	@Test
	void disabledAndUnknownProductsAreNotFound() throws Exception {
		Product product = seed(unique("停售险"), null, null, null, List.of(plan("A", "A", "1")));
		product.enable(false);
		this.products.save(product);
		this.mvc.perform(get("/catalog/" + product.getId()).with(login("13800000001"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/catalog/987654321").with(login("13800000001"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/catalog").param("q", product.getName()).with(login("13800000001")))
			.andExpect(content().string(not(containsString("/catalog/" + product.getId() + "\""))));
	}

	@Test
	void anonymousVisitorsAreSentToLogin() throws Exception {
		this.mvc.perform(get("/catalog")).andExpect(status().is3xxRedirection());
	}

}

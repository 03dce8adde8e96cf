package com.baolink.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import com.baolink.member.PortalUser;
import com.baolink.member.TestPortalUsers;
import com.baolink.catalog.Channel;
import com.baolink.testsupport.WebSliceTest;
import com.baolink.partner.xiebao.XiebaoLinks;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The catalogue's controller alone (petclinic's OwnerControllerTests shape): handler + outcome. */
@WebSliceTest
@WebMvcTest(CatalogController.class)
class CatalogControllerSliceTests {

	private static final PortalUser MEMBER = TestPortalUsers.member(7, "13900000007");

	private static final PortalUser STAFF = TestPortalUsers.staff(1, "ops");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	CatalogSearch search;

	@MockitoBean
	ProductPictures pictures;

	@MockitoBean
	Products products;

	@MockitoBean(name = "xiebaoLinks")
	XiebaoLinks xiebaoLinks;

	@Test
	void listShowsTheMatchingProductsAndKeepsTheFilter() throws Exception {
		given(this.search.search(new CatalogFilter("旅行", "平安", null))).willReturn(List.of(product(11, "境外旅行险")));
		given(this.search.facets()).willReturn(new CatalogSearch.Facets(List.of("平安", "人保"), List.of(ProductCategory.values())));

		this.mvc.perform(get("/catalog").param("q", "旅行").param("insurer", "平安").with(user(MEMBER)))
			.andExpect(status().isOk())
			.andExpect(view().name(CatalogController.VIEW_LIST))
			.andExpect(model().attribute("filter", new CatalogFilter("旅行", "平安", null)))
			.andExpect(content().string(containsString("id=\"product-11\"")))
			.andExpect(content().string(containsString("境外旅行险")))
			.andExpect(content().string(containsString("value=\"旅行\"")))
			.andExpect(content().string(containsString("<option value=\"平安\" selected=\"selected\">平安</option>")));
	}

	@Test
	void listWithoutMatchesShowsTheEmptyState() throws Exception {
		given(this.search.search(any())).willReturn(List.of());
		given(this.search.facets()).willReturn(new CatalogSearch.Facets(List.of(), List.of()));

		this.mvc.perform(get("/catalog").param("q", "没有这种产品").with(user(MEMBER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"catalog-empty\"")));
	}

	@Test
	void resultsForHtmxAreOnlyTheResultsFragment() throws Exception {
		given(this.search.search(new CatalogFilter("意外", null, null))).willReturn(List.of(product(12, "综合意外险")));

		this.mvc.perform(get("/catalog").param("q", "意外").header("HX-Request", "true").with(user(MEMBER)))
			.andExpect(status().isOk())
			.andExpect(view().name(CatalogController.VIEW_RESULTS))
			.andExpect(model().attributeDoesNotExist("facets"))
			.andExpect(content().string(containsString("id=\"catalog-results\"")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void detailOfAProductThatIsNotListedIsNotFound() throws Exception {
		given(this.search.enabledProduct(99)).willReturn(Optional.empty());

		this.mvc.perform(get("/catalog/99").with(user(MEMBER))).andExpect(status().isNotFound());
	}

	@Test
	void pictureOfAHiddenProductIsNotFoundForAMemberButServedToStaff() throws Exception {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G' };
		given(this.search.enabledProduct(5)).willReturn(Optional.empty());
		given(this.products.existsById(5L)).willReturn(true);
		given(this.pictures.find(5)).willReturn(Optional.of(new ProductPictures.Stored("image/png", png, "abc123")));

		this.mvc.perform(get("/catalog/5/picture").with(user(MEMBER))).andExpect(status().isNotFound());
		this.mvc.perform(get("/catalog/5/picture").with(user(STAFF)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("ETag", "\"abc123\""))
			.andExpect(content().bytes(png));
		verify(this.products).existsById(5L);
	}

	private static Product product(long id, String name) {
		Product product = Product.newProduct(Channel.AIGOUBAO, "C" + id, name, Instant.parse("2026-11-01T00:00:00Z"));
		ReflectionTestUtils.setField(product, "id", id);
		return product;
	}

}

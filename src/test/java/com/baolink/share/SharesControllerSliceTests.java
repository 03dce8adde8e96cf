package com.baolink.share;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.validation.Errors;

import com.baolink.catalog.CatalogSearch;
import com.baolink.catalog.Products;
import com.baolink.infrastructure.web.PublicUrls;
import com.baolink.member.PortalUser;
import com.baolink.member.TestPortalUsers;
import com.baolink.testsupport.WebSliceTest;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The member's share links page alone (petclinic's OwnerControllerTests shape): handler + outcome. */
@WebSliceTest
@WebMvcTest(SharesController.class)
class SharesControllerSliceTests {

	private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

	private static final PortalUser MEMBER = TestPortalUsers.member(7, "13900000007");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ShareLinks links;

	@MockitoBean
	ShareLinkCreation creation;

	@MockitoBean
	CatalogSearch catalog;

	@MockitoBean
	Products products;

	@MockitoBean
	SharePoster poster;

	@MockitoBean
	PublicUrls publicUrls;

	@MockitoBean
	Clock clock;

	@BeforeEach
	void noLinksYet() {
		given(this.clock.instant()).willReturn(NOW);
		given(this.links.listOf(anyLong(), anyInt())).willReturn(List.of());
		given(this.catalog.search(any())).willReturn(List.of());
		given(this.publicUrls.absolute(any())).willAnswer(call -> "https://portal.example" + call.getArgument(0));
	}

	@Test
	void initListShowsTheNewLinkFormAndTheEmptyState() throws Exception {
		given(this.creation.newForm(null)).willReturn(new ShareLinkFormData());

		this.mvc.perform(get("/shares").with(user(MEMBER)))
			.andExpect(status().isOk())
			.andExpect(view().name(SharesController.VIEW_LIST))
			.andExpect(model().attributeExists("form"))
			.andExpect(content().string(containsString("id=\"share-new\"")))
			.andExpect(content().string(containsString("id=\"share-empty\"")));
	}

	@Test
	void processCreationFormHasErrors() throws Exception {
		willAnswer(call -> {
			call.getArgument(2, Errors.class).rejectValue("productId", "share.validation.product");
			return Optional.empty();
		}).given(this.creation).create(eq(7L), any(), any());

		this.mvc.perform(post("/shares").param("productId", "").param("note", "  给王先生  ").with(user(MEMBER)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(SharesController.VIEW_LIST))
			.andExpect(model().attributeHasFieldErrors("form", "productId"))
			.andExpect(content().string(containsString("id=\"productId-error\"")))
			.andExpect(content().string(containsString("给王先生</textarea>")));
	}

	@Test
	void processCreationFormSuccess() throws Exception {
		given(this.creation.create(eq(7L), any(), any())).willReturn(Optional.of(link(42)));

		this.mvc.perform(post("/shares").param("productId", "11").with(user(MEMBER)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/shares?created=42#share-42"));
	}

	@Test
	void processCreationFormWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/shares").param("productId", "11").with(user(MEMBER))).andExpect(status().isForbidden());

		verify(this.creation, never()).create(anyLong(), any(), any());
	}

	@Test
	void staffHaveNoShareLinks() throws Exception {
		this.mvc.perform(get("/shares").with(user(TestPortalUsers.staff(1, "ops")))).andExpect(status().isForbidden());
	}

	@Test
	void processRevokeSuccess() throws Exception {
		given(this.links.findByIdAndMemberId(42, 7)).willReturn(Optional.of(link(42)));
		given(this.links.revoke(42, 7, NOW)).willReturn(true);

		this.mvc.perform(post("/shares/42/revoke").with(user(MEMBER)).with(csrf()))
			.andExpect(redirectedUrl("/shares"))
			.andExpect(flash().attribute("revoked", 42L));
	}

	@Test
	void revokingAnotherMembersLinkIsNotFound() throws Exception {
		given(this.links.findByIdAndMemberId(43, 7)).willReturn(Optional.empty());

		this.mvc.perform(post("/shares/43/revoke").with(user(MEMBER)).with(csrf())).andExpect(status().isNotFound());

		verify(this.links, never()).revoke(anyLong(), anyLong(), any());
	}

	private static ShareLink link(long id) {
		return new ShareLink(id, "tok" + id, 7, 11, null, null, NOW, NOW.plus(30, ChronoUnit.DAYS), null, 0);
	}

}

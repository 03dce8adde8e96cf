package com.baolink.catalog;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockMultipartFile;

import com.baolink.partner.PartnerUnavailableException;
import com.baolink.partner.aigoubao.AigoubaoApi.ProductDetail;
import com.baolink.partner.aigoubao.AigoubaoException;
import com.baolink.testsupport.CatalogWebTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class ProductAdminControllerTests extends CatalogWebTestSupport {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	@Test
	void listShowsBothPartnersAndIsStaffOnly() throws Exception {
		Product aigoubao = seed(unique("列表险"), "天安财险", "TRAVEL", null, List.of(plan("A", "A", "1")));
		this.mvc.perform(get("/admin/products").with(login("admin")))
			.andExpect(status().isOk())
			.andExpect(view().name(ProductAdminController.VIEW_LIST))
			.andExpect(content().string(containsString(aigoubao.getName())))
			.andExpect(content().string(containsString("XB-TRAVEL-01")))
			.andExpect(content().string(containsString("id=\"aigoubao-add\"")));
		this.mvc.perform(get("/admin/products").with(login("13800000001"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/xiebao-products").with(login("admin"))).andExpect(redirectedUrl("/admin/products"));
	}

	@Test
	void addAigoubaoProductChecksTheCodeWith75First() throws Exception {
		String code = unique("9");
		given(this.aigoubao.getProductDetail(argThat(r -> r != null && code.equals(r.productCode())), any()))
			.willReturn(JsonMapper.builder().build().readValue("""
					{"productCode":"%s","productName":"新加产品","plans":[{"planCode":"N1","planName":"计划","minPrice":3}]}"""
				.formatted(code), ProductDetail.class));
		String location = this.mvc.perform(post("/admin/products/aigoubao").param("code", code).with(csrf()).with(login("admin")))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		Product added = this.products.findByChannelAndCode(Channel.AIGOUBAO, code).orElseThrow();
		assertThat(location).isEqualTo("/admin/products/" + added.getId());
		assertThat(added.getName()).isEqualTo("新加产品");
		assertThat(added.isEnabled()).isFalse();
	}

	@Test
	void addAigoubaoProductThatAigoubaoDoesNotKnowIsAFieldError() throws Exception {
		String code = unique("8");
		given(this.aigoubao.getProductDetail(argThat(r -> r != null && code.equals(r.productCode())), any()))
			.willThrow(new AigoubaoException("3000", "分销产品不存在"));
		this.mvc.perform(post("/admin/products/aigoubao").param("code", code).with(csrf()).with(login("admin")))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("codeForm", "code", "products.add.NO_SUCH_PRODUCT"))
			.andExpect(content().string(containsString("爱购保没有这个产品")))
			.andExpect(content().string(containsString("value=\"" + code + "\"")));
		assertThat(this.products.findByChannelAndCode(Channel.AIGOUBAO, code)).isEmpty();
	}

	@Test
	void addAigoubaoProductWithHostileOrEmptyCodeIsAFieldErrorWithoutACall() throws Exception {
		this.mvc.perform(post("/admin/products/aigoubao").param("code", "<script>").with(csrf()).with(login("admin")))
			.andExpect(model().attributeHasFieldErrorCode("codeForm", "code", "products.error.aigoubaoCode"))
			.andExpect(content().string(not(containsString("<script>"))));
		this.mvc.perform(post("/admin/products/aigoubao").param("code", "").with(csrf()).with(login("admin")))
			.andExpect(model().attributeHasFieldErrorCode("codeForm", "code", "products.error.aigoubaoCode"));
		org.mockito.Mockito.verifyNoInteractions(this.aigoubao);
	}

	@Test
	void addAigoubaoProductWhilePartnerIsDownSaysSo() throws Exception {
		given(this.aigoubao.getProductDetail(any(), any())).willThrow(new PartnerUnavailableException("timeout", null));
		this.mvc.perform(post("/admin/products/aigoubao").param("code", unique("7"))
				.cookie(new jakarta.servlet.http.Cookie("baolink-lang", "en")).with(csrf()).with(login("admin")))
			.andExpect(model().attributeHasFieldErrorCode("codeForm", "code", "products.add.PARTNER_DOWN"))
			.andExpect(content().string(containsString("AiGouBao is not answering")));
	}

	@Test
	void processUpdateFormSavesEverythingStaffCurate() throws Exception {
		Product product = seed(unique("编辑险"), null, null, null, List.of(plan("A", "A", "1")));
		this.mvc.perform(post("/admin/products/" + product.getId()).with(csrf()).with(login("admin"))
				.param("insurerName", "天安财险").param("category", "TRAVEL").param("description", "介绍")
				.param("sellingPoints", "全程保障\n\n 0 免赔 ")
				.param("coverage[0].item", "意外身故").param("coverage[0].sumInsured", "100000")
				.param("coverage[1].item", "").param("coverage[1].sumInsured", "").param("coverage[1].notes", "")
				.param("coverage[2].item", "意外医疗").param("coverage[2].notes", "100% 赔付")
				.param("notices", "须知").param("terms", "条款").param("minAge", "18").param("maxAge", "65")
				.param("minCoverDays", "1").param("maxCoverDays", "30").param("maxStartDaysAhead", "90")
				.param("displayOrder", "5").param("enabled", "true"))
			.andExpect(redirectedUrl("/admin/products"));
		Product saved = this.products.findById(product.getId()).orElseThrow();
		assertThat(saved.getInsurerName()).isEqualTo("天安财险");
		assertThat(saved.getCategoryKind()).isEqualTo(ProductCategory.TRAVEL);
		assertThat(saved.getSellingPoints()).containsExactly("全程保障", "0 免赔");
		assertThat(saved.getCoverage()).extracting(ProductCoverage::item).containsExactly("意外身故", "意外医疗");
		assertThat(saved.getCoverage().get(0).sumInsured()).isEqualByComparingTo("100000");
		assertThat(saved.getLimits()).isEqualTo(new ProductLimits(18, 65, 1, 30, 90));
		assertThat(saved.getDisplayOrder()).isEqualTo(5);
		assertThat(saved.getNotices()).isEqualTo("须知");
		assertThat(saved.getTerms()).isEqualTo("条款");
		assertThat(saved.getName()).isEqualTo(product.getName());
	}

	@Test
	void processUpdateFormHasErrorsAndKeepsWhatWasTyped() throws Exception {
		Product product = seed(unique("错误险"), null, null, null, List.of(plan("A", "A", "1")));
		this.mvc.perform(post("/admin/products/" + product.getId()).with(csrf()).with(login("admin"))
				.param("insurerName", "天安财险").param("category", "NOPE").param("minAge", "70").param("maxAge", "20")
				.param("maxCoverDays", "abc").param("coverage[0].sumInsured", "-5").param("coverage[0].notes", "备注留着")
				.param("displayOrder", "10").param("pictureUrl", "javascript:alert(1)"))
			.andExpect(status().isOk())
			.andExpect(view().name(ProductAdminController.VIEW_FORM))
			.andExpect(model().attributeHasFieldErrorCode("form", "category", "products.error.category"))
			.andExpect(model().attributeHasFieldErrorCode("form", "maxAge", "products.error.maxAgeBelowMin"))
			.andExpect(model().attributeHasFieldErrorCode("form", "maxCoverDays", "products.error.range"))
			.andExpect(model().attributeHasFieldErrorCode("form", "coverage[0].item", "products.error.coverage.item"))
			.andExpect(model().attributeHasFieldErrorCode("form", "coverage[0].sumInsured", "products.error.amount"))
			.andExpect(model().attributeHasFieldErrorCode("form", "pictureUrl", "products.error.pictureUrl"))
			.andExpect(content().string(containsString("备注留着")))
			.andExpect(content().string(containsString("value=\"天安财险\"")));
		assertThat(this.products.findById(product.getId()).orElseThrow().getInsurerName()).isNull();
	}

	@Test
	void languageSwitchOnAFailedFormKeepsTheInput() throws Exception {
		Product product = seed(unique("语言险"), null, null, null, List.of(plan("A", "A", "1")));
		this.mvc.perform(post("/admin/products/" + product.getId()).with(csrf()).with(login("admin"))
				.param("lang", "en").param("insurerName", "保留的保险公司").param("minAge", "999").param("displayOrder", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"保留的保险公司\"")))
			.andExpect(content().string(containsString("Enter a whole number from 0 to 120")));
		assertThat(this.products.findById(product.getId()).orElseThrow().getInsurerName()).isNull();
	}

	@Test
	void addCoverageShowsOneMoreRow() throws Exception {
		Product product = seed(unique("行险"), null, null, null, List.of(plan("A", "A", "1")));
		this.mvc.perform(post("/admin/products/" + product.getId()).param("addCoverage", "1")
				.param("coverage[0].item", "甲").param("displayOrder", "1").with(csrf()).with(login("admin")))
			.andExpect(content().string(containsString("name=\"coverage[3].item\"")))
			.andExpect(content().string(containsString("value=\"甲\"")));
	}

	@Test
	void xiebaoProductIsCreatedByCaseCodeAndADuplicateIsRefused() throws Exception {
		String caseCode = unique("XB-");
		this.mvc.perform(post("/admin/products/xiebao").with(csrf()).with(login("admin")).param("code", caseCode)
				.param("name", "携保新险").param("fromPrice", "12.5").param("category", "ACCIDENT").param("displayOrder", "3")
				.param("enabled", "true"))
			.andExpect(redirectedUrl("/admin/products"));
		Product created = this.products.findByChannelAndCode(Channel.XIEBAO, caseCode).orElseThrow();
		assertThat(created.getFromPrice()).isEqualByComparingTo("12.50");
		assertThat(created.isListed()).isTrue();
		this.mvc.perform(post("/admin/products/xiebao").with(csrf()).with(login("admin")).param("code", caseCode)
				.param("name", "重复").param("displayOrder", "3"))
			.andExpect(model().attributeHasFieldErrorCode("form", "code", "products.error.caseCodeTaken"));
	}

	@Test
	void hideAndShow() throws Exception {
		Product product = seed(unique("上下架险"), null, null, null, List.of(plan("A", "A", "1")));
		this.mvc.perform(post("/admin/products/" + product.getId() + "/enabled").param("enabled", "false").with(csrf()).with(login("admin")))
			.andExpect(redirectedUrl("/admin/products"));
		assertThat(this.products.findById(product.getId()).orElseThrow().isEnabled()).isFalse();
		this.mvc.perform(get("/catalog/" + product.getId()).with(login("13800000001"))).andExpect(status().isNotFound());
	}

	@Test
	void uploadPictureChecksTheBytesAndServesIt() throws Exception {
		Product product = seed(unique("图片险"), null, null, null, List.of(plan("A", "A", "1")));
		this.mvc.perform(multipart("/admin/products/" + product.getId() + "/picture")
				.file(new MockMultipartFile("picture", "a.png", "image/png", PNG)).with(csrf()).with(login("admin")))
			.andExpect(redirectedUrl("/admin/products/" + product.getId()));
		Product saved = this.products.findById(product.getId()).orElseThrow();
		assertThat(saved.getPictureVersion()).hasSize(64);
		this.mvc.perform(get("/catalog/" + product.getId() + "/picture").with(login("13800000001")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(PNG));
		this.mvc.perform(get("/catalog/" + product.getId()).with(login("13800000001")))
			.andExpect(content().string(containsString("/catalog/" + product.getId() + "/picture?v=" + saved.getPictureVersion())));
	}

	@Test
	void uploadPictureRefusesAnythingThatIsNotAnImageOrTooLarge() throws Exception {
		Product product = seed(unique("假图险"), null, null, null, List.of(plan("A", "A", "1")));
		byte[] html = "<html><script>alert(1)</script></html>".getBytes();
		this.mvc.perform(multipart("/admin/products/" + product.getId() + "/picture")
				.file(new MockMultipartFile("picture", "a.png", "image/png", html)).with(csrf()).with(login("admin")))
			.andExpect(status().isOk())
			.andExpect(model().attribute("pictureError", "products.picture.error.NOT_AN_IMAGE"))
			.andExpect(content().string(containsString("只能上传 PNG、JPEG 或 WebP 图片")));
		byte[] big = new byte[ProductPicture.MAX_BYTES + 1];
		System.arraycopy(PNG, 0, big, 0, PNG.length);
		this.mvc.perform(multipart("/admin/products/" + product.getId() + "/picture")
				.file(new MockMultipartFile("picture", "b.png", "image/png", big)).with(csrf()).with(login("admin")))
			.andExpect(model().attribute("pictureError", "products.picture.error.TOO_LARGE"));
		this.mvc.perform(multipart("/admin/products/" + product.getId() + "/picture").with(csrf()).with(login("admin")))
			.andExpect(model().attribute("pictureError", "products.picture.error.EMPTY"));
		assertThat(this.products.findById(product.getId()).orElseThrow().getPictureVersion()).isNull();
		this.mvc.perform(get("/catalog/" + product.getId() + "/picture").with(login("13800000001"))).andExpect(status().isNotFound());
	}

	@Test
	void membersCannotUploadPictures() throws Exception {
		Product product = seed(unique("权限险"), null, null, null, List.of(plan("A", "A", "1")));
		this.mvc.perform(multipart("/admin/products/" + product.getId() + "/picture")
				.file(new MockMultipartFile("picture", "a.png", "image/png", PNG)).with(csrf()).with(login("13800000001")))
			.andExpect(status().isForbidden());
	}

}

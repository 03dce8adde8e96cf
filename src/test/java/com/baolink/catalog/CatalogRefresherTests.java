package com.baolink.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import com.baolink.catalog.CatalogRefresher.AddOutcome;
import com.baolink.partner.PartnerUnavailableException;
import com.baolink.partner.aigoubao.AigoubaoApi.CallPriority;
import com.baolink.partner.aigoubao.AigoubaoApi.ProductDetail;
import com.baolink.partner.aigoubao.AigoubaoApi.ProductDetailRequest;
import com.baolink.partner.aigoubao.AigoubaoException;
import com.baolink.testsupport.CatalogWebTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;

class CatalogRefresherTests extends CatalogWebTestSupport {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Clock clock;

	@Autowired
	CatalogRefresher refresher;

	@Test
	void addReadsTheProductWithBothPlanSpellingsAndKeepsItHiddenUntilCurated() {
		String tableCode = unique("R");
		String exampleCode = unique("R");
		answer(tableCode, """
				{"productCode":"%s","productName":"国内旅游意外险","insuranceCompanyLogo":"//img.example/tian.png",
				 "plans":[{"planCode":"A1","planName":"经济型","minPrice":12.5},{"planCode":"A2","planName":"豪华型","minPrice":30}]}
				""".formatted(tableCode));
		answer(exampleCode, """
				{"productCode":"%s","productName":"境外旅行险","insuranceCompanyLogo":"https://img.example/ab.png",
				 "plans":[{"safeguardPlanCode":"B1","safeguardPlanName":"亚洲","defaultMinPrice":"45.00"}],"extra":"ignored"}
				""".formatted(exampleCode));

		assertThat(this.refresher.add(tableCode).kind()).isEqualTo(AddOutcome.Kind.ADDED);
		assertThat(this.refresher.add(exampleCode).kind()).isEqualTo(AddOutcome.Kind.ADDED);

		Product table = this.products.findByChannelAndCode(Channel.AIGOUBAO, tableCode).orElseThrow();
		assertThat(table.getName()).isEqualTo("国内旅游意外险");
		assertThat(table.getInsurerLogoUrl()).isEqualTo("//img.example/tian.png");
		assertThat(table.getPlans()).extracting(ProductPlan::planCode, ProductPlan::name)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("A1", "经济型"),
					org.assertj.core.groups.Tuple.tuple("A2", "豪华型"));
		assertThat(table.getFromPrice()).isEqualByComparingTo("12.50");
		assertThat(table.isEnabled()).isFalse();
		assertThat(table.getRefreshedAt()).isNotNull();
		Product example = this.products.findByChannelAndCode(Channel.AIGOUBAO, exampleCode).orElseThrow();
		assertThat(example.getPlans()).extracting(ProductPlan::planCode).containsExactly("B1");
		assertThat(example.getPlans().get(0).minPrice()).isEqualByComparingTo("45");
		verify(this.aigoubao).getProductDetail(eq(new ProductDetailRequest(tableCode, null, "100000")),
				eq(CallPriority.USER));
		assertThat(this.refresher.add(tableCode).kind()).isEqualTo(AddOutcome.Kind.ALREADY_PRESENT);
	}

	@Test
	void addRefusesAnUnknownCodeAndSavesNothing() {
		String unknown = unique("R");
		given(this.aigoubao.getProductDetail(argThat(r -> r != null && unknown.equals(r.productCode())), any()))
			.willThrow(new AigoubaoException("3000", "分销产品不存在"));
		assertThat(this.refresher.add(unknown).kind()).isEqualTo(AddOutcome.Kind.NO_SUCH_PRODUCT);
		assertThat(this.products.findByChannelAndCode(Channel.AIGOUBAO, unknown)).isEmpty();
	}

	@Test
	void addTellsAConfigurationFaultAndAPartnerOutageApart() {
		String signature = unique("R");
		String down = unique("R");
		given(this.aigoubao.getProductDetail(argThat(r -> r != null && signature.equals(r.productCode())), any()))
			.willThrow(new AigoubaoException("2000", "签名错误"));
		given(this.aigoubao.getProductDetail(argThat(r -> r != null && down.equals(r.productCode())), any()))
			.willThrow(new PartnerUnavailableException("read timed out", null));
		assertThat(this.refresher.add(signature).kind()).isEqualTo(AddOutcome.Kind.CONFIGURATION_FAULT);
		assertThat(this.refresher.add(down).kind()).isEqualTo(AddOutcome.Kind.PARTNER_DOWN);
		assertThat(this.products.findByChannelAndCode(Channel.AIGOUBAO, down)).isEmpty();
	}

	@Test
	void aRefreshUpdatesInPlaceAndKeepsWhatStaffCurated() {
		String code = unique("R");
		answer(code, """
				{"productCode":"%s","productName":"旧名","plans":[{"planCode":"A1","minPrice":10}]}""".formatted(code));
		this.refresher.add(code);
		Product first = this.products.findByChannelAndCode(Channel.AIGOUBAO, code).orElseThrow();
		first.describe("天安财险", "TRAVEL", "说明", null);
		first.presentation(List.of("卖点"), List.of(new ProductCoverage("意外身故", new java.math.BigDecimal("100000"), null)),
				"提示", "条款");
		this.products.save(first);

		answer(code, """
				{"productCode":"%s","productName":"新名","insuranceCompanyLogo":"javascript:alert(1)",
				 "plans":[{"planCode":"A2","minPrice":8},{"planCode":"A3","minPrice":9}]}""".formatted(code));
		assertThat(this.refresher.refresh(first)).isTrue();

		Product second = this.products.findByChannelAndCode(Channel.AIGOUBAO, code).orElseThrow();
		assertThat(second.getId()).isEqualTo(first.getId());
		assertThat(second.getName()).isEqualTo("新名");
		assertThat(second.getInsurerLogoUrl()).isNull();
		assertThat(second.getPlans()).extracting(ProductPlan::planCode).containsExactly("A2", "A3");
		assertThat(second.getFromPrice()).isEqualByComparingTo("8.00");
		assertThat(second.getInsurerName()).isEqualTo("天安财险");
		assertThat(second.getCategory()).isEqualTo("TRAVEL");
		assertThat(second.getCoverage()).extracting(ProductCoverage::item).containsExactly("意外身故");
		assertThat(second.getNotices()).isEqualTo("提示");
	}

	@Test
	void refreshAllReadsEveryCatalogueProductAndAFailingOneDoesNotStopTheOthers() {
		String down = unique("R");
		String good = unique("R");
		Product kept = knownByCode(down);
		Product fresh = knownByCode(good);
		given(this.aigoubao.getProductDetail(argThat(r -> r != null && down.equals(r.productCode())), eq(CallPriority.BACKGROUND)))
			.willThrow(new PartnerUnavailableException("read timed out", null));
		answer(good, """
				{"productCode":"%s","productName":"好产品","plans":[{"planCode":"G1","minPrice":1}]}""".formatted(good));

		assertThat(this.refresher.refreshAll()).isPositive();

		assertThat(this.products.findById(kept.getId()).orElseThrow().getRefreshedAt()).isNull();
		Product read = this.products.findById(fresh.getId()).orElseThrow();
		assertThat(read.getName()).isEqualTo("好产品");
		assertThat(read.isListed()).isTrue();
	}

	@Test
	void withoutAMemberIdNothingIsCalled() {
		CatalogRefresher none = new CatalogRefresher(this.aigoubao, this.products,
				new CatalogProperties(List.of(), " ", Duration.ofHours(6)), this.clock);
		knownByCode(unique("R"));
		assertThat(none.refreshAll()).isZero();
		assertThat(none.add(unique("R")).kind()).isEqualTo(AddOutcome.Kind.NOT_CONFIGURED);
		org.mockito.Mockito.verifyNoInteractions(this.aigoubao);
	}

	@Test
	void sandboxConfigurationListsTheSeededProducts(@Autowired CatalogProperties properties) {
		assertThat(properties.productCodes()).containsExactly("200437", "100371", "200161", "200104", "100434");
		assertThat(properties.aigoubaoMemberId()).isEqualTo("100000");
		assertThat(this.products.findByChannelAndCode(Channel.AIGOUBAO, "200437")).isPresent();
	}

	private Product knownByCode(String code) {
		return this.products.save(Product.newProduct(Channel.AIGOUBAO, code, code, Instant.now()));
	}

	private void answer(String code, String json) {
		ProductDetail detail = JSON.readValue(json, ProductDetail.class);
		given(this.aigoubao.getProductDetail(argThat(request -> request != null && code.equals(request.productCode())), any()))
			.willReturn(detail);
	}

}

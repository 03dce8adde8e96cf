package com.baolink.catalog;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import com.baolink.order.Channel;
import com.baolink.partner.PartnerUnavailableException;
import com.baolink.partner.aigoubao.AigoubaoApi.CallPriority;
import com.baolink.partner.aigoubao.AigoubaoApi.ProductDetail;
import com.baolink.partner.aigoubao.AigoubaoApi.ProductDetailRequest;
import com.baolink.partner.aigoubao.AigoubaoException;
import com.baolink.testsupport.CatalogWebTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;

class CatalogRefresherTests extends CatalogWebTestSupport {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Clock clock;

	@Test
	void upsertsProductsWithBothPlanSpellings() {
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

		assertThat(refresher(tableCode, exampleCode).refreshAll()).isEqualTo(2);

		Product table = this.products.findByChannelAndCode(Channel.AIGOUBAO, tableCode).orElseThrow();
		assertThat(table.getName()).isEqualTo("国内旅游意外险");
		assertThat(table.getInsurerLogoUrl()).isEqualTo("//img.example/tian.png");
		assertThat(table.getPlans()).extracting(ProductPlan::planCode, ProductPlan::name)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("A1", "经济型"),
					org.assertj.core.groups.Tuple.tuple("A2", "豪华型"));
		assertThat(table.getFromPrice()).isEqualByComparingTo("12.50");
		assertThat(table.isEnabled()).isTrue();
		assertThat(table.getRefreshedAt()).isNotNull();
		Product example = this.products.findByChannelAndCode(Channel.AIGOUBAO, exampleCode).orElseThrow();
		assertThat(example.getPlans()).extracting(ProductPlan::planCode).containsExactly("B1");
		assertThat(example.getPlans().get(0).minPrice()).isEqualByComparingTo("45");
		verify(this.aigoubao).getProductDetail(eq(new ProductDetailRequest(tableCode, null, "100000")),
				eq(CallPriority.BACKGROUND));
	}

	@Test
	void aSecondRefreshUpdatesInPlaceAndKeepsWhatStaffCurated() {
		String code = unique("R");
		answer(code, """
				{"productCode":"%s","productName":"旧名","plans":[{"planCode":"A1","minPrice":10}]}""".formatted(code));
		refresher(code).refreshAll();
		Product first = this.products.findByChannelAndCode(Channel.AIGOUBAO, code).orElseThrow();
		first.describe("天安财险", "旅游", "说明", null);
		this.products.save(first);

		answer(code, """
				{"productCode":"%s","productName":"新名","insuranceCompanyLogo":"javascript:alert(1)",
				 "plans":[{"planCode":"A2","minPrice":8},{"planCode":"A3","minPrice":9}]}""".formatted(code));
		refresher(code).refreshAll();

		Product second = this.products.findByChannelAndCode(Channel.AIGOUBAO, code).orElseThrow();
		assertThat(second.getId()).isEqualTo(first.getId());
		assertThat(second.getName()).isEqualTo("新名");
		assertThat(second.getInsurerLogoUrl()).isNull();
		assertThat(second.getPlans()).extracting(ProductPlan::planCode).containsExactly("A2", "A3");
		assertThat(second.getFromPrice()).isEqualByComparingTo("8.00");
		assertThat(second.getInsurerName()).isEqualTo("天安财险");
		assertThat(second.getCategory()).isEqualTo("旅游");
	}

	@Test
	void aFailingCodeDoesNotStopTheOthersAndKeepsWhatWasThere() {
		String unknown = unique("R");
		String down = unique("R");
		String good = unique("R");
		answer(down, """
				{"productCode":"%s","productName":"已有产品","plans":[{"planCode":"D1","minPrice":5}]}""".formatted(down));
		refresher(down).refreshAll();

		given(this.aigoubao.getProductDetail(argThat(request -> request != null && unknown.equals(request.productCode())),
				eq(CallPriority.BACKGROUND)))
			.willThrow(new AigoubaoException("3000", "分销产品不存在"));
		given(this.aigoubao.getProductDetail(argThat(request -> request != null && down.equals(request.productCode())),
				eq(CallPriority.BACKGROUND)))
			.willThrow(new PartnerUnavailableException("read timed out", null));
		answer(good, """
				{"productCode":"%s","productName":"好产品","plans":[{"planCode":"G1","minPrice":1}]}""".formatted(good));

		assertThat(refresher(unknown, down, good).refreshAll()).isEqualTo(1);

		assertThat(this.products.findByChannelAndCode(Channel.AIGOUBAO, unknown)).isEmpty();
		Product kept = this.products.findByChannelAndCode(Channel.AIGOUBAO, down).orElseThrow();
		assertThat(kept.getName()).isEqualTo("已有产品");
		assertThat(kept.getPlans()).extracting(ProductPlan::planCode).containsExactly("D1");
		assertThat(this.products.findByChannelAndCode(Channel.AIGOUBAO, good)).isPresent();
	}

	@Test
	void nothingConfiguredMeansNoCalls() {
		CatalogRefresher none = new CatalogRefresher(this.aigoubao, this.products,
				new CatalogProperties(List.of("", " "), "100000", Duration.ofHours(6)), this.clock);
		assertThat(none.refreshAll()).isZero();
		org.mockito.Mockito.verifyNoInteractions(this.aigoubao);
	}

	@Test
	void sandboxConfigurationListsTheSeededProducts(@Autowired CatalogProperties properties) {
		assertThat(properties.productCodes()).containsExactly("200437", "100371", "200161", "200104", "100434");
		assertThat(properties.aigoubaoMemberId()).isEqualTo("100000");
	}

	private CatalogRefresher refresher(String... codes) {
		return new CatalogRefresher(this.aigoubao, this.products,
				new CatalogProperties(List.of(codes), "100000", Duration.ofHours(6)), this.clock);
	}

	private void answer(String code, String json) {
		ProductDetail detail = JSON.readValue(json, ProductDetail.class);
		given(this.aigoubao.getProductDetail(argThat(request -> request != null && code.equals(request.productCode())),
				eq(CallPriority.BACKGROUND)))
			.willReturn(detail);
	}

}

package com.baolink.order;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.baolink.catalog.Product;
import com.baolink.infrastructure.config.ChinaTime;
import com.baolink.partner.PartnerUnavailableException;
import com.baolink.partner.aigoubao.AigoubaoApi.CallPriority;
import com.baolink.partner.aigoubao.AigoubaoApi.InsuredInfo;
import com.baolink.partner.aigoubao.AigoubaoApi.PreOrderRequest;
import com.baolink.partner.aigoubao.AigoubaoApi.PreOrderResult;
import com.baolink.partner.aigoubao.AigoubaoApi.RegisterResult;
import com.baolink.partner.aigoubao.AigoubaoException;
import com.baolink.testsupport.CatalogWebTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class BuyControllerTests extends CatalogWebTestSupport {

	static final String ID_CARD = "11010519491231002X";

	static final String PASSPORT = "E12345678";

	@Autowired
	Orders orders;

	@Autowired
	JdbcClient jdbc;

	Product product;

	LocalDate start;

	@BeforeEach
	void seedProduct() {
		this.product = seed(unique("国内旅游意外险"), "天安财险", "TRAVEL", null,
				List.of(plan("P1", "经济型", "12.50"), plan("P2", "豪华型", "30")));
		this.start = LocalDate.now(ChinaTime.ZONE).plusDays(1);
		given(this.aigoubao.register(any(), eq(CallPriority.USER))).willReturn(new RegisterResult("106225"));
	}

	@Test
	void initBuyFormRendersTheFieldsTheBrowserTestUses() throws Exception {
		this.mvc.perform(get("/catalog/" + this.product.getId() + "/buy").param("plan", "P2").with(login("13800000001")))
			.andExpect(status().isOk())
			.andExpect(view().name("orders/buy"))
			.andExpect(content().string(containsString("id=\"buy-submit\"")))
			.andExpect(content().string(containsString("id=\"plan\" name=\"plan\"")))
			.andExpect(content().string(containsString("<option value=\"P2\" selected=\"selected\"")))
			.andExpect(content().string(containsString("id=\"coverStart\"")))
			.andExpect(content().string(containsString("id=\"coverEnd\"")))
			.andExpect(content().string(containsString("id=\"insured0.name\" name=\"insured[0].name\"")))
			.andExpect(content().string(containsString("id=\"insured2.relation\"")))
			.andExpect(content().string(not(containsString("id=\"insured3.name\""))))
			.andExpect(content().string(containsString("name=\"launchToken\"")))
			.andExpect(content().string(containsString("id=\"payType-CREDIT\"")))
			.andExpect(content().string(containsString("name=\"addPerson\"")))
			.andExpect(content().string(not(containsString("class=\"field-error\""))));
		this.mvc.perform(get("/catalog/" + this.product.getId() + "/buy").with(login("13800000002")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"payType-CASH\"")))
			.andExpect(content().string(not(containsString("id=\"payType-CREDIT\""))));
	}

	@Test
	void processLaunchFormHasErrors() throws Exception {
		this.mvc
			.perform(launch(UUID.randomUUID().toString(), "P1", this.start.minusDays(1), "CASH")
				.param("holder.name", "张三")
				.param("holder.cardType", "2")
				.param("holder.cardNo", PASSPORT)
				.param("holder.mobile", "12345")
				.param("insured[0].name", "李四")
				.param("insured[0].cardType", "1")
				.param("insured[0].cardNo", "110105194912310021")
				.param("insured[0].relation", "5")
				.with(login("13800000001")))
			.andExpect(status().isOk())
			.andExpect(view().name("orders/buy"))
			.andExpect(content().string(containsString("请输入有效的中国大陆手机号")))
			.andExpect(content().string(containsString("身份证号码校验位不正确")))
			.andExpect(content().string(containsString("终止日期不能早于起保日期")))
			.andExpect(content().string(containsString("value=\"12345\"")))
			.andExpect(content().string(containsString("value=\"110105194912310021\"")))
			.andExpect(content().string(containsString("value=\"李四\"")))
			.andExpect(content().string(containsString("class=\"invalid\"")));
		verify(this.aigoubao, never()).addTemp(any(), any());
	}

	@Test
	void errorsAreShownInEnglish() throws Exception {
		this.mvc
			.perform(launch(UUID.randomUUID().toString()).param("holder.name", "张三")
				.param("holder.cardType", "2")
				.param("holder.cardNo", PASSPORT)
				.param("holder.mobile", "12345")
				.cookie(new jakarta.servlet.http.Cookie("baolink-lang", "en"))
				.with(login("13800000001")))
			.andExpect(content().string(containsString("Enter a valid mainland China mobile number")));
	}

	@Test
	void languageSwitchOnAFailedFormKeepsTheInputAndNeverLaunches() throws Exception {
		String token = UUID.randomUUID().toString();
		this.mvc.perform(launch(token).param("holder.name", "张三")
				.param("holder.mobile", "12345")
				.with(login("13800000001")))
			.andExpect(content().string(containsString("请输入有效的中国大陆手机号")))
			.andExpect(content().string(containsString("lang=\"en\" form=\"buy-form\"")));
		this.mvc.perform(launch(token).param("holder.name", "张三")
				.param("holder.mobile", "12345")
				.param("lang", "en")
				.with(login("13800000001")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a valid mainland China mobile number")))
			.andExpect(content().string(containsString("value=\"张三\"")))
			.andExpect(content().string(containsString("value=\"12345\"")));
		this.mvc.perform(launch(UUID.randomUUID().toString()).param("lang", "en").with(login("13800000001")))
			.andExpect(status().isOk());
		verify(this.aigoubao, never()).addTemp(any(), any());
	}

	@Test
	void theBuyPageReachedByGetKeepsPlainLanguageLinks() throws Exception {
		this.mvc.perform(get("/catalog/" + this.product.getId() + "/buy").with(login("13800000001")))
			.andExpect(content().string(containsString("?lang=en")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("name=\"lang\""))));
	}

	@Test
	void coverDatesOutsideTheProductsLimitsAreFieldErrors() throws Exception {
		this.mvc.perform(post("/orders/launch").param("productId", String.valueOf(this.product.getId()))
				.param("launchToken", UUID.randomUUID().toString())
				.param("plan", "P1")
				.param("coverStart", "9999-01-01")
				.param("coverEnd", "9999-12-31")
				.param("payType", "CASH")
				.with(csrf())
				.with(login("13800000001")))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "coverStart", "validation.coverStart.tooFar"))
			.andExpect(content().string(containsString("value=\"9999-01-01\"")));
		verify(this.aigoubao, never()).addTemp(any(), any());
	}

	@Test
	void addPersonKeepsValuesAndAddsARow() throws Exception {
		this.mvc
			.perform(launch(UUID.randomUUID().toString()).param("insured[0].name", "李四")
				.param("addPerson", "1")
				.with(login("13800000001")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"insured3.name\"")))
			.andExpect(content().string(containsString("value=\"李四\"")))
			.andExpect(content().string(not(containsString("class=\"field-error\""))));
		verify(this.aigoubao, never()).addTemp(any(), any());
	}

	@Test
	void successfulLaunchRedirectsToThePartnerAndStoresMaskedCardsOnly() throws Exception {
		String token = UUID.randomUUID().toString();
		given(this.aigoubao.addTemp(any(), eq(CallPriority.USER)))
			.willReturn(new PreOrderResult("https://pay.example/cashier?t=TE1", "TE" + token.substring(0, 8)));

		this.mvc
			.perform(launch(token).param("holder.name", "张三")
				.param("holder.cardType", "1")
				.param("holder.cardNo", "11010519491231002x")
				.param("holder.mobile", "13912345678")
				.param("insured[0].name", "张三")
				.param("insured[0].cardType", "1")
				.param("insured[0].cardNo", ID_CARD)
				.param("insured[0].relation", "1")
				.param("insured[2].name", "John Smith")
				.param("insured[2].cardType", "2")
				.param("insured[2].cardNo", PASSPORT)
				.param("insured[2].birthday", "1980-01-02")
				.param("insured[2].gender", "M")
				.param("insured[2].relation", "5")
				.with(login("13800000001")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("https://pay.example/cashier?t=TE1"));

		Order order = this.orders.findByLaunchToken(token).orElseThrow();
		assertThat(order.getStatus()).isEqualTo(OrderStatus.LAUNCHED);
		assertThat(order.getPartnerRef()).isEqualTo("TE" + token.substring(0, 8));
		assertThat(order.getPayUrl()).isEqualTo("https://pay.example/cashier?t=TE1");
		assertThat(order.getOutSerialNo()).matches("BL\\d{20}");
		assertThat(order.getPlanCode()).isEqualTo("P1");
		assertThat(order.getHolderName()).isEqualTo("张三");
		assertThat(order.getNextSyncAt()).isNotNull();
		assertThat(order.getInsured()).extracting(InsuredPerson::cardNoMasked)
			.containsExactly("110105********002X", "E1****678");
		assertThat(order.getInsured().get(0).birthday()).isEqualTo(LocalDate.of(1949, 12, 31));
		List<String> stored = this.jdbc.sql("SELECT card_no_masked FROM order_insured WHERE purchase_order = ?")
			.param(order.getId())
			.query(String.class)
			.list();
		assertThat(stored).noneMatch(value -> value.contains(ID_CARD) || value.contains(PASSPORT));
		List<String> keys = this.jdbc.sql("SELECT key_hash FROM order_search_key WHERE order_id = ?")
			.param(order.getId())
			.query(String.class)
			.list();
		assertThat(keys).hasSize(3).noneMatch(key -> key.contains(ID_CARD) || key.contains("13912345678"));
		for (String q : List.of(ID_CARD, PASSPORT.toLowerCase(java.util.Locale.ROOT), "13912345678", order.getOutSerialNo())) {
			this.mvc.perform(get("/orders").param("q", q).with(login("13800000001")))
				.andExpect(content().string(containsString("data-order-id=\"" + order.getId() + "\"")));
		}

		ArgumentCaptor<PreOrderRequest> sent = ArgumentCaptor.forClass(PreOrderRequest.class);
		verify(this.aigoubao).addTemp(sent.capture(), eq(CallPriority.USER));
		PreOrderRequest request = sent.getValue();
		assertThat(request.distrCode()).isEqualTo("90778244");
		assertThat(request.mobile()).isEqualTo("13800000001");
		assertThat(request.memberId()).isNotBlank();
		assertThat(request.outSerialNo()).isEqualTo(order.getOutSerialNo());
		assertThat(request.payType()).isEqualTo(2);
		assertThat(request.productCode()).isEqualTo(this.product.getCode());
		assertThat(request.productName()).isEqualTo(this.product.getName());
		assertThat(request.deliverNotifyUrl()).isEqualTo("https://portal.example/callbacks/aigoubao/deliver");
		assertThat(request.returnNotifyUrl()).isEqualTo("https://portal.example/callbacks/aigoubao/surrender");
		assertThat(request.refundNotifyUrl()).isEqualTo("https://portal.example/callbacks/aigoubao/refund");
		assertThat(request.returnPage()).isEqualTo("https://portal.example/orders/" + order.getId());
		assertThat(request.safeguardStartTime()).isEqualTo(this.start.toString());
		assertThat(request.safeguardEndTime()).isEqualTo(this.start.plusDays(6).toString());
		assertThat(request.holderInfo().holderCardNo()).isEqualTo(ID_CARD);
		assertThat(request.holderInfo().holderBirthday()).isEqualTo("1949-12-31");
		assertThat(request.holderInfo().holderMobile()).isEqualTo("13912345678");
		assertThat(request.insuredInfoList()).extracting(InsuredInfo::insuredCardNo).containsExactly(ID_CARD, PASSPORT);
		assertThat(request.insuredInfoList()).extracting(InsuredInfo::insuredRelation).containsExactly("1", "5");
		assertThat(request.insuredInfoList().get(0).insuredGender()).isEqualTo("F");
		assertThat(request.insuredInfoList().get(1).insuredBirthday()).isEqualTo("1980-01-02");
	}

	@Test
	void doubleSubmitWithTheSameTokenCallsThePartnerOnce() throws Exception {
		String token = UUID.randomUUID().toString();
		given(this.aigoubao.addTemp(any(), eq(CallPriority.USER)))
			.willReturn(new PreOrderResult("https://pay.example/p/2", "TD" + token.substring(0, 8)));
		this.mvc.perform(launch(token).with(login("13800000001"))).andExpect(redirectedUrl("https://pay.example/p/2"));
		this.mvc.perform(launch(token).with(login("13800000001"))).andExpect(redirectedUrl("https://pay.example/p/2"));
		verify(this.aigoubao, times(1)).addTemp(any(), any());

		Order order = this.orders.findByLaunchToken(token).orElseThrow();
		order.advanceTo(OrderStatus.PAID, OrderEventSource.PULL, java.time.Instant.now());
		this.orders.save(order);
		this.mvc.perform(launch(token).with(login("13800000001"))).andExpect(redirectedUrl("/orders/" + order.getId()));
		verify(this.aigoubao, times(1)).addTemp(any(), any());
	}

	@Test
	void anotherMembersTokenIsNotReused() throws Exception {
		String token = UUID.randomUUID().toString();
		given(this.aigoubao.addTemp(any(), eq(CallPriority.USER)))
			.willReturn(new PreOrderResult("https://pay.example/p/3", "TO" + token.substring(0, 8)));
		this.mvc.perform(launch(token).with(login("13800000001"))).andExpect(status().is3xxRedirection());
		this.mvc.perform(launch(token).with(login("13800000002")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("表单已失效")))
			.andExpect(content().string(not(containsString("value=\"" + token + "\""))));
		verify(this.aigoubao, times(1)).addTemp(any(), any());
	}

	@Test
	void partnerFailureKeepsTheOrderAndARetryUsesTheSameSerialNumber() throws Exception {
		String token = UUID.randomUUID().toString();
		given(this.aigoubao.addTemp(any(), eq(CallPriority.USER)))
			.willThrow(new AigoubaoException("9999", "该产品暂停销售<b>"))
			.willThrow(new PartnerUnavailableException("read timed out", null))
			.willReturn(new PreOrderResult("https://pay.example/p/4", "TR" + token.substring(0, 8)));

		this.mvc.perform(launch(token).param("insured[0].name", "李四")
			.param("insured[0].cardType", "2")
			.param("insured[0].cardNo", PASSPORT)
			.param("insured[0].relation", "5")
			.with(login("13800000001")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("合作方拒绝了此订单：该产品暂停销售&lt;b&gt;")))
			.andExpect(content().string(containsString("value=\"" + token + "\"")))
			.andExpect(content().string(containsString("value=\"" + PASSPORT + "\"")));
		Order failed = this.orders.findByLaunchToken(token).orElseThrow();
		assertThat(failed.getStatus()).isEqualTo(OrderStatus.LAUNCH_FAILED);
		assertThat(failed.getPartnerRef()).isNull();
		assertThat(failed.getLastError()).contains("9999");

		this.mvc.perform(launch(token).cookie(new jakarta.servlet.http.Cookie("baolink-lang", "en")).with(login("13800000001")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The partner is not answering at the moment. Your order has been saved")));
		assertThat(this.orders.findByLaunchToken(token).orElseThrow().getStatus()).isEqualTo(OrderStatus.LAUNCH_FAILED);

		this.mvc.perform(launch(token, "P2").with(login("13800000001")))
			.andExpect(redirectedUrl("https://pay.example/p/4"));
		Order launched = this.orders.findByLaunchToken(token).orElseThrow();
		assertThat(launched.getId()).isEqualTo(failed.getId());
		assertThat(launched.getStatus()).isEqualTo(OrderStatus.LAUNCHED);
		assertThat(launched.getPartnerRef()).isEqualTo("TR" + token.substring(0, 8));
		assertThat(launched.getPlanCode()).isEqualTo("P2");
		assertThat(launched.getOutSerialNo()).isEqualTo(failed.getOutSerialNo());

		ArgumentCaptor<PreOrderRequest> sent = ArgumentCaptor.forClass(PreOrderRequest.class);
		verify(this.aigoubao, times(3)).addTemp(sent.capture(), any());
		assertThat(sent.getAllValues()).extracting(PreOrderRequest::outSerialNo).containsOnly(failed.getOutSerialNo());
	}

	@Test
	void partnerUnavailableMessageInChinese() throws Exception {
		given(this.aigoubao.addTemp(any(), any())).willThrow(new PartnerUnavailableException("connect refused", null));
		this.mvc.perform(launch(UUID.randomUUID().toString()).with(login("13800000001")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("合作方暂时没有响应，您的订单已保存，请稍后重试")));
	}

	@Test
	void creditIsRefusedForAMemberWithoutItAndAllowedForOneWithIt() throws Exception {
		this.mvc.perform(launch(UUID.randomUUID().toString(), "P1", this.start.plusDays(6), "CREDIT").with(login("13800000002")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("您的账户未开通授信支付")));
		verify(this.aigoubao, never()).addTemp(any(), any());

		given(this.aigoubao.addTemp(any(), any())).willReturn(new PreOrderResult("https://pay.example/c", "TC1"));
		String token = UUID.randomUUID().toString();
		this.mvc.perform(launch(token, "P1", this.start.plusDays(6), "CREDIT").with(login("13800000001")))
			.andExpect(redirectedUrl("https://pay.example/c"));
		ArgumentCaptor<PreOrderRequest> sent = ArgumentCaptor.forClass(PreOrderRequest.class);
		verify(this.aigoubao).addTemp(sent.capture(), any());
		assertThat(sent.getValue().payType()).isEqualTo(1);
		assertThat(this.orders.findByLaunchToken(token).orElseThrow().getPayType()).isEqualTo(PayType.CREDIT);
	}

	@Test
	void unknownAndDisabledProductsAreNotFoundAndStaffCannotBuy() throws Exception {
		this.mvc.perform(get("/catalog/987654321/buy").with(login("13800000001"))).andExpect(status().isNotFound());
		Product disabled = seed(unique("停售"), null, null, null, List.of(plan("P1", "x", "1")));
		disabled.enable(false);
		this.products.save(disabled);
		this.mvc.perform(get("/catalog/" + disabled.getId() + "/buy").with(login("13800000001")))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/orders/launch").param("productId", String.valueOf(disabled.getId()))
			.param("launchToken", UUID.randomUUID().toString())
			.param("plan", "P1")
			.param("coverStart", this.start.toString())
			.param("coverEnd", this.start.toString())
			.param("payType", "CASH")
			.with(csrf())
			.with(login("13800000001"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/catalog/" + this.product.getId() + "/buy").with(login("admin")))
			.andExpect(status().isForbidden());
		verify(this.aigoubao, never()).addTemp(any(), any());
	}

	@Test
	void aPartnerPageThatIsNotAnAbsoluteWebAddressIsNeverFollowed() throws Exception {
		for (String url : List.of("/\\evil.example/pay", "//evil.example/pay", "javascript:alert(1)", "/orders/1")) {
			String token = UUID.randomUUID().toString();
			given(this.aigoubao.addTemp(any(), eq(CallPriority.USER)))
				.willReturn(new PreOrderResult(url, "TU" + token.substring(0, 8)));
			this.mvc.perform(launch(token).with(login("13800000001")))
				.andExpect(status().isOk())
				.andExpect(view().name("orders/buy"));
			Order order = this.orders.findByLaunchToken(token).orElseThrow();
			assertThat(order.getStatus()).as(url).isEqualTo(OrderStatus.LAUNCH_FAILED);
			assertThat(order.getPayUrl()).as(url).isNull();
		}
		assertThat(OrderLauncher.isUsableRedirect("https://h5.aigobo.cn/pay?t=TE1")).isTrue();
		assertThat(OrderLauncher.isUsableRedirect("http://localhost:8080/sandbox/aigoubao/h5/purchase/TE1")).isTrue();
	}

	@Test
	void launchWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/orders/launch").param("productId", String.valueOf(this.product.getId()))
			.with(login("13800000001"))).andExpect(status().isForbidden());
	}

	private MockHttpServletRequestBuilder launch(String token) {
		return launch(token, "P1");
	}

	private MockHttpServletRequestBuilder launch(String token, String plan) {
		return launch(token, plan, this.start.plusDays(6), "CASH");
	}

	private MockHttpServletRequestBuilder launch(String token, String plan, LocalDate coverEnd, String payType) {
		return post("/orders/launch").param("productId", String.valueOf(this.product.getId()))
			.param("launchToken", token)
			.param("plan", plan)
			.param("coverStart", this.start.toString())
			.param("coverEnd", coverEnd.toString())
			.param("payType", payType)
			.with(csrf());
	}

}

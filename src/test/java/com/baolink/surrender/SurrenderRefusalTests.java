package com.baolink.surrender;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.baolink.member.Members;
import com.baolink.order.InsuredPerson;
import com.baolink.order.InsuredPerson.PolicyStatus;
import com.baolink.order.Order;
import com.baolink.order.OrderFixtures;
import com.baolink.order.OrderStatus;
import com.baolink.order.Orders;
import com.baolink.partner.PartnerUnavailableException;
import com.baolink.partner.aigoubao.AigoubaoApi;
import com.baolink.partner.aigoubao.AigoubaoApi.OrderListUrl;
import com.baolink.partner.aigoubao.AigoubaoApi.SurrenderOrderRequest;
import com.baolink.partner.aigoubao.AigoubaoException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Partner refusals explained, nothing changed; staff surrender on a member's behalf; 7.8 link checks. */
@Tag("integration")
@SpringBootTest(properties = "baolink.engine.recurring=false")
@AutoConfigureMockMvc
class SurrenderRefusalTests {

	private static final String MEMBER = "13800000001";

	@MockitoBean
	AigoubaoApi api;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Orders orders;

	@Autowired
	Members members;

	@Autowired
	JdbcClient jdbc;

	long memberId;

	@BeforeEach
	void member() {
		this.memberId = OrderFixtures.registeredMember(this.members, MEMBER);
	}

	@Test
	void partnerRefusalsAreExplainedAndChangeNothing() throws Exception {
		Order order = issued();
		willThrow(new AigoubaoException("4001", "订单状态不符合退保条件")).given(this.api).surrenderByOrderCode(any(), any());
		assertThat(surrenderWholeOrder(order, MEMBER)).contains("该订单当前状态不允许退保（例如尚未承保、已过起保日或已退保）");

		willThrow(new AigoubaoException("1000", "订单不存在")).given(this.api).surrenderByOrderCode(any(), any());
		assertThat(surrenderWholeOrder(order, MEMBER)).contains("合作方找不到这笔订单");

		willThrow(new AigoubaoException("9999", "<b>保单已过犹豫期</b>")).given(this.api).surrenderByOrderCode(any(), any());
		assertThat(surrenderWholeOrder(order, MEMBER)).contains("合作方未能办理退保：&lt;b&gt;保单已过犹豫期&lt;/b&gt;");

		willThrow(new PartnerUnavailableException("timeout", null)).given(this.api).surrenderByOrderCode(any(), any());
		assertThat(surrenderWholeOrder(order, MEMBER)).contains("合作方暂时没有响应，请稍后重试，您的订单未受影响");

		Order after = this.orders.findById(order.getId()).orElseThrow();
		assertThat(after.getStatus()).isEqualTo(OrderStatus.ISSUED);
		assertThat(after.getInsured()).extracting(InsuredPerson::policyStatus).containsOnly(PolicyStatus.ISSUED);
		assertThat(outcomes(order)).containsExactly("REFUSED", "REFUSED", "REFUSED", "UNAVAILABLE");
	}

	@Test
	void staffMaySurrenderOnTheMembersBehalfAndAreRecorded() throws Exception {
		Order order = issued();
		MvcResult result = this.mvc
			.perform(post("/orders/" + order.getId() + "/surrender").param("scope", "ORDER").with(csrf()).with(as("admin")))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/orders/" + order.getId());

		verify(this.api).surrenderByOrderCode(
				argThat((SurrenderOrderRequest r) -> r.orderCode().equals(order.getPartnerOrderCode())
						&& r.memberId().equals(OrderFixtures.aigoubaoMemberId(this.members, this.memberId))),
				any());
		Order after = this.orders.findById(order.getId()).orElseThrow();
		assertThat(after.getStatus()).isEqualTo(OrderStatus.SURRENDER_PENDING);
		assertThat(after.getInsured()).extracting(InsuredPerson::policyStatus).containsOnly(PolicyStatus.SURRENDER_PENDING);
		long staffId = this.members.findByLogin("admin").orElseThrow().id();
		assertThat(this.jdbc.sql("SELECT requested_by FROM surrender_request WHERE order_id = :id")
			.param("id", order.getId())
			.query(Long.class)
			.list()).containsExactly(staffId);
	}

	@Test
	void htmxShowsTheConfirmationInsideTheOrderPage() throws Exception {
		Order order = issued();
		String li = order.getInsured().get(1).policyCode();
		String panel = page(get("/orders/" + order.getId() + "/surrender/confirm").param("scope", "POLICIES")
			.param("policy", li)
			.header("HX-Request", "true")
			.with(as(MEMBER)));
		assertThat(panel).contains("id=\"surrender-confirm-panel\"", li, "李四", "name=\"_csrf\"")
			.doesNotContain("<html", order.getInsured().get(0).policyCode());
		String wrong = page(get("/orders/" + order.getId() + "/surrender/confirm").param("scope", "POLICIES")
			.param("policy", "NOT-MINE")
			.header("HX-Request", "true")
			.with(as(MEMBER)));
		assertThat(wrong).contains("id=\"surrender-error\"").doesNotContain("surrender-confirm-panel");
		String english = page(get("/orders/" + order.getId() + "/surrender/confirm").param("scope", "ORDER")
			.param("lang", "en")
			.with(as(MEMBER)));
		assertThat(english).contains("Confirm the surrender", order.getPartnerOrderCode());
	}

	@Test
	void openInAigoubaoRedirectsOnlyToAWebAddress() throws Exception {
		given(this.api.getOrderListUrl(any(), any()))
			.willReturn(new OrderListUrl("https://agb.example.com/h5/orders?token=a%20b&x=1"));
		MvcResult ok = this.mvc.perform(get("/orders/aigoubao-list").with(as(MEMBER)))
			.andExpect(status().isFound())
			.andReturn();
		assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("https://agb.example.com/h5/orders?token=a%20b&x=1");

		for (String bad : List.of("javascript:alert(document.cookie)", "/sandbox/orders", "//evil.example.com/x",
				"data:text/html,hi", "")) {
			given(this.api.getOrderListUrl(any(), any())).willReturn(new OrderListUrl(bad));
			assertThat(page(get("/orders/aigoubao-list").with(as(MEMBER)))).as(bad)
				.contains("id=\"order-list-unavailable\"", "合作方返回的链接无效");
		}
		given(this.api.getOrderListUrl(any(), any())).willThrow(new PartnerUnavailableException("down", null));
		assertThat(page(get("/orders/aigoubao-list").with(as(MEMBER)))).contains("合作方暂时没有响应",
				"href=\"/orders\"");
		assertThat(page(get("/orders").with(as(MEMBER)))).contains("id=\"open-in-aigoubao\"",
				"href=\"/orders/aigoubao-list\"");
	}

	@Test
	void staffHaveNoAigoubaoOrderListAndAreNeverRegisteredWithThePartner() throws Exception {
		this.mvc.perform(get("/orders/aigoubao-list").with(as("admin"))).andExpect(status().isForbidden());
		verify(this.api, never()).register(any(), any());
		verify(this.api, never()).getOrderListUrl(any(), any());
	}

	private Order issued() {
		return OrderFixtures.issued(this.orders, this.memberId, "200437", Instant.now(), OrderFixtures.unique("-r"), "张三",
				"李四");
	}

	private String surrenderWholeOrder(Order order, String login) throws Exception {
		return page(post("/orders/" + order.getId() + "/surrender").param("scope", "ORDER").with(csrf()).with(as(login)));
	}

	private List<String> outcomes(Order order) {
		return this.jdbc.sql("SELECT outcome FROM surrender_request WHERE order_id = :id ORDER BY id")
			.param("id", order.getId())
			.query(String.class)
			.list();
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private RequestPostProcessor as(String login) {
		return user(this.users.loadUserByUsername(login));
	}

}

package com.baolink.partner.aigoubao.channel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.baolink.catalog.Channel;
import com.baolink.member.Member;
import com.baolink.member.Members;
import com.baolink.order.InsuredPerson;
import com.baolink.order.InsuredPerson.PolicyStatus;
import com.baolink.order.Order;
import com.baolink.order.OrderEventSource;
import com.baolink.order.OrderStatus;
import com.baolink.order.PayType;
import com.baolink.order.SalesChannel.PullPriority;
import com.baolink.order.SalesChannel.PulledPerson;
import com.baolink.order.SalesChannel.PulledState;
import com.baolink.partner.PartnerUnavailableException;
import com.baolink.partner.aigoubao.AigoubaoApi;
import com.baolink.partner.aigoubao.AigoubaoApi.CallPriority;
import com.baolink.partner.aigoubao.AigoubaoApi.InsuredPolicy;
import com.baolink.partner.aigoubao.AigoubaoApi.OrderDetail;
import com.baolink.partner.aigoubao.AigoubaoApi.OrderRef;
import com.baolink.partner.aigoubao.AigoubaoApi.PolicyDetail;
import com.baolink.partner.aigoubao.AigoubaoApi.PolicyUrls;
import com.baolink.partner.aigoubao.AigoubaoDistributor;
import com.baolink.partner.aigoubao.AigoubaoException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/** The AiGouBao pull (7.11, 7.6) translated into the port's partner-neutral state. */
class AigoubaoOrderPullTests {

	static final long MEMBER = 7L;

	static final OrderRef REF = new OrderRef("TE1", "90778244", "106225");

	AigoubaoApi api = mock(AigoubaoApi.class);

	AigoubaoDistributor distributor = mock(AigoubaoDistributor.class);

	Members members = mock(Members.class);

	AigoubaoOrderPull pull = new AigoubaoOrderPull(this.api, this.distributor, this.members);

	@BeforeEach
	void member() {
		given(this.members.findById(MEMBER)).willReturn(Optional.of(Member
			.newMember("13900139000", "王五", "hash", null, null, null, null, true, Instant.EPOCH)
			.withAigoubaoMemberId("106225")));
		given(this.distributor.orderRef("TE1", "106225")).willReturn(REF);
	}

	@Test
	void issuedOrderIsTranslatedWithThePolicyLinksOf76() {
		given(this.api.getOrderDetail(REF, CallPriority.USER)).willReturn(detail("已承保",
				List.of(person("张三", "已承保", "PC1", "https://agb.example.com/detail/PC1.pdf"),
						person("李四", "已承保", "PC2", "https://agb.example.com/detail/PC2.pdf"),
						person("王五", "神秘状态", null, null))));
		given(this.api.getPolicyUrl(REF, CallPriority.USER)).willReturn(new PolicyUrls("TE1", "I1", "0", "天安",
				List.of(new PolicyDetail("张三", "PC1", "https://agb.example.com/76/PC1.pdf", "https://agb.example.com/76/C1.pdf"),
						new PolicyDetail("王五", null, "https://agb.example.com/76/W.pdf", null))));

		PulledState state = this.pull.pull(order(OrderStatus.PAID), PullPriority.USER).orElseThrow();

		assertThat(state.status()).isEqualTo(OrderStatus.ISSUED);
		assertThat(state.statusText()).isEqualTo("已承保");
		assertThat(state.partnerOrderCode()).isEqualTo("I1");
		assertThat(state.insurerName()).isEqualTo("天安财产保险股份有限公司");
		assertThat(state.totalAmount()).isEqualByComparingTo("25.00");
		assertThat(state.discountAmount()).isEqualByComparingTo("1.00");
		assertThat(state.insured()).extracting(PulledPerson::name).containsExactly("张三", "李四", "王五");
		PulledPerson first = state.insured().get(0);
		assertThat(first.cardType()).as("AiGouBao's resident ID in the portal's code").isEqualTo("1");
		assertThat(first.cardNo()).isEqualTo("110105********002X");
		assertThat(first.birthday()).isEqualTo(LocalDate.of(1949, 12, 31));
		assertThat(first.premium()).isEqualByComparingTo("12.5");
		assertThat(first.policyStatus()).isEqualTo(PolicyStatus.ISSUED);
		assertThat(first.policyUrl()).as("7.6 wins").isEqualTo("https://agb.example.com/76/PC1.pdf");
		assertThat(first.certificateUrl()).isEqualTo("https://agb.example.com/76/C1.pdf");
		assertThat(state.insured().get(1).policyUrl()).as("7.11's link without 7.6's")
			.isEqualTo("https://agb.example.com/detail/PC2.pdf");
		PulledPerson unknown = state.insured().get(2);
		assertThat(unknown.policyStatus()).as("unknown text").isNull();
		assertThat(unknown.policyStatusText()).isEqualTo("神秘状态");
		assertThat(unknown.policyUrl()).as("matched by name, no policy code").isEqualTo("https://agb.example.com/76/W.pdf");
	}

	@Test
	void policyLinksAreNotAskedForBeforeIssueAndTheirFailureDoesNotFailThePull() {
		given(this.api.getOrderDetail(REF, CallPriority.OWED)).willReturn(detail("已支付", List.of()));
		PulledState paid = this.pull.pull(order(OrderStatus.LAUNCHED), PullPriority.OWED).orElseThrow();
		assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
		assertThat(paid.insured()).isEmpty();
		verify(this.api, never()).getPolicyUrl(any(), any());

		given(this.api.getOrderDetail(REF, CallPriority.BACKGROUND))
			.willReturn(detail("已承保", List.of(person("张三", "已承保", "PC1", "https://agb.example.com/detail/PC1.pdf"))));
		given(this.api.getPolicyUrl(REF, CallPriority.BACKGROUND))
			.willThrow(new PartnerUnavailableException("timeout", null));
		PulledState issued = this.pull.pull(order(OrderStatus.PAID), PullPriority.BACKGROUND).orElseThrow();
		assertThat(issued.insured()).singleElement()
			.extracting(PulledPerson::policyUrl)
			.isEqualTo("https://agb.example.com/detail/PC1.pdf");
	}

	@Test
	void staleAnswerOfAnIssuedOrderStillAsksForTheLinks() {
		given(this.api.getOrderDetail(REF, CallPriority.BACKGROUND)).willReturn(detail("已支付", List.of()));

		PulledState state = this.pull.pull(order(OrderStatus.ISSUED), PullPriority.BACKGROUND).orElseThrow();

		assertThat(state.status()).as("reported as it is; the order module keeps the rank").isEqualTo(OrderStatus.PAID);
		verify(this.api).getPolicyUrl(eq(REF), eq(CallPriority.BACKGROUND));
	}

	@Test
	void orderNotFoundIsNoOrderYetOnlyForAJustLaunchedOrder() {
		given(this.api.getOrderDetail(any(), any())).willThrow(new AigoubaoException("1000", "订单不存在"));

		assertThat(this.pull.pull(order(OrderStatus.LAUNCHED), PullPriority.USER)).isEmpty();
		assertThatThrownBy(() -> this.pull.pull(order(OrderStatus.PAID), PullPriority.USER))
			.isInstanceOf(AigoubaoException.class);
	}

	@Test
	void partnerFaultsReachTheCallerAsTheyAre() {
		given(this.api.getOrderDetail(any(), any())).willThrow(new PartnerUnavailableException("down", null));

		assertThatThrownBy(() -> this.pull.pull(order(OrderStatus.PAID), PullPriority.USER))
			.isInstanceOf(PartnerUnavailableException.class);
	}

	@Test
	void aMemberWithoutAigoubaoAccountIsAWiringFault() {
		given(this.members.findById(MEMBER)).willReturn(Optional.of(
				Member.newMember("13900139000", "王五", "hash", null, null, null, null, true, Instant.EPOCH)));

		assertThatThrownBy(() -> this.pull.pull(order(OrderStatus.PAID), PullPriority.USER))
			.isInstanceOf(IllegalStateException.class);
		verify(this.api, never()).getOrderDetail(any(), any());
	}

	@Test
	void everyPullPriorityHasItsCallPriority() {
		for (PullPriority priority : PullPriority.values()) {
			assertThat(AigoubaoOrderPull.callPriority(priority).name()).isEqualTo(priority.name());
		}
	}

	@Test
	void birthdaysAreReadFromTheirDatePart() {
		assertThat(AigoubaoOrderPull.birthday("1949-12-31 00:00:00")).isEqualTo(LocalDate.of(1949, 12, 31));
		assertThat(AigoubaoOrderPull.birthday("1949/12/31")).isNull();
		assertThat(AigoubaoOrderPull.birthday("1949")).isNull();
		assertThat(AigoubaoOrderPull.birthday(null)).isNull();
	}

	@Test
	void reportedCardTypesAreThePortalsCodes() {
		assertThat(AigoubaoCodes.portalCardType("2")).isEqualTo("2");
		assertThat(AigoubaoCodes.portalCardType("身份证")).as("a text is kept").isEqualTo("身份证");
		assertThat(AigoubaoCodes.portalCardType(null)).isNull();
	}

	private static Order order(OrderStatus status) {
		Instant now = Instant.parse("2026-12-01T02:00:00Z");
		Order order = Order.launch(MEMBER, Channel.AIGOUBAO, PayType.CASH, "BL1", "tok-1", "200437", "国内旅游意外险", "P1",
				"计划一", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3), "张三",
				List.of(InsuredPerson.prefilled("张三", "1", "110105********002X", null, null, "5")), now);
		order.preOrderCreated("TE1", "https://pay.example.com/cashier/1", now, now);
		if (status != OrderStatus.LAUNCHED) {
			order.advanceTo(status, OrderEventSource.PULL, now);
		}
		return order;
	}

	private static OrderDetail detail(String orderStatus, List<InsuredPolicy> persons) {
		return new OrderDetail("国内旅游意外险", "200437", "2026-12-01至2026-12-03", "I1", "2026-11-23 10:00:00",
				orderStatus, persons.size(), new BigDecimal("25.00"), new BigDecimal("1.00"), null, "天安财产保险股份有限公司",
				null, 0, null, null, null, null, null, 0, "张三", "1", "110105********002X", null, null, null, "M", 0, 0,
				persons);
	}

	private static InsuredPolicy person(String name, String policyStatus, String policyCode, String policyUrl) {
		return new InsuredPolicy(name, "1", "110105********002X", "1949-12-31", "M", new BigDecimal("12.5"), null,
				policyStatus, policyCode, policyUrl, null, null);
	}

}

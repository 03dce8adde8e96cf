package com.baolink.order;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import com.baolink.catalog.Channel;
import com.baolink.member.Members;
import com.baolink.order.InsuredPerson.PolicyStatus;
import com.baolink.order.SalesChannel.PullPriority;
import com.baolink.partner.aigoubao.AigoubaoApi;
import com.baolink.partner.aigoubao.AigoubaoApi.CallPriority;
import com.baolink.partner.aigoubao.AigoubaoApi.OrderRef;
import com.baolink.partner.aigoubao.AigoubaoApi.PolicyDetail;
import com.baolink.partner.aigoubao.AigoubaoApi.PolicyUrls;
import com.baolink.partner.aigoubao.AigoubaoException;

import static com.baolink.order.OrderFixtures.detail;
import static com.baolink.order.OrderFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

@Tag("integration")
@SpringBootTest(properties = "baolink.engine.recurring=false")
@AutoConfigureMockMvc
class OrderSyncTests {

	@MockitoBean
	AigoubaoApi api;

	@Autowired
	OrderSync sync;

	@Autowired
	Orders orders;

	@Autowired
	Members members;

	@Autowired
	OrderTimeline timeline;

	long memberId;

	@BeforeEach
	void member() {
		this.memberId = OrderFixtures.registeredMember(this.members, "13800000001");
	}

	@Test
	void issuedOrderGetsStatusFactsAndEveryInsuredPersonWithPolicy() {
		Order order = OrderFixtures.launched(this.orders, this.memberId, "200437", Instant.now(), null, "张三", "李四");
		given(this.api.getOrderDetail(any(), any())).willReturn(detail("已承保",
				List.of(person("张三", "110105********002X", "已承保", "PC1"), person("李四", "11010519800101001X", "已承保", "PC2"))));
		given(this.api.getPolicyUrl(any(), any())).willReturn(new PolicyUrls(order.getPartnerRef(), "I1", "0", "天安",
				List.of(new PolicyDetail("张三", "PC1", "https://agb.example.com/76/PC1.pdf", "https://agb.example.com/76/C1.pdf"))));

		Order synced = this.sync.refresh(order, PullPriority.USER);

		ArgumentCaptor<OrderRef> ref = ArgumentCaptor.forClass(OrderRef.class);
		verify(this.api).getOrderDetail(ref.capture(), eq(CallPriority.USER));
		assertThat(ref.getValue().tempOrderCode()).isEqualTo(order.getPartnerRef());
		assertThat(ref.getValue().distrCode()).isEqualTo("90778244");
		assertThat(ref.getValue().memberId()).isEqualTo(OrderFixtures.aigoubaoMemberId(this.members, this.memberId));

		Order loaded = this.orders.findById(order.getId()).orElseThrow();
		assertThat(synced.getStatus()).isEqualTo(OrderStatus.ISSUED);
		assertThat(loaded.getStatus()).isEqualTo(OrderStatus.ISSUED);
		assertThat(loaded.getPartnerOrderCode()).isEqualTo(detail("已承保", List.of()).orderCode());
		assertThat(loaded.getPartnerStatusText()).isEqualTo("已承保");
		assertThat(loaded.getInsurerName()).isEqualTo("天安财产保险股份有限公司");
		assertThat(loaded.getTotalAmount()).isEqualByComparingTo("25.00");
		assertThat(loaded.getDiscountAmount()).isEqualByComparingTo("1.00");
		assertThat(loaded.getPolicyCodes()).isEqualTo("PC1,PC2");
		assertThat(loaded.getInsured()).extracting(InsuredPerson::policyCode).containsExactly("PC1", "PC2");
		assertThat(loaded.getInsured()).extracting(InsuredPerson::policyStatus).containsOnly(PolicyStatus.ISSUED);
		assertThat(loaded.getInsured()).extracting(InsuredPerson::cardNoMasked)
			.containsExactly("110105********002X", "110105********001X");
		assertThat(loaded.getInsured().get(0).premium()).isEqualByComparingTo("12.50");
		assertThat(loaded.getInsured().get(0).policyUrl()).isEqualTo("https://agb.example.com/76/PC1.pdf");
		assertThat(loaded.getInsured().get(0).certificateUrl()).isEqualTo("https://agb.example.com/76/C1.pdf");
		assertThat(loaded.getInsured().get(1).policyUrl()).isEqualTo("https://agb.example.com/detail/PC2.pdf");
		assertThat(loaded.getInsured().get(0).relation()).isEqualTo("5");
		assertThat(loaded.getLastSyncedAt()).isNotNull();
		assertThat(loaded.getNextSyncAt()).as("settled: no more pulls").isNull();
	}

	@Test
	void staleOrOutOfOrderAnswersNeverMoveBackwardsNorLosePolicies() {
		Order order = OrderFixtures.launched(this.orders, this.memberId, "200437", Instant.now(), null, "张三");
		given(this.api.getOrderDetail(any(), any()))
			.willReturn(detail("已承保", List.of(person("张三", "110105********002X", "已承保", "PC9"))));
		this.sync.refresh(order, PullPriority.BACKGROUND);

		given(this.api.getOrderDetail(any(), any()))
			.willReturn(detail("已支付", List.of(person("张三", "110105********002X", "未投保", null))));
		this.sync.refresh(this.orders.findById(order.getId()).orElseThrow(), PullPriority.BACKGROUND);

		Order loaded = this.orders.findById(order.getId()).orElseThrow();
		assertThat(loaded.getStatus()).isEqualTo(OrderStatus.ISSUED);
		assertThat(loaded.getPartnerStatusText()).isEqualTo("已承保");
		assertThat(loaded.getInsured()).singleElement().satisfies(p -> {
			assertThat(p.policyCode()).isEqualTo("PC9");
			assertThat(p.policyStatus()).isEqualTo(PolicyStatus.ISSUED);
		});
	}

	@Test
	void pendingAnswerAdvancesAndSchedulesTheNextPullWithoutAskingForPolicies() {
		Instant before = Instant.now();
		Order order = OrderFixtures.launched(this.orders, this.memberId, "200437", before, null, "张三");
		given(this.api.getOrderDetail(any(), any()))
			.willReturn(detail("已支付", List.of(person("张三", "110105********002X", "未投保", null))));

		this.sync.refresh(order, PullPriority.BACKGROUND);

		Order loaded = this.orders.findById(order.getId()).orElseThrow();
		assertThat(loaded.getStatus()).isEqualTo(OrderStatus.PAID);
		// (the embedded MariaDB keeps whole seconds through this driver)
		assertThat(loaded.getNextSyncAt()).isBetween(before.plus(Duration.ofMinutes(2)).minusSeconds(1),
				Instant.now().plus(Duration.ofMinutes(2)));
		verify(this.api, never()).getPolicyUrl(any(), any());
	}

	@Test
	void orderNotFoundIsToleratedForAJustLaunchedOrderOnly() {
		Order launched = OrderFixtures.launched(this.orders, this.memberId, "200437", Instant.now(), null, "张三");
		given(this.api.getOrderDetail(any(), any())).willThrow(new AigoubaoException("1000", "订单不存在"));

		Order synced = this.sync.refresh(launched, PullPriority.USER);

		assertThat(synced.getStatus()).isEqualTo(OrderStatus.LAUNCHED);
		assertThat(synced.getLastSyncedAt()).isNotNull();
		assertThat(synced.getNextSyncAt()).isNotNull();
		assertThat(synced.getInsured()).extracting(InsuredPerson::name).containsExactly("张三");

		Order paid = this.orders.findById(synced.getId()).orElseThrow();
		paid.advanceTo(OrderStatus.PAID, OrderEventSource.PULL, Instant.now());
		Order savedPaid = this.orders.save(paid);
		assertThatThrownBy(() -> this.sync.refresh(savedPaid, PullPriority.USER)).isInstanceOf(AigoubaoException.class);
	}

	@Test
	void unknownStatusTextKeepsTheStatus() {
		Order order = OrderFixtures.launched(this.orders, this.memberId, "200437", Instant.now(), null, "张三");
		given(this.api.getOrderDetail(any(), any())).willReturn(detail("神秘状态", List.of()));

		this.sync.refresh(order, PullPriority.BACKGROUND);

		Order loaded = this.orders.findById(order.getId()).orElseThrow();
		assertThat(loaded.getStatus()).isEqualTo(OrderStatus.LAUNCHED);
		assertThat(loaded.getInsured()).extracting(InsuredPerson::name).containsExactly("张三");
	}

	@Test
	void concurrentChangeIsResolvedByReloadingOnce() {
		Order order = OrderFixtures.launched(this.orders, this.memberId, "200437", Instant.now(), null, "张三");
		Order concurrent = this.orders.findById(order.getId()).orElseThrow();
		concurrent.advanceTo(OrderStatus.PAID, OrderEventSource.PULL, Instant.now());
		this.orders.save(concurrent);
		given(this.api.getOrderDetail(any(), any()))
			.willReturn(detail("已承保", List.of(person("张三", "110105********002X", "已承保", "PC7"))));

		Order synced = this.sync.refresh(order, PullPriority.BACKGROUND);

		assertThat(synced.getStatus()).isEqualTo(OrderStatus.ISSUED);
		assertThat(this.orders.findById(order.getId()).orElseThrow().getPolicyCodes()).isEqualTo("PC7");
	}

	@Test
	void appliedPullIsOnTheTimelineWithSourcePull() {
		Order order = OrderFixtures.launched(this.orders, this.memberId, "200437", Instant.now(), null, "张三");
		given(this.api.getOrderDetail(any(), any()))
			.willReturn(detail("已支付", List.of(person("张三", "110105********002X", "未投保", null))));

		this.sync.refresh(order, PullPriority.OWED);

		verify(this.api).getOrderDetail(any(), eq(CallPriority.OWED));
		assertThat(this.timeline.newestFirst(order.getId()))
			.extracting(OrderEvent::kind, OrderEvent::source, OrderEvent::to)
			.contains(tuple(OrderEventKind.STATE_CHANGED, OrderEventSource.PULL, OrderStatus.PAID),
					tuple(OrderEventKind.PULLED, OrderEventSource.PULL, null));
	}

	@Test
	void ordersOfAChannelThatIsNotPulledAreLeftToItsNotifications() {
		Instant now = Instant.now();
		Order xiebao = Order.launch(this.memberId, Channel.XIEBAO, PayType.CASH, OrderFixtures.unique("BL"),
				OrderFixtures.unique("tok-"), "XB1", "协保产品", null, null, LocalDate.of(2026, 12, 1),
				LocalDate.of(2026, 12, 3), "张三", List.of(), now);
		xiebao.preOrderCreated(OrderFixtures.unique("XB"), null, now, null);
		Order saved = this.orders.save(xiebao);

		assertThat(this.sync.refresh(saved, PullPriority.USER)).isSameAs(saved);
		OrderSync.PageView view = this.sync.forPage(saved);
		assertThat(view.order()).isSameAs(saved);
		assertThat(view.partnerUnavailable()).isFalse();
		verify(this.api, never()).getOrderDetail(any(), any());
		assertThat(this.orders.findById(saved.getId()).orElseThrow().getLastSyncedAt()).isNull();
	}

	@Test
	void cardNumbersAreKeptMaskedAndMaskedIfTheyArriveInClear() {
		assertThat(OrderSync.masked("110105********002X")).isEqualTo("110105********002X");
		assertThat(OrderSync.masked("11010519491231002X")).isEqualTo("110105********002X");
		assertThat(OrderSync.masked("E12345678")).isEqualTo("E1****678");
		assertThat(OrderSync.masked(" ")).isNull();
	}

}

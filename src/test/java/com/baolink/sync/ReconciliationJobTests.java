package com.baolink.sync;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import com.baolink.member.Members;
import com.baolink.order.Order;
import com.baolink.order.OrderFixtures;
import com.baolink.order.OrderEventSource;
import com.baolink.order.OrderStatus;
import com.baolink.order.Orders;
import com.baolink.partner.PartnerUnavailableException;
import com.baolink.partner.aigoubao.AigoubaoApi;
import com.baolink.partner.aigoubao.AigoubaoApi.CallPriority;
import com.baolink.partner.aigoubao.AigoubaoException;

import static com.baolink.order.OrderFixtures.detail;
import static com.baolink.order.OrderFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

@Tag("integration")
@SpringBootTest(properties = "baolink.engine.recurring=false")
@AutoConfigureMockMvc
class ReconciliationJobTests {

	@MockitoBean
	AigoubaoApi api;

	@Autowired
	ReconciliationJob job;

	@Autowired
	ReconciliationProperties properties;

	@Autowired
	Orders orders;

	@Autowired
	Members members;

	@Autowired
	JdbcClient jdbc;

	long memberId;

	@BeforeEach
	void onlyThisTestsOrdersAreDue() {
		this.memberId = OrderFixtures.registeredMember(this.members, "13800000001");
		// Other test classes share the database: park their due orders so the bounded batch is ours.
		this.jdbc.sql("UPDATE purchase_order SET next_sync_at = '2999-01-01' WHERE next_sync_at <= :now")
			.param("now", Timestamp.from(Instant.now().plusSeconds(5)))
			.update();
	}

	@Test
	void dueNonFinalOrdersArePulledInTheBackgroundOthersAreNot() {
		Instant now = Instant.now();
		Order due = OrderFixtures.launched(this.orders, this.memberId, "200437", now, now.minusSeconds(60), "张三");
		Order notYet = OrderFixtures.launched(this.orders, this.memberId, "200437", now, now.plusSeconds(600), "李四");
		Order settled = OrderFixtures.launched(this.orders, this.memberId, "200437", now, now.minusSeconds(60), "王五");
		settled.advanceTo(OrderStatus.ISSUED, OrderEventSource.PULL, now);
		this.orders.save(settled);
		given(this.api.getOrderDetail(refOf(due), any()))
			.willReturn(detail("已承保", List.of(person("张三", "110105********002X", "已承保", "RC1"))));

		assertThat(this.job.runOnce()).isEqualTo(1);

		verify(this.api).getOrderDetail(refOf(due), eq(CallPriority.BACKGROUND));
		verify(this.api, never()).getOrderDetail(refOf(notYet), any());
		verify(this.api, never()).getOrderDetail(refOf(settled), any());
		Order pulled = this.orders.findById(due.getId()).orElseThrow();
		assertThat(pulled.getStatus()).isEqualTo(OrderStatus.ISSUED);
		assertThat(pulled.getNextSyncAt()).isNull();
	}

	@Test
	void failuresBackOffTwoThenFiveMinutes() {
		Instant now = Instant.now();
		Order order = OrderFixtures.launched(this.orders, this.memberId, "200437", now, now.minusSeconds(60), "张三");
		given(this.api.getOrderDetail(refOf(order), any())).willThrow(new PartnerUnavailableException("timeout", null));

		this.job.runOnce();
		Order afterFirst = this.orders.findById(order.getId()).orElseThrow();
		assertThat(afterFirst.getNextSyncAt()).isCloseTo(Instant.now().plus(Duration.ofMinutes(2)), within(Duration.ofSeconds(5)));
		assertThat(afterFirst.getSyncAttempts()).isEqualTo(1);
		assertThat(afterFirst.getLastError()).contains("timeout");

		makeDue(order);
		this.job.runOnce();
		Order afterSecond = this.orders.findById(order.getId()).orElseThrow();
		assertThat(afterSecond.getNextSyncAt()).isCloseTo(Instant.now().plus(Duration.ofMinutes(5)), within(Duration.ofSeconds(5)));
		assertThat(afterSecond.getSyncAttempts()).isEqualTo(2);
	}

	@Test
	void pullsStopAfterTheGiveUpAgeWhetherThePullWorksOrNot() {
		Instant old = Instant.now().minus(this.properties.giveUpAfter()).minus(Duration.ofHours(1));
		Order stillPending = OrderFixtures.launched(this.orders, this.memberId, "200437", old, old.plusSeconds(60), "张三");
		Order failing = OrderFixtures.launched(this.orders, this.memberId, "200437", old, old.plusSeconds(60), "李四");
		given(this.api.getOrderDetail(refOf(stillPending), any())).willReturn(detail("待支付", List.of()));
		given(this.api.getOrderDetail(refOf(failing), any())).willThrow(new AigoubaoException("9999", "系统繁忙"));

		assertThat(this.job.runOnce()).isEqualTo(2);

		assertThat(this.orders.findById(stillPending.getId()).orElseThrow().getNextSyncAt()).isNull();
		assertThat(this.orders.findById(failing.getId()).orElseThrow().getNextSyncAt()).isNull();
		assertThat(this.job.dueOrderIds(Instant.now())).doesNotContain(stillPending.getId(), failing.getId());
	}

	@Test
	void oneFailingOrderDoesNotStopTheBatch() {
		Instant now = Instant.now();
		Order rateLimited = OrderFixtures.launched(this.orders, this.memberId, "200437", now, now.minusSeconds(120), "张三");
		Order fine = OrderFixtures.launched(this.orders, this.memberId, "200437", now, now.minusSeconds(60), "李四");
		Order broken = OrderFixtures.launched(this.orders, this.memberId, "200437", now, now.minusSeconds(90), "赵六");
		given(this.api.getOrderDetail(refOf(rateLimited), any())).willThrow(new AigoubaoException("0002", "请求过于频繁"));
		given(this.api.getOrderDetail(refOf(broken), any())).willThrow(new IllegalStateException("unexpected"));
		given(this.api.getOrderDetail(refOf(fine), any())).willReturn(detail("已支付", List.of()));

		assertThat(this.job.runOnce()).isEqualTo(3);

		assertThat(this.orders.findById(fine.getId()).orElseThrow().getStatus()).isEqualTo(OrderStatus.PAID);
		Order limited = this.orders.findById(rateLimited.getId()).orElseThrow();
		assertThat(limited.getLastError()).contains("0002");
		assertThat(limited.getNextSyncAt()).isAfter(Instant.now());
		assertThat(this.orders.findById(broken.getId()).orElseThrow().getNextSyncAt()).isAfter(Instant.now());
	}

	@Test
	void dueOrdersComeOldestFirstInABoundedBatch() {
		Instant now = Instant.now();
		Order later = OrderFixtures.launched(this.orders, this.memberId, "200437", now, now.minusSeconds(10), "张三");
		Order earlier = OrderFixtures.launched(this.orders, this.memberId, "200437", now, now.minusSeconds(50), "李四");

		assertThat(this.job.dueOrderIds(now)).containsSubsequence(earlier.getId(), later.getId())
			.hasSizeLessThanOrEqualTo(this.properties.batchSize());
	}

	private void makeDue(Order order) {
		this.jdbc.sql("UPDATE purchase_order SET next_sync_at = :t WHERE id = :id")
			.param("t", Timestamp.from(Instant.now().minusSeconds(1)))
			.param("id", order.getId())
			.update();
	}

	private static AigoubaoApi.OrderRef refOf(Order order) {
		return argThat(ref -> ref != null && order.getPartnerRef().equals(ref.tempOrderCode()));
	}

}

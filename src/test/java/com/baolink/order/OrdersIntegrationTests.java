package com.baolink.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;

import com.baolink.catalog.Channel;
import com.baolink.member.Members;
import com.baolink.order.InsuredPerson.PolicyStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Tag("integration")
@SpringBootTest
class OrdersIntegrationTests {

	@Autowired
	Orders orders;

	@Autowired
	Members members;

	@Test
	void savesAndLoadsTheAggregateWithItsInsuredPersons() {
		long memberId = this.members.findByLogin("13800000001").orElseThrow().id();
		Instant now = Instant.parse("2026-11-23T02:00:00Z");
		Order order = Order.launch(memberId, Channel.AIGOUBAO, PayType.CASH, "BLT" + System.nanoTime() % 1_000_000_000L,
				"tok-" + System.nanoTime(), "200437", "国内旅游意外险", "P1", "计划一", LocalDate.of(2026, 12, 1),
				LocalDate.of(2026, 12, 3), "张三",
				List.of(InsuredPerson.prefilled("张三", "1", "110105********002X", LocalDate.of(1949, 12, 31), "M", "1"),
						InsuredPerson.prefilled("李四", "2", "E1****678", null, null, "5")),
				now);
		Order saved = this.orders.save(order);

		Order loaded = this.orders.findByIdAndMemberId(saved.getId(), memberId).orElseThrow();
		assertThat(loaded.getStatus()).isEqualTo(OrderStatus.LAUNCHED);
		assertThat(loaded.getInsured()).extracting(InsuredPerson::name).containsExactly("张三", "李四");
		assertThat(loaded.getInsured()).extracting(InsuredPerson::policyStatus).containsOnly(PolicyStatus.PENDING);
		assertThat(loaded.getInsuredSummary()).isEqualTo("张三、李四");
		assertThat(this.orders.findByIdAndMemberId(saved.getId(), memberId + 1)).isEmpty();

		loaded.preOrderCreated("TE1", "http://x/pay", now, now.plusSeconds(60));
		loaded.partnerFacts("I100", "已支付", "天安财险", new BigDecimal("12.50"), BigDecimal.ZERO, now);
		assertThat(loaded.advanceTo(OrderStatus.ISSUED, OrderEventSource.PULL, now)).isTrue();
		assertThat(loaded.advanceTo(OrderStatus.PAID, OrderEventSource.PULL, now)).isFalse();
		this.orders.save(loaded);

		Order stale = saved;
		assertThatThrownBy(() -> this.orders.save(stale)).isInstanceOf(OptimisticLockingFailureException.class);
		Order reloaded = this.orders.findByChannelAndPartnerRef(Channel.AIGOUBAO, "TE1").orElseThrow();
		assertThat(reloaded.getStatus()).isEqualTo(OrderStatus.ISSUED);
		assertThat(reloaded.getTotalAmount()).isEqualByComparingTo("12.50");
	}

}

package com.baolink.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.baolink.catalog.Channel;
import com.baolink.member.Member;
import com.baolink.member.Members;
import com.baolink.testsupport.RepositoryTest;

import static com.baolink.order.OrderFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The order aggregate on the real database: its insured persons, look-ups and constraints. Rolled back after each test. */
@RepositoryTest
class OrdersRepositoryTests {

	private static final Instant NOW = Instant.parse("2026-11-30T02:00:00.123Z");

	@Autowired
	Orders orders;

	@Autowired
	Members members;

	@Autowired
	JdbcClient jdbc;

	long memberId;

	long otherMemberId;

	@BeforeEach
	void twoMembers() {
		this.memberId = newMember();
		this.otherMemberId = newMember();
	}

	@Test
	void savedOrderComesBackWithItsInsuredPersonsInOrder() {
		Order saved = this.orders.save(launched(this.memberId, "张三", "李四", "王五"));

		Order loaded = this.orders.findById(saved.getId()).orElseThrow();

		assertThat(loaded.getStatus()).isEqualTo(OrderStatus.LAUNCHED);
		assertThat(loaded.getInsured()).extracting(InsuredPerson::name).containsExactly("张三", "李四", "王五");
		assertThat(loaded.getInsuredSummary()).isEqualTo("张三、李四、王五");
		assertThat(loaded.getInsuredCount()).isEqualTo(3);
		assertThat(loaded.getCreatedAt()).isEqualTo(NOW.truncatedTo(ChronoUnit.SECONDS)); // the column keeps whole seconds
		assertThat(loaded.getCoverStart()).isEqualTo(LocalDate.of(2026, 12, 1));
	}

	@Test
	void aMemberFindsOnlyTheirOwnOrders() {
		Order mine = this.orders.save(launched(this.memberId, "张三"));

		assertThat(this.orders.findByIdAndMemberId(mine.getId(), this.memberId)).isPresent();
		assertThat(this.orders.findByIdAndMemberId(mine.getId(), this.otherMemberId)).isEmpty();
	}

	@Test
	void ordersAreFoundByLaunchTokenSerialNumberAndPartnerReference() {
		Order order = launched(this.memberId, "张三");
		String partnerRef = unique("TE");
		order.preOrderCreated(partnerRef, "https://pay.example.com/1", NOW, null);
		Order saved = this.orders.save(order);

		assertThat(this.orders.findByLaunchToken(saved.getLaunchToken())).map(Order::getId).contains(saved.getId());
		assertThat(this.orders.findByOutSerialNo(saved.getOutSerialNo())).map(Order::getId).contains(saved.getId());
		assertThat(this.orders.findByChannelAndPartnerRef(Channel.AIGOUBAO, partnerRef)).map(Order::getId)
			.contains(saved.getId());
		assertThat(this.orders.findByChannelAndPartnerRef(Channel.XIEBAO, partnerRef)).isEmpty();
	}

	@Test
	void replacingTheInsuredPersonsReplacesTheirRows() {
		Order saved = this.orders.save(launched(this.memberId, "张三", "李四"));
		saved.replaceInsured(List.of(new InsuredPerson("张三", "1", "110105********002X", null, "M", "5",
				new BigDecimal("6.25"), "P-1", InsuredPerson.PolicyStatus.ISSUED, "已承保", null, null, null)));
		saved.advanceTo(OrderStatus.ISSUED, OrderEventSource.PULL, NOW.plusSeconds(60));
		this.orders.save(saved);

		Order loaded = this.orders.findById(saved.getId()).orElseThrow();
		assertThat(loaded.getStatus()).isEqualTo(OrderStatus.ISSUED);
		assertThat(loaded.getInsured()).singleElement().satisfies(person -> {
			assertThat(person.policyCode()).isEqualTo("P-1");
			assertThat(person.premium()).isEqualByComparingTo("6.25");
		});
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM order_insured WHERE purchase_order = ?")
			.param(saved.getId())
			.query(Integer.class)
			.single()).isOne();
	}

	@Test
	void aSecondOrderWithTheSameLaunchTokenIsRefusedByTheDatabase() {
		Order first = this.orders.save(launched(this.memberId, "张三"));
		Order twin = Order.launch(this.memberId, Channel.AIGOUBAO, PayType.CASH, unique("BL"), first.getLaunchToken(),
				"P-1", "产品一", "PL1", "计划一", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3), "张三",
				List.of(person("张三")), NOW);

		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> this.orders.save(twin));
	}

	private long newMember() {
		String mobile = "137" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
		return this.members
			.save(Member.newMember(mobile, "仓库测试", "{noop}x", "测试公司", "上海市", "上海市", "测试路1号", false, NOW))
			.id();
	}

	private static Order launched(long memberId, String... names) {
		return Order.launch(memberId, Channel.AIGOUBAO, PayType.CASH, unique("BL"), unique("tok-"), "P-1", "产品一", "PL1",
				"计划一", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3), names[0],
				List.of(names).stream().map(OrdersRepositoryTests::person).toList(), NOW);
	}

	private static InsuredPerson person(String name) {
		return InsuredPerson.prefilled(name, "1", "110105********002X", null, null, "5");
	}

}

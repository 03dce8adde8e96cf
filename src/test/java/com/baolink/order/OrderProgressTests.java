package com.baolink.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.baolink.catalog.Channel;
import com.baolink.order.SalesChannel.Capabilities;

import static org.assertj.core.api.Assertions.assertThat;

/** What the order page says is going on depends on whether the order's channel is pulled. */
class OrderProgressTests {

	static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");

	static final Capabilities PULLED = new Capabilities(true, true, true, true, true, true);

	static final Capabilities NOTIFIES = new Capabilities(false, false, false, false, false, false);

	@Test
	void pulledChannelIsCheckingWhileAPullIsScheduledAndStoppedWithout() {
		Order scheduled = order(Channel.AIGOUBAO, T0.plusSeconds(120));
		OrderProgress checking = OrderProgress.of(scheduled, PULLED);
		assertThat(checking.checkingWithPartner()).isTrue();
		assertThat(checking.stoppedChecking()).isFalse();
		assertThat(checking.awaitingPartnerNotice()).isFalse();
		assertThat(checking.polls()).isTrue();

		OrderProgress stopped = OrderProgress.of(order(Channel.AIGOUBAO, null), PULLED);
		assertThat(stopped.checkingWithPartner()).isFalse();
		assertThat(stopped.stoppedChecking()).isTrue();
		assertThat(stopped.polls()).isFalse();
	}

	@Test
	void channelThatIsNotPulledAwaitsTheNotification() {
		OrderProgress progress = OrderProgress.of(order(Channel.XIEBAO, null), NOTIFIES);

		assertThat(progress.awaitingPartnerNotice()).isTrue();
		assertThat(progress.checkingWithPartner()).isFalse();
		assertThat(progress.stoppedChecking()).isFalse();
		assertThat(progress.polls()).isTrue();
	}

	@Test
	void settledOrderExpectsNothing() {
		Order issued = order(Channel.AIGOUBAO, null);
		issued.advanceTo(OrderStatus.ISSUED, OrderEventSource.PULL, T0.plusSeconds(60));

		OrderProgress progress = OrderProgress.of(issued, PULLED);

		assertThat(progress.checkingWithPartner()).isFalse();
		assertThat(progress.stoppedChecking()).isFalse();
		assertThat(progress.polls()).isFalse();
	}

	private static Order order(Channel channel, Instant nextSync) {
		Order order = Order.launch(7L, channel, PayType.CASH, "BL1", "tok-1", "200437", "国内旅游意外险", null, null,
				LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3), "张三", List.of(), T0);
		order.preOrderCreated("TE1", null, T0, nextSync);
		return order;
	}

}

package com.baolink.order;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.baolink.catalog.Channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class OrderEventsTests {

	private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");

	private static Order launch(String token) {
		return Order.launch(1L, Channel.AIGOUBAO, PayType.CASH, "BL1", token, "200437", "产品", "P1", "计划一", null, null,
				"张三", List.of(), T0);
	}

	@Test
	void launchByMemberByCustomerAndFromANotification() {
		assertThat(launch("tok").takePendingEvents()).extracting(OrderEvent::kind, OrderEvent::source, OrderEvent::to)
			.containsExactly(tuple(OrderEventKind.LAUNCHED, OrderEventSource.MEMBER, OrderStatus.LAUNCHED));
		Order shared = launch("tok");
		shared.boughtThroughShareLink(7L, "李四");
		assertThat(shared.takePendingEvents()).extracting(OrderEvent::source).containsExactly(OrderEventSource.CUSTOMER);
		Order fromNotification = launch(null);
		fromNotification.createdByPartnerNotification();
		assertThat(fromNotification.takePendingEvents()).extracting(OrderEvent::source)
			.containsExactly(OrderEventSource.CALLBACK);
		assertThat(launch(null).takePendingEvents()).as("a member's launch without a token")
			.extracting(OrderEvent::source)
			.containsExactly(OrderEventSource.MEMBER);
	}

	@Test
	void eachStatusChangeIsRecordedWithItsSourceAndNothingWhenTheStatusStays() {
		Order order = launch("tok");
		order.takePendingEvents();
		order.advanceTo(OrderStatus.PAID, OrderEventSource.CALLBACK, T0.plusSeconds(1));
		order.advanceTo(OrderStatus.LAUNCHED, OrderEventSource.PULL, T0.plusSeconds(2)); // backwards: ignored
		order.advanceTo(OrderStatus.ISSUED, OrderEventSource.PULL, T0.plusSeconds(3));

		assertThat(order.takePendingEvents())
			.extracting(OrderEvent::kind, OrderEvent::source, OrderEvent::from, OrderEvent::to, OrderEvent::occurredAt)
			.containsExactly(
					tuple(OrderEventKind.STATE_CHANGED, OrderEventSource.CALLBACK, OrderStatus.LAUNCHED, OrderStatus.PAID,
							T0.plusSeconds(1)),
					tuple(OrderEventKind.STATE_CHANGED, OrderEventSource.PULL, OrderStatus.PAID, OrderStatus.ISSUED,
							T0.plusSeconds(3)));
		assertThat(order.takePendingEvents()).as("taken once").isEmpty();
	}

	@Test
	void failedLaunchRetryPullsAndClosingAreOnTheTimeline() {
		Order order = launch("tok");
		order.takePendingEvents();
		order.launchFailed("partner down", T0);
		order.relaunch(T0.plusSeconds(5));
		order.synced(T0.plusSeconds(6), null);
		order.syncFailed("7.11 timed out", T0.plusSeconds(7), null);
		order.close(T0.plusSeconds(8));

		assertThat(order.takePendingEvents())
			.extracting(OrderEvent::kind, OrderEvent::source, OrderEvent::to, OrderEvent::detail)
			.containsExactly(
					tuple(OrderEventKind.STATE_CHANGED, OrderEventSource.MEMBER, OrderStatus.LAUNCH_FAILED, null),
					tuple(OrderEventKind.STATE_CHANGED, OrderEventSource.MEMBER, OrderStatus.LAUNCHED, null),
					tuple(OrderEventKind.PULLED, OrderEventSource.PULL, null, null),
					tuple(OrderEventKind.PULL_FAILED, OrderEventSource.PULL, null, "7.11 timed out"),
					tuple(OrderEventKind.CLOSED, OrderEventSource.MEMBER, null, null));
	}

	@Test
	void longDetailsAreCutToTheColumn() {
		OrderEvent event = OrderEvent.staffAction(OrderEvent.StaffAction.CREDIT_REJECTED, "admin", "x".repeat(400), T0);
		assertThat(event.detail()).hasSize(OrderEvent.DETAIL_MAX);
	}

}

package com.baolink.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.baolink.catalog.Channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The order's status state machine, every state against every event. Partner events arrive late,
 * repeated and out of order, so {@link Order#advanceTo} moves only forward in rank and never out
 * of a terminal status; the only ways back are a member retrying a failed launch
 * ({@link Order#relaunch}) and staff rejecting a credit order ({@link Order#creditRejected}).
 */
class OrderStateMachineTests {

	private static final Instant CREATED = Instant.parse("2026-11-30T02:00:00Z");

	private static final Instant LATER = CREATED.plusSeconds(600);

	private static final Set<OrderStatus> TERMINAL = EnumSet.of(OrderStatus.SURRENDERED, OrderStatus.REFUNDED,
			OrderStatus.CANCELLED);

	/** The statuses in the order they may follow each other (the rank order). */
	private static final List<OrderStatus> FORWARD = List.of(OrderStatus.LAUNCH_FAILED, OrderStatus.LAUNCHED,
			OrderStatus.PAYMENT_FAILED, OrderStatus.AWAITING_CREDIT_APPROVAL, OrderStatus.UNDERWRITTEN,
			OrderStatus.PAID, OrderStatus.ISSUED, OrderStatus.SURRENDER_PENDING, OrderStatus.PARTIALLY_SURRENDERED,
			OrderStatus.SURRENDERED, OrderStatus.REFUNDED, OrderStatus.CANCELLED);

	static Stream<Arguments> everyStatusAgainstEveryPartnerEvent() {
		List<Arguments> table = new ArrayList<>();
		for (OrderStatus from : OrderStatus.values()) {
			for (OrderStatus event : OrderStatus.values()) {
				boolean moves = !TERMINAL.contains(from) && FORWARD.indexOf(event) > FORWARD.indexOf(from);
				table.add(Arguments.of(from, event, moves));
			}
		}
		return table.stream();
	}

	@ParameterizedTest(name = "{0} + {1} -> moves: {2}")
	@MethodSource("everyStatusAgainstEveryPartnerEvent")
	void advanceToMovesOnlyForwardAndNeverLeavesATerminalStatus(OrderStatus from, OrderStatus event, boolean moves) {
		Order order = orderIn(from);

		boolean changed = order.advanceTo(event, OrderEventSource.PULL, LATER);

		assertThat(changed).isEqualTo(moves);
		assertThat(order.getStatus()).isEqualTo(moves ? event : from);
		assertThat(order.getUpdatedAt()).isEqualTo(moves ? LATER : CREATED);
	}

	@Test
	void theRankOrderIsTheDocumentedForwardOrder() {
		assertThat(Stream.of(OrderStatus.values()).sorted((a, b) -> Integer.compare(a.rank(), b.rank())).toList())
			.isEqualTo(FORWARD);
		assertThat(Stream.of(OrderStatus.values()).filter(OrderStatus::isTerminal)).containsExactlyInAnyOrderElementsOf(TERMINAL);
	}

	@Test
	void aRepeatedEventChangesNothing() {
		Order order = orderIn(OrderStatus.PAID);

		assertThat(order.advanceTo(OrderStatus.ISSUED, OrderEventSource.PULL, LATER)).isTrue();
		assertThat(order.advanceTo(OrderStatus.ISSUED, OrderEventSource.PULL, LATER.plusSeconds(5))).isFalse();
		assertThat(order.getUpdatedAt()).isEqualTo(LATER);
	}

	@ParameterizedTest
	@EnumSource(OrderStatus.class)
	void onlyAFailedLaunchCanBeRetried(OrderStatus from) {
		Order order = orderIn(from);

		if (from == OrderStatus.LAUNCH_FAILED) {
			order.relaunch(LATER);
			assertThat(order.getStatus()).isEqualTo(OrderStatus.LAUNCHED);
		}
		else {
			assertThatIllegalStateException().isThrownBy(() -> order.relaunch(LATER))
				.withMessageContaining("Only a failed launch can be retried");
			assertThat(order.getStatus()).isEqualTo(from);
		}
	}

	@ParameterizedTest
	@EnumSource(OrderStatus.class)
	void onlyAFailedLaunchCanBeAmended(OrderStatus from) {
		Order order = orderIn(from);

		if (from == OrderStatus.LAUNCH_FAILED) {
			order.amendLaunch(PayType.CREDIT, "P-2", "产品二", "PL2", "计划二", LocalDate.of(2026, 12, 5),
					LocalDate.of(2026, 12, 9), "李四", List.of(person("李四")), LATER);
			assertThat(order.getStatus()).isEqualTo(OrderStatus.LAUNCH_FAILED);
			assertThat(order.getPlanCode()).isEqualTo("PL2");
			assertThat(order.getInsuredSummary()).isEqualTo("李四");
		}
		else {
			assertThatIllegalStateException().isThrownBy(() -> order.amendLaunch(PayType.CREDIT, "P-2", "产品二", "PL2",
					"计划二", LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 9), "李四", List.of(person("李四")), LATER));
			assertThat(order.getPlanCode()).isEqualTo("PL1");
		}
	}

	@ParameterizedTest
	@EnumSource(OrderStatus.class)
	void onlyAnOrderAwaitingCreditApprovalCanBeRejectedBackToPaymentFailed(OrderStatus from) {
		Order order = orderIn(from);

		boolean changed = order.creditRejected(LATER);

		assertThat(changed).isEqualTo(from == OrderStatus.AWAITING_CREDIT_APPROVAL);
		assertThat(order.getStatus()).isEqualTo(changed ? OrderStatus.PAYMENT_FAILED : from);
	}

	@ParameterizedTest
	@EnumSource(OrderStatus.class)
	void aFailedPreOrderCallFailsOnlyALaunchThePartnerNeverAccepted(OrderStatus from) {
		Order order = orderIn(from);

		order.launchFailed("partner down", LATER);

		assertThat(order.getStatus()).isEqualTo(from);
		assertThat(order.getLastError()).isEqualTo("partner down");

		Order unsent = Order.launch(7L, Channel.AIGOUBAO, PayType.CASH, "BL-2", "tok-2", "P-1", "产品一", "PL1", "计划一",
				LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3), "张三", List.of(person("张三")), CREATED);
		unsent.launchFailed("partner down", LATER);
		assertThat(unsent.getStatus()).isEqualTo(OrderStatus.LAUNCH_FAILED);
	}

	@Test
	void anAcceptedPreOrderRevivesAFailedLaunch() {
		Order order = orderIn(OrderStatus.LAUNCH_FAILED);

		order.preOrderCreated("TE-9", "https://pay.example.com/9", LATER, LATER.plusSeconds(30));

		assertThat(order.getStatus()).isEqualTo(OrderStatus.LAUNCHED);
		assertThat(order.getLastError()).isNull();
		assertThat(order.getNextSyncAt()).isEqualTo(LATER.plusSeconds(30));
	}

	@ParameterizedTest
	@EnumSource(OrderStatus.class)
	void onlyAnUnpaidOrderWithNothingUnderWayCanBeClosed(OrderStatus from) {
		Order order = orderIn(from);
		boolean closable = from == OrderStatus.LAUNCHED || from == OrderStatus.LAUNCH_FAILED
				|| from == OrderStatus.PAYMENT_FAILED;

		assertThat(order.isClosable()).isEqualTo(closable);
		assertThat(order.close(LATER)).isEqualTo(closable);
		assertThat(order.isClosed()).isEqualTo(closable);
		assertThat(order.close(LATER.plusSeconds(1))).isFalse();
	}

	@Test
	void aPaymentArrivingAfterClosingReopensTheOrder() {
		Order order = orderIn(OrderStatus.LAUNCHED);
		order.close(LATER);

		assertThat(order.advanceTo(OrderStatus.PAID, OrderEventSource.PULL, LATER.plusSeconds(60))).isTrue();

		assertThat(order.isClosed()).isFalse();
		assertThat(order.getClosedAt()).isNull();
	}

	@Test
	void aRetriedLaunchIsOpenAgain() {
		Order order = orderIn(OrderStatus.LAUNCH_FAILED);
		order.close(LATER);

		order.relaunch(LATER.plusSeconds(60));

		assertThat(order.isClosed()).isFalse();
	}

	@ParameterizedTest
	@EnumSource(OrderStatus.class)
	void aSurrenderRequestMovesTheOrderToSurrenderPendingOnlyFromBelowIt(OrderStatus from) {
		Order order = orderIn(from);

		order.surrenderRequested(List.of(), LATER);

		boolean moves = !TERMINAL.contains(from) && from.rank() < OrderStatus.SURRENDER_PENDING.rank();
		assertThat(order.getStatus()).isEqualTo(moves ? OrderStatus.SURRENDER_PENDING : from);
		assertThat(order.getNextSyncAt()).isEqualTo(LATER);
	}

	@ParameterizedTest
	@EnumSource(OrderStatus.class)
	void pendingMeansThePartnerCanStillChangeIt(OrderStatus status) {
		Set<OrderStatus> pending = EnumSet.of(OrderStatus.LAUNCHED, OrderStatus.PAYMENT_FAILED,
				OrderStatus.AWAITING_CREDIT_APPROVAL, OrderStatus.UNDERWRITTEN, OrderStatus.PAID,
				OrderStatus.SURRENDER_PENDING);

		assertThat(status.isPending()).isEqualTo(pending.contains(status));
		if (status.isTerminal()) {
			assertThat(status.isPending()).isFalse();
		}
	}

	/** An order in {@code status} (accepted by the partner unless its launch failed), reached the way the portal reaches it. */
	private static Order orderIn(OrderStatus status) {
		Order order = Order.launch(7L, Channel.AIGOUBAO, PayType.CASH, "BL-1", "tok-1", "P-1", "产品一", "PL1", "计划一",
				LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3), "张三", List.of(person("张三")), CREATED);
		if (status == OrderStatus.LAUNCH_FAILED) {
			order.launchFailed("timeout", CREATED);
		}
		else {
			order.preOrderCreated("TE-1", "https://pay.example.com/1", CREATED, null);
			if (status != OrderStatus.LAUNCHED) {
				assertThat(order.advanceTo(status, OrderEventSource.PULL, CREATED)).isTrue();
			}
		}
		assertThat(order.getStatus()).isEqualTo(status);
		return order;
	}

	private static InsuredPerson person(String name) {
		return InsuredPerson.prefilled(name, "1", "110105********002X", null, null, "5");
	}

}

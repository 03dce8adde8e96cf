package com.baolink.order;

import java.util.Set;

/**
 * What the order page may truthfully say is going on, from the order's own state and what its
 * channel supports: whether the portal is still checking with the partner (an order of a channel
 * that {@link SalesChannel.Capabilities#pulls() pulls}, with a pull scheduled — {@code next_sync_at}
 * set — in a state the partner can still change), whether it waits for staff (credit approval) or
 * for the partner's notification (a channel that is not pulled, such as Xiebao), whether automatic
 * checking stopped, and what the member can do next.
 */
public record OrderProgress(boolean checkingWithPartner, boolean awaitingStaff, boolean awaitingPartnerNotice,
		boolean stoppedChecking, boolean paymentFailed, boolean canPayAgain, boolean closable, boolean closed) {

	/** States only the partner moves on from (the portal pulls the partner, or the partner notifies). */
	private static final Set<OrderStatus> PARTNER_MOVES = Set.of(OrderStatus.LAUNCHED, OrderStatus.UNDERWRITTEN,
			OrderStatus.PAID, OrderStatus.SURRENDER_PENDING);

	/** {@code channel}: what the order's channel supports ({@link SalesChannels#capabilities}). */
	public static OrderProgress of(Order order, SalesChannel.Capabilities channel) {
		boolean partnerMoves = PARTNER_MOVES.contains(order.getStatus()) && !order.isClosed();
		boolean known = order.getPartnerRef() != null;
		boolean pulled = channel.pulls() && known;
		boolean checking = pulled && partnerMoves && order.getNextSyncAt() != null;
		boolean stopped = pulled && partnerMoves && order.getNextSyncAt() == null;
		boolean noticeAwaited = !channel.pulls() && known && partnerMoves;
		boolean failed = order.getStatus() == OrderStatus.PAYMENT_FAILED;
		return new OrderProgress(checking, order.getStatus() == OrderStatus.AWAITING_CREDIT_APPROVAL, noticeAwaited, stopped,
				failed, failed && order.getPayType() == PayType.CASH && order.getPayUrl() != null && !order.isClosed(),
				order.isClosable(), order.isClosed());
	}

	/** The page polls while something is expected to change by itself. */
	public boolean polls() {
		return this.checkingWithPartner || this.awaitingStaff || this.awaitingPartnerNotice;
	}

}

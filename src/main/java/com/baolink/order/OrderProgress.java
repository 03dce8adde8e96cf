package com.baolink.order;

import java.util.Set;

import com.baolink.catalog.Channel;

/**
 * What the order page may truthfully say is going on, from the order's own state: whether the
 * portal is still checking with the partner (an AiGouBao order with a pull scheduled —
 * {@code next_sync_at} set — in a state the partner can still change), whether it waits for staff
 * (credit approval) or for a Xiebao notification, whether automatic checking stopped, and what the
 * member can do next.
 */
public record OrderProgress(boolean checkingWithPartner, boolean awaitingStaff, boolean awaitingPartnerNotice,
		boolean stoppedChecking, boolean paymentFailed, boolean canPayAgain, boolean closable, boolean closed) {

	/** States only the partner moves on from (the portal pulls AiGouBao, Xiebao notifies). */
	private static final Set<OrderStatus> PARTNER_MOVES = Set.of(OrderStatus.LAUNCHED, OrderStatus.UNDERWRITTEN,
			OrderStatus.PAID, OrderStatus.SURRENDER_PENDING);

	public static OrderProgress of(Order order) {
		boolean partnerMoves = PARTNER_MOVES.contains(order.getStatus()) && !order.isClosed();
		boolean aigoubao = order.getChannel() == Channel.AIGOUBAO && order.getPartnerRef() != null;
		boolean checking = aigoubao && partnerMoves && order.getNextSyncAt() != null;
		boolean stopped = aigoubao && partnerMoves && order.getNextSyncAt() == null;
		boolean xiebaoWaits = order.getChannel() == Channel.XIEBAO && partnerMoves && order.getPartnerRef() != null;
		boolean failed = order.getStatus() == OrderStatus.PAYMENT_FAILED;
		return new OrderProgress(checking, order.getStatus() == OrderStatus.AWAITING_CREDIT_APPROVAL, xiebaoWaits, stopped,
				failed, failed && order.getPayType() == PayType.CASH && order.getPayUrl() != null && !order.isClosed(),
				order.isClosable(), order.isClosed());
	}

	/** The page polls while something is expected to change by itself. */
	public boolean polls() {
		return this.checkingWithPartner || this.awaitingStaff || this.awaitingPartnerNotice;
	}

}

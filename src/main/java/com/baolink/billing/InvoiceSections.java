package com.baolink.billing;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.baolink.member.PortalUser;
import com.baolink.order.Order;
import com.baolink.order.Orders;

/** Looks up orders the way the order page does (members: their own; staff: any) and their invoice section. */
@Component
class InvoiceSections {

	private final Orders orders;

	private final InvoiceRequests requests;

	InvoiceSections(Orders orders, InvoiceRequests requests) {
		this.orders = orders;
		this.requests = requests;
	}

	Optional<Order> visibleOrder(long id, PortalUser user) {
		return user.isStaff() ? this.orders.findById(id) : this.orders.findByIdAndMemberId(id, user.memberId());
	}

	InvoiceSection of(long orderId) {
		return new InvoiceSection(this.requests.latest(orderId).orElse(null));
	}

	Optional<InvoiceRequest> latest(long orderId) {
		return this.requests.latest(orderId);
	}

}

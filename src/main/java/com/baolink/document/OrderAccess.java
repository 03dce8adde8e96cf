package com.baolink.document;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import com.baolink.member.PortalUser;
import com.baolink.order.Order;
import com.baolink.order.Orders;

/** The order a user may see: their own, or any for staff. Anything else is "not found" (no hint it exists). */
@Component
class OrderAccess {

	private final Orders orders;

	OrderAccess(Orders orders) {
		this.orders = orders;
	}

	Order visibleOrder(PortalUser user, long orderId) {
		return (user.isStaff() ? this.orders.findById(orderId) : this.orders.findByIdAndMemberId(orderId, user.memberId()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}

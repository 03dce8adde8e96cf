package com.baolink.sync;

import java.time.Instant;

import org.springframework.stereotype.Component;

import com.baolink.order.Order;
import com.baolink.order.OrderSyncSchedule;

/** Backoff for pulling pending orders: soon after launch, then less often, up to a give-up age. */
@Component
class ReconciliationSchedule implements OrderSyncSchedule {

	private final ReconciliationProperties properties;

	ReconciliationSchedule(ReconciliationProperties properties) {
		this.properties = properties;
	}

	@Override
	public Instant nextPull(Order order, Instant now) {
		if (!order.getStatus().isPending()) {
			return null;
		}
		Instant giveUpAt = order.getCreatedAt().plus(this.properties.giveUpAfter());
		if (!now.isBefore(giveUpAt)) {
			return null;
		}
		return now.plus(this.properties.delayAfter(order.getSyncAttempts()));
	}

}

package com.baolink.order;

import org.springframework.data.relational.core.mapping.event.AfterSaveCallback;
import org.springframework.stereotype.Component;

/**
 * The one place an order's status changes, launches and pulls reach its timeline: right after the
 * aggregate is saved, inside the save's transaction (an optimistic-lock failure saves nothing and
 * writes nothing). The aggregate collects the entries as its methods change it, each with its source.
 */
@Component
class OrderEventsOnSave implements AfterSaveCallback<Order> {

	private final OrderTimeline timeline;

	OrderEventsOnSave(OrderTimeline timeline) {
		this.timeline = timeline;
	}

	@Override
	public Order onAfterSave(Order order) {
		for (OrderEvent event : order.takePendingEvents()) {
			this.timeline.record(order.getId(), event);
		}
		return order;
	}

}

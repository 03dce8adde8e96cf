package com.baolink.admin;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Every chart of the dashboard by its id, computed for a range. */
@Component
class DashboardCharts {

	/** The charts in the order the page shows them. */
	static final List<String> IDS = List.of(SalesPerDayQuery.ID, TopPremiumQuery.BY_PRODUCT, TopPremiumQuery.BY_MEMBER,
			FunnelQuery.ID, CallbacksPerHourQuery.ID, TaskQueueChart.ID);

	private final SalesPerDayQuery sales;

	private final TopPremiumQuery top;

	private final FunnelQuery funnel;

	private final CallbacksPerHourQuery callbacks;

	private final TaskQueueChart tasks;

	DashboardCharts(SalesPerDayQuery sales, TopPremiumQuery top, FunnelQuery funnel, CallbacksPerHourQuery callbacks,
			TaskQueueChart tasks) {
		this.sales = sales;
		this.top = top;
		this.funnel = funnel;
		this.callbacks = callbacks;
		this.tasks = tasks;
	}

	Optional<ChartData> chart(String id, DashboardRange range) {
		return Optional.ofNullable(switch (id) {
			case SalesPerDayQuery.ID -> this.sales.load(range);
			case TopPremiumQuery.BY_PRODUCT -> this.top.byProduct(range);
			case TopPremiumQuery.BY_MEMBER -> this.top.byMember(range);
			case FunnelQuery.ID -> this.funnel.load(range);
			case CallbacksPerHourQuery.ID -> this.callbacks.load(range);
			case TaskQueueChart.ID -> this.tasks.load();
			default -> null;
		});
	}

	List<ChartData> all(DashboardRange range) {
		return IDS.stream().map(id -> chart(id, range).orElseThrow()).toList();
	}

}

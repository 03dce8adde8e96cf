package com.baolink.admin;

import java.util.List;

import org.springframework.stereotype.Component;

import com.baolink.engine.EngineOverview;
import com.baolink.engine.EngineOverview.TaskKindStats;

/**
 * The background work queue now: per kind of task (by its label) how many executions are due,
 * running, scheduled later and given up (waiting for staff on /admin/tasks).
 */
@Component
class TaskQueueChart {

	static final String ID = "task-queue";

	private final EngineOverview engine;

	private final DashboardLabels labels;

	TaskQueueChart(EngineOverview engine, DashboardLabels labels) {
		this.engine = engine;
		this.labels = labels;
	}

	ChartData load() {
		List<TaskKindStats> stats = this.engine.stats();
		List<String> tasks = stats.stream().map(s -> this.labels.get("admin.task." + s.task())).toList();
		return new ChartData(ID, "stacked", this.labels.get("admin.tasks.kind"), tasks, List.of(
				ChartData.Series.counts("due", this.labels.get("admin.tasks.due"), stats.stream().map(TaskKindStats::due).toList()),
				ChartData.Series.counts("running", this.labels.get("admin.tasks.running"),
						stats.stream().map(TaskKindStats::running).toList()),
				ChartData.Series.counts("givenUp", this.labels.get("admin.tasks.givenUp"),
						stats.stream().map(TaskKindStats::givenUp).toList()),
				ChartData.Series.counts("later", this.labels.get("admin.tasks.later"),
						stats.stream().map(TaskKindStats::later).toList())));
	}

}

package com.baolink.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.baolink.audit.AuditAction;
import com.baolink.audit.AuditTrail;
import com.baolink.engine.EngineOverview;

/**
 * The background engine for staff: per kind of task what waits, runs, was given up and was done in
 * the last hour, the oldest due wait, and the given-up executions with their last error and "run
 * again".
 */
@Controller
class AdminTasksController {

	static final String VIEW_TASKS = "admin/tasks";

	static final int GIVEN_UP_SHOWN = 100;

	private final EngineOverview engine;

	private final AuditTrail audit;

	AdminTasksController(EngineOverview engine, AuditTrail audit) {
		this.audit = audit;
		this.engine = engine;
	}

	@GetMapping("/admin/tasks")
	String tasks(Model model) {
		model.addAttribute("taskStats", this.engine.stats());
		model.addAttribute("givenUp", this.engine.givenUp(GIVEN_UP_SHOWN));
		return VIEW_TASKS;
	}

	@PostMapping("/admin/tasks/run-again")
	String runAgain(@RequestParam String task, @RequestParam String id, RedirectAttributes redirect) {
		boolean scheduled = this.engine.runAgain(task, id);
		if (scheduled) {
			this.audit.record(AuditAction.TASK_RUN_AGAIN, task + "/" + id, task,
					java.util.Map.of("task", task, "state", "GIVEN_UP"), java.util.Map.of("task", task, "state", "DUE"));
		}
		redirect.addFlashAttribute("taskMessage", scheduled ? "admin.tasks.runAgain.done" : "admin.tasks.runAgain.gone");
		return "redirect:/admin/tasks";
	}

}

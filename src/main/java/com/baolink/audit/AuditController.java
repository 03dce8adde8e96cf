package com.baolink.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log for every staff role ({@code GET /admin/audit}); read-only: there is no handler
 * that changes it, and StaffAccess refuses every other method on this path.
 */
@Controller
class AuditController {

	static final String PATH = "/admin/audit";

	static final String VIEW = "audit/log";

	private final AuditLogQuery log;

	AuditController(AuditLogQuery log) {
		this.log = log;
	}

	@GetMapping(PATH)
	String log(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String subjectType, @RequestParam(required = false) String subjectId,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String page, Model model) {
		AuditSearch search = AuditSearch.of(actor, action, subjectType, subjectId, from, to, page);
		model.addAttribute("search", search);
		model.addAttribute("result", this.log.page(search));
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("subjectTypes", AuditSubjectType.values());
		model.addAttribute("actors", this.log.actors());
		return VIEW;
	}

}

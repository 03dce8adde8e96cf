package com.baolink.billing;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.baolink.member.PortalUser;

/**
 * Staff's credit queue (flow 9): orders paid on the distributor's credit account wait here for
 * approval or rejection; decided orders show whether AiGouBao has acknowledged the decision yet.
 * {@code /admin/**} is staff-only (SecurityConfig).
 */
@Controller
class CreditController {

	static final String VIEW_QUEUE = "billing/credit-queue";

	private static final String REDIRECT_QUEUE = "redirect:/admin/credit";

	private final CreditQueue queue;

	private final CreditApprovals approvals;

	CreditController(CreditQueue queue, CreditApprovals approvals) {
		this.queue = queue;
		this.approvals = approvals;
	}

	@GetMapping("/admin/credit")
	String queue(Model model) {
		model.addAttribute("awaiting", this.queue.awaiting());
		model.addAttribute("decided", this.queue.decided());
		model.addAttribute("reasonMax", CreditApprovals.REASON_MAX);
		return VIEW_QUEUE;
	}

	/**
	 * Approves within the member's credit limit; beyond it only with {@code override} ticked and an
	 * {@code overrideReason} (otherwise refused with a message, nothing is recorded).
	 */
	@PostMapping("/admin/credit/{id}/approve")
	String approve(@PathVariable long id, @RequestParam(defaultValue = "false") boolean override,
			@RequestParam(required = false) String overrideReason, @AuthenticationPrincipal PortalUser staff,
			RedirectAttributes redirect) {
		if (override && (overrideReason == null || overrideReason.isBlank())) {
			redirect.addFlashAttribute("errorKey", "billing.credit.error.overrideReasonRequired");
			redirect.addFlashAttribute("errorOrderId", String.valueOf(id)); // a number argument would print 100,306
			return REDIRECT_QUEUE;
		}
		return decide(id, CreditDecision.APPROVED, null, override ? overrideReason : null, staff, redirect);
	}

	@PostMapping("/admin/credit/{id}/reject")
	String reject(@PathVariable long id, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal PortalUser staff, RedirectAttributes redirect) {
		if (reason == null || reason.isBlank() || reason.strip().length() > CreditApprovals.REASON_MAX) {
			redirect.addFlashAttribute("errorKey", "billing.credit.error.reasonRequired");
			redirect.addFlashAttribute("errorOrderId", String.valueOf(id)); // a number argument would print 100,306
			return REDIRECT_QUEUE;
		}
		return decide(id, CreditDecision.REJECTED, reason, null, staff, redirect);
	}

	/** The payment result (7.7) of a decided order was given up: staff send it again. */
	@PostMapping("/admin/credit/{id}/resend")
	String resend(@PathVariable long id, @AuthenticationPrincipal PortalUser staff, RedirectAttributes redirect) {
		if (this.approvals.resendResult(id, staff.getUsername())) {
			redirect.addFlashAttribute("noticeKey", "billing.credit.resent");
		}
		else {
			redirect.addFlashAttribute("errorKey", "billing.credit.error.nothingToResend");
		}
		redirect.addFlashAttribute("errorOrderId", String.valueOf(id)); // a number argument would print 100,306
		return REDIRECT_QUEUE;
	}

	private String decide(long id, CreditDecision decision, String reason, String overrideReason, PortalUser staff,
			RedirectAttributes redirect) {
		try {
			this.approvals.decide(id, decision, reason, overrideReason, staff.getUsername());
			redirect.addFlashAttribute("noticeKey", "billing.credit.done." + decision.name());
		}
		catch (CreditDecisionRefused ex) {
			redirect.addFlashAttribute("errorKey", ex.messageKey());
		}
		redirect.addFlashAttribute("errorOrderId", String.valueOf(id)); // a number argument would print 100,306
		return REDIRECT_QUEUE;
	}

}

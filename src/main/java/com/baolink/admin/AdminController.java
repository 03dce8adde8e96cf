package com.baolink.admin;

import java.time.Clock;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.baolink.audit.AuditAction;
import com.baolink.audit.AuditTrail;
import com.baolink.inbox.InboxProcessor;
import com.baolink.infrastructure.web.SearchLinks;
import com.baolink.member.PortalUser;
import com.baolink.order.OrderEvent;
import com.baolink.order.OrderEvent.StaffAction;
import com.baolink.order.OrderTimeline;

/**
 * The staff area's callback screens ({@code /admin/**} is staff only, see StaffAccess; the dashboard
 * at {@code /admin} is {@link DashboardController}, every order {@link AdminOrderController}): the stored
 * partner callbacks with a raw view and replay (audited, and on the order's timeline). The credit
 * approval queue ({@code /admin/credit}) lives in its own module and is only linked from here.
 */
@Controller
class AdminController {

	static final String VIEW_CALLBACKS = "admin/callbacks";

	static final String VIEW_CALLBACK = "admin/callback";

	private final AdminCallbackQuery callbacks;

	private final InboxProcessor inbox;

	private final AuditTrail audit;

	private final OrderTimeline timeline;

	private final Clock clock;

	AdminController(AdminCallbackQuery callbacks, InboxProcessor inbox, AuditTrail audit, OrderTimeline timeline,
			Clock clock) {
		this.audit = audit;
		this.timeline = timeline;
		this.clock = clock;
		this.callbacks = callbacks;
		this.inbox = inbox;
	}

	@GetMapping("/admin/callbacks")
	String callbacks(@RequestParam(required = false) String status, @RequestParam(required = false) String source,
			@RequestParam(required = false) String page, Model model) {
		String statusFilter = AdminCallbackQuery.status(status);
		String sourceFilter = AdminOrderSearch.clean(source, 16);
		model.addAttribute("status", statusFilter);
		model.addAttribute("source", sourceFilter);
		model.addAttribute("result", this.callbacks.page(statusFilter, sourceFilter, AdminOrderSearch.page(page)));
		model.addAttribute("statuses", AdminCallbackQuery.STATUSES.stream().sorted().toList());
		model.addAttribute("sources", this.callbacks.sources());
		model.addAttribute("pageLinks", SearchLinks.to("/admin/callbacks").with("status", statusFilter).with("source", sourceFilter));
		return VIEW_CALLBACKS;
	}

	@GetMapping("/admin/callbacks/{id}")
	String callback(@PathVariable long id, Model model) {
		model.addAttribute("callback", this.callbacks.detail(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return VIEW_CALLBACK;
	}

	@PostMapping("/admin/callbacks/{id}/replay")
	String replay(@PathVariable long id, @AuthenticationPrincipal PortalUser staff, RedirectAttributes redirect) {
		AdminCallbackQuery.Detail callback = this.callbacks.detail(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		boolean replayed = this.inbox.replay(id);
		if (replayed) {
			this.audit.record(AuditAction.CALLBACK_REPLAYED, id, callback.row().source() + " " + callback.row().kind(),
					Map.of("status", callback.row().status()), Map.of("status", "RECEIVED"));
		}
		if (replayed && callback.row().orderId() != null) {
			this.timeline.record(callback.row().orderId(), OrderEvent.staffAction(StaffAction.CALLBACK_REPLAYED,
					staff.getUsername(), null, this.clock.instant()));
		}
		redirect.addFlashAttribute("replayed", replayed ? "ok" : "refused");
		return "redirect:/admin/callbacks/" + id;
	}

}

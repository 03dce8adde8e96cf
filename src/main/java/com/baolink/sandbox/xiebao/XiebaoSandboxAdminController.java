package com.baolink.sandbox.xiebao;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import com.baolink.sandbox.xiebao.SandboxXiebaoApplications.Application;
import com.baolink.sandbox.xiebao.SandboxXiebaoDeliveries.Delivery;
import com.baolink.sandbox.xiebao.SandboxXiebaoProperties.Switches;

/**
 * Test controls of the simulated Xiebao: the switches for the next applications, and for each
 * recent application its deliveries and a button to send one more notification (surrender,
 * re-issue, endorsement, abnormal, or a repeat of any other).
 */
@Controller
@Profile("sandbox")
@RequestMapping("/sandbox/xiebao/admin")
class XiebaoSandboxAdminController {

	static final String ADMIN_VIEW = "sandbox/xiebao/admin";

	static final String REDIRECT_ADMIN = "redirect:/sandbox/xiebao/admin";

	static final int RECENT = 20;

	private final SandboxXiebaoSwitches switches;

	private final SandboxXiebaoApplications applications;

	private final SandboxXiebaoDeliveries deliveries;

	private final XiebaoSandboxNotifier notifier;

	XiebaoSandboxAdminController(SandboxXiebaoSwitches switches, SandboxXiebaoApplications applications,
			SandboxXiebaoDeliveries deliveries, XiebaoSandboxNotifier notifier) {
		this.switches = switches;
		this.applications = applications;
		this.deliveries = deliveries;
		this.notifier = notifier;
	}

	@GetMapping
	String adminPage(Model model) {
		List<Application> recent = this.applications.recent(RECENT);
		Map<String, List<Delivery>> deliveriesByApp = new LinkedHashMap<>();
		recent.forEach(app -> deliveriesByApp.put(app.insureNum(), this.deliveries.forApplication(app.insureNum())));
		model.addAttribute("switches", this.switches.current());
		model.addAttribute("applications", recent);
		model.addAttribute("deliveries", deliveriesByApp);
		model.addAttribute("types", XiebaoSandboxNotifier.SENDABLE);
		return ADMIN_VIEW;
	}

	@PostMapping("/switches")
	String saveSwitches(@RequestParam(defaultValue = "false") boolean shuffle,
			@RequestParam(defaultValue = "false") boolean duplicates,
			@RequestParam(defaultValue = "false") boolean thenSurrender,
			@RequestParam(defaultValue = "false") boolean thenReissue,
			@RequestParam(defaultValue = "false") boolean endorsement,
			@RequestParam(defaultValue = "false") boolean abnormal, @RequestParam(defaultValue = "false") boolean retry,
			@RequestParam(defaultValue = "false") boolean prettyData) {
		this.switches
			.set(new Switches(shuffle, duplicates, thenSurrender, thenReissue, endorsement, abnormal, retry, prettyData));
		return REDIRECT_ADMIN;
	}

	@PostMapping("/switches/reset")
	String resetSwitches() {
		this.switches.reset();
		return REDIRECT_ADMIN;
	}

	@PostMapping("/applications/{insureNum}/notify")
	String sendNotification(@PathVariable String insureNum, @RequestParam int type) {
		Application app = this.applications.find(insureNum)
			.orElseThrow(() -> new XiebaoSandboxRefusal(HttpStatus.NOT_FOUND, "sandbox.xiebao.error.application"));
		if (!XiebaoSandboxNotifier.SENDABLE.contains(type)) {
			throw new XiebaoSandboxRefusal(HttpStatus.BAD_REQUEST, "sandbox.xiebao.error.type");
		}
		this.notifier.sendOne(app, type, this.switches.current());
		return REDIRECT_ADMIN;
	}

	@ExceptionHandler(XiebaoSandboxRefusal.class)
	ModelAndView refused(XiebaoSandboxRefusal refusal) {
		ModelAndView view = new ModelAndView(XiebaoSandboxPagesController.ERROR_VIEW, refusal.status());
		view.addObject("messageKey", refusal.messageKey());
		return view;
	}

}

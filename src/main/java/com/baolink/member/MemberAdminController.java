package com.baolink.member;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.baolink.infrastructure.web.LanguageSwitch;

import com.baolink.member.MemberAdministration.RegistrationOutcome;

/** Staff register channel members, give them logins and register them with AiGouBao (7.1). */
@Controller
@RequestMapping("/admin/members")
class MemberAdminController {

	static final String VIEW_LIST = "member/admin-list";

	static final String VIEW_NEW = "member/admin-new";

	static final String VIEW_DETAIL = "member/admin-detail";

	private static final String[] TRIMMED = { "mobile", "displayName", "company", "province", "city", "address" };

	private final MemberAdministration administration;

	private final MemberListQuery list;

	MemberAdminController(MemberAdministration administration, MemberListQuery list) {
		this.administration = administration;
		this.list = list;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		// the password is taken exactly as typed: never trimmed
		for (String field : TRIMMED) {
			binder.registerCustomEditor(String.class, field, new StringTrimmerEditor(true));
		}
		binder.setAllowedFields("mobile", "displayName", "company", "province", "city", "address", "creditAllowed",
				"password", "registerNow");
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String page, Model model) {
		MemberSearch search = MemberSearch.of(q, page);
		model.addAttribute("search", search);
		model.addAttribute("result", this.list.page(search));
		return VIEW_LIST;
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("form", new MemberFormData());
		return VIEW_NEW;
	}

	/** The language switch of the submitted form: shown again, checked, with what was typed (no password). */
	@PostMapping(path = "/new", params = "lang")
	String redisplayCreationForm(@ModelAttribute("form") MemberFormData form, BindingResult result, Model model) {
		form.validate(result, true);
		form.setPassword(null);
		LanguageSwitch.resubmits(model, "member-new-form");
		return VIEW_NEW;
	}

	@PostMapping(path = "/new", params = "!lang")
	String processCreationForm(@ModelAttribute("form") MemberFormData form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		form.validate(result, true);
		if (!result.hasFieldErrors("mobile") && this.administration.loginTaken(form.getMobile())) {
			result.rejectValue("mobile", "member.admin.error.mobileTaken");
		}
		Member member = result.hasErrors() ? null : this.administration.create(form).orElse(null);
		if (member == null) {
			if (!result.hasErrors()) {
				result.rejectValue("mobile", "member.admin.error.mobileTaken");
			}
			form.setPassword(null);
			LanguageSwitch.resubmits(model, "member-new-form");
			return VIEW_NEW;
		}
		redirect.addFlashAttribute("created", true);
		if (form.isRegisterNow()) {
			report(this.administration.register(member), redirect);
		}
		return "redirect:/admin/members/" + member.id();
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		Member member = member(id);
		model.addAttribute("member", member);
		model.addAttribute("form", MemberFormData.of(member));
		model.addAttribute("lockedUntil", this.administration.lockedUntil(member).orElse(null));
		return VIEW_DETAIL;
	}

	@PostMapping(path = "/{id}", params = "lang")
	String redisplayUpdateForm(@PathVariable long id, @ModelAttribute("form") MemberFormData form, BindingResult result,
			Model model) {
		Member member = member(id);
		form.setMobile(member.mobile());
		form.setPassword(null);
		form.validate(result, false);
		model.addAttribute("member", member);
		LanguageSwitch.resubmits(model, "member-edit-form");
		return VIEW_DETAIL;
	}

	@PostMapping(path = "/{id}", params = "!lang")
	String processUpdateForm(@PathVariable long id, @ModelAttribute("form") MemberFormData form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Member member = member(id);
		form.setMobile(member.mobile());
		form.setPassword(null);
		form.validate(result, false);
		if (result.hasErrors()) {
			model.addAttribute("member", member);
			model.addAttribute("lockedUntil", this.administration.lockedUntil(member).orElse(null));
			LanguageSwitch.resubmits(model, "member-edit-form");
			return VIEW_DETAIL;
		}
		this.administration.update(member, form);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/members/" + id;
	}

	@PostMapping("/{id}/register")
	String register(@PathVariable long id, RedirectAttributes redirect) {
		report(this.administration.register(member(id)), redirect);
		return "redirect:/admin/members/" + id;
	}

	@PostMapping("/{id}/password")
	String changePassword(@PathVariable long id, @RequestParam(required = false) String password, Model model,
			RedirectAttributes redirect) {
		Member member = member(id);
		var problem = MemberPasswordRule.problem(password, member.login(), member.mobile());
		if (problem.isPresent()) {
			model.addAttribute("member", member);
			model.addAttribute("form", MemberFormData.of(member));
			model.addAttribute("passwordError", problem.get().messageKey());
			model.addAttribute("lockedUntil", this.administration.lockedUntil(member).orElse(null));
			return VIEW_DETAIL;
		}
		this.administration.changePassword(member, password);
		redirect.addFlashAttribute("passwordChanged", true);
		return "redirect:/admin/members/" + id;
	}

	/** Staff lift a login lock (too many wrong passwords) before it runs out. */
	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		this.administration.unlock(member(id));
		redirect.addFlashAttribute("unlocked", true);
		return "redirect:/admin/members/" + id;
	}

	@PostMapping("/{id}/enabled")
	String setEnabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
		this.administration.setEnabled(member(id), enabled);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/members/" + id;
	}

	/** Flash attributes are plain values: they travel in the (JDBC) session. */
	private static void report(RegistrationOutcome outcome, RedirectAttributes redirect) {
		if (outcome.succeeded()) {
			redirect.addFlashAttribute("registered", true);
		}
		else if (outcome.unavailable()) {
			redirect.addFlashAttribute("registrationUnavailable", true);
		}
		else {
			redirect.addFlashAttribute("registrationRefused", outcome.partnerMessage());
		}
	}

	private Member member(long id) {
		return this.administration.member(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}

package com.baolink.member;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
import com.baolink.member.Member.Role;
import com.baolink.member.StaffAdministration.Created;
import com.baolink.member.StaffAdministration.StaffChangeRefused;

/**
 * Staff user management ({@code /admin/staff/**}, ADMIN only — see StaffAccess): list, create with a
 * one-time password shown once, change name and role, disable/enable, reset the password.
 */
@Controller
@RequestMapping("/admin/staff")
class StaffAdminController {

	static final String VIEW_LIST = "member/staff-list";

	static final String VIEW_NEW = "member/staff-new";

	static final String VIEW_DETAIL = "member/staff-detail";

	/** The flash attribute carrying a one-time password to the next page only. */
	static final String ONE_TIME_PASSWORD = "oneTimePassword";

	private final StaffAdministration administration;

	StaffAdminController(StaffAdministration administration) {
		this.administration = administration;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		binder.setAllowedFields("username", "displayName", "role");
	}

	@ModelAttribute("staffRoles")
	Role[] staffRoles() {
		return new Role[] { Role.ADMIN, Role.FINANCE, Role.SUPPORT };
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("staff", this.administration.all());
		return VIEW_LIST;
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		StaffFormData form = new StaffFormData();
		form.setRole(Role.SUPPORT.name());
		model.addAttribute("form", form);
		return VIEW_NEW;
	}

	@PostMapping(path = "/new", params = "lang")
	String redisplayCreationForm(@ModelAttribute("form") StaffFormData form, BindingResult result, Model model) {
		form.validate(result, true);
		LanguageSwitch.resubmits(model, "staff-new-form");
		return VIEW_NEW;
	}

	@PostMapping(path = "/new", params = "!lang")
	String processCreationForm(@ModelAttribute("form") StaffFormData form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		form.validate(result, true);
		if (!result.hasFieldErrors("username") && this.administration.loginTaken(form.getUsername())) {
			result.rejectValue("username", "staff.error.usernameTaken");
		}
		Created created = result.hasErrors() ? null : this.administration.create(form).orElse(null);
		if (created == null) {
			if (!result.hasErrors()) {
				result.rejectValue("username", "staff.error.usernameTaken");
			}
			LanguageSwitch.resubmits(model, "staff-new-form");
			return VIEW_NEW;
		}
		redirect.addFlashAttribute("created", true);
		redirect.addFlashAttribute(ONE_TIME_PASSWORD, created.password());
		return "redirect:/admin/staff/" + created.staff().id();
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		Member staff = staff(id);
		return showDetail(staff, StaffFormData.of(staff), model);
	}

	@PostMapping(path = "/{id}", params = "lang")
	String redisplayUpdateForm(@PathVariable long id, @ModelAttribute("form") StaffFormData form, BindingResult result,
			Model model) {
		Member staff = staff(id);
		form.setUsername(staff.login());
		form.validate(result, false);
		LanguageSwitch.resubmits(model, "staff-edit-form");
		return showDetail(staff, form, model);
	}

	@PostMapping(path = "/{id}", params = "!lang")
	String processUpdateForm(@PathVariable long id, @ModelAttribute("form") StaffFormData form, BindingResult result,
			@AuthenticationPrincipal PortalUser admin, Model model, RedirectAttributes redirect) {
		Member staff = staff(id);
		form.setUsername(staff.login());
		form.validate(result, false);
		if (!result.hasErrors()) {
			try {
				this.administration.update(staff, form, admin.memberId());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/admin/staff/" + id;
			}
			catch (StaffChangeRefused ex) {
				result.rejectValue("role", ex.messageKey());
			}
		}
		LanguageSwitch.resubmits(model, "staff-edit-form");
		return showDetail(staff, form, model);
	}

	@PostMapping("/{id}/enabled")
	String setEnabled(@PathVariable long id, @RequestParam boolean enabled, @AuthenticationPrincipal PortalUser admin,
			RedirectAttributes redirect) {
		try {
			this.administration.setEnabled(staff(id), enabled, admin.memberId());
			redirect.addFlashAttribute("saved", true);
		}
		catch (StaffChangeRefused ex) {
			redirect.addFlashAttribute("refused", ex.messageKey());
		}
		return "redirect:/admin/staff/" + id;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @AuthenticationPrincipal PortalUser admin,
			RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute(ONE_TIME_PASSWORD, this.administration.resetPassword(staff(id), admin.memberId()));
			redirect.addFlashAttribute("passwordReset", true);
		}
		catch (StaffChangeRefused ex) {
			redirect.addFlashAttribute("refused", ex.messageKey());
		}
		return "redirect:/admin/staff/" + id;
	}

	private String showDetail(Member staff, StaffFormData form, Model model) {
		model.addAttribute("account", staff);
		model.addAttribute("form", form);
		return VIEW_DETAIL;
	}

	private Member staff(long id) {
		return this.administration.staff(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}

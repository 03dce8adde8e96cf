package com.baolink.member;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The account holder chooses their own password: compulsory after a staff-set one
 * ({@link PasswordChangeGate}), available any time otherwise.
 */
@Controller
@RequestMapping(PasswordChangeGate.PATH)
class PasswordChangeController {

	static final String VIEW = "member/change-password";

	private final OwnPasswordChange change;

	PasswordChangeController(OwnPasswordChange change) {
		this.change = change;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields("current", "password", "repeat");
	}

	@GetMapping
	String form(Model model, HttpServletRequest request) {
		model.addAttribute("form", new PasswordChangeFormData());
		model.addAttribute("required", this.change.required(request));
		return VIEW;
	}

	@PostMapping
	String change(@AuthenticationPrincipal PortalUser user, @ModelAttribute("form") PasswordChangeFormData form,
			BindingResult result, Model model, HttpServletRequest request, RedirectAttributes redirect) {
		Optional<Member> member = this.change.member(user);
		if (member.isEmpty()) {
			return "redirect:/logout";
		}
		form.validate(result, member.get(), this.change);
		if (result.hasErrors()) {
			form.clear();
			model.addAttribute("required", this.change.required(request));
			return VIEW;
		}
		this.change.change(member.get(), form.getPassword(), request);
		redirect.addFlashAttribute("passwordChanged", true);
		return "redirect:/";
	}

}

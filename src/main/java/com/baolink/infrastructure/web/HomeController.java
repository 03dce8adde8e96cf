package com.baolink.infrastructure.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import com.baolink.infrastructure.security.Landing;

@Controller
class HomeController {

	/** Staff go to their dashboard, members to the catalogue (see {@link Landing}). */
	@GetMapping("/")
	String home(Authentication authentication) {
		return "redirect:" + Landing.home(authentication);
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

}

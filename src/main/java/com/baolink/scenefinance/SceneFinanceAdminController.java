package com.baolink.scenefinance;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff list and search of scene-finance policies (under /admin: staff only). */
@Controller
class SceneFinanceAdminController {

	static final String PATH = "/admin/scene-finance";

	static final String VIEW = "scenefinance/admin-policies";

	private final ScenePolicySearch search;

	SceneFinanceAdminController(ScenePolicySearch search) {
		this.search = search;
	}

	@GetMapping(PATH)
	String policies(@RequestParam(required = false) String q, @RequestParam(required = false) String page,
			Model model) {
		model.addAttribute("result", this.search.search(ScenePolicySearch.query(q), ScenePolicySearch.page(page)));
		return VIEW;
	}

}

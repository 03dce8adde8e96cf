package com.baolink.xiebao;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The Xiebao product screen merged into the catalogue curation at {@code /admin/products}; old links still work. */
@Controller
class XiebaoProductsAdminController {

	@GetMapping({ "/admin/xiebao-products", "/admin/xiebao-products/new" })
	String moved() {
		return "redirect:/admin/products";
	}

}

package com.baolink.sandbox.aigoubao;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.baolink.sandbox.aigoubao.SbxRecords.SbxInsured;
import com.baolink.sandbox.aigoubao.SbxRecords.SbxOrder;

/** The partner's hosted order list (the URL 7.8 hands out), opened with the member's token. */
@Controller
@Profile("sandbox")
class OrderListPageController {

	static final String VIEW = "sandbox/aigoubao/orders";

	private final SandboxStore store;

	private final SandboxLinks links;

	OrderListPageController(SandboxStore store, SandboxLinks links) {
		this.store = store;
		this.links = links;
	}

	@GetMapping(SandboxLinks.ORDER_LIST_PAGE)
	String list(@RequestParam(required = false) Long memberId, @RequestParam(required = false) String creditToken,
			Model model, HttpServletResponse response) {
		if (memberId == null || creditToken == null || !MessageDigest.isEqual(
				this.links.orderListToken(memberId).getBytes(StandardCharsets.US_ASCII),
				creditToken.getBytes(StandardCharsets.US_ASCII))) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			model.addAttribute("denied", true);
			return VIEW;
		}
		Map<SbxOrder, List<SbxInsured>> orders = new LinkedHashMap<>();
		for (SbxOrder order : this.store.ordersOfMember(memberId)) {
			orders.put(order, this.store.insured(order.id()));
		}
		model.addAttribute("denied", false);
		model.addAttribute("orders", orders);
		return VIEW;
	}

}

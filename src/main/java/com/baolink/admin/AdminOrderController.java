package com.baolink.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

import com.baolink.audit.AuditAction;
import com.baolink.audit.AuditTrail;
import com.baolink.infrastructure.config.ChinaTime;
import com.baolink.member.PortalUser;
import com.baolink.catalog.Channel;
import com.baolink.order.OrderStatus;

/**
 * Every member's orders for staff ({@code /admin/**} is staff-only, see SecurityConfig): the
 * filtered list, one order with whose it is and its timeline, and the CSV export of the filtered
 * list, written straight to the response as it is read.
 */
@Controller
class AdminOrderController {

	static final String VIEW_ORDERS = "admin/orders";

	static final String VIEW_ORDER = "admin/order";

	private static final Logger log = LoggerFactory.getLogger(AdminOrderController.class);

	private final AdminOrderQuery orders;

	private final AdminOrderPages pages;

	private final AdminOrderCsv csv;

	private final java.time.Clock clock;

	private final AuditTrail audit;

	AdminOrderController(AdminOrderQuery orders, AdminOrderPages pages, AdminOrderCsv csv, java.time.Clock clock,
			AuditTrail audit) {
		this.audit = audit;
		this.orders = orders;
		this.pages = pages;
		this.csv = csv;
		this.clock = clock;
	}

	@GetMapping("/admin/orders")
	String orders(@RequestParam(required = false) String member, @RequestParam(required = false) String channel,
			@RequestParam(required = false) String product, @RequestParam(required = false) String status,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String insured, @RequestParam(required = false) String policy,
			@RequestParam(required = false) String page, Model model) {
		AdminOrderSearch search = AdminOrderSearch.of(member, channel, product, status, from, to, insured, policy, page);
		model.addAttribute("search", search);
		model.addAttribute("result", this.orders.page(search));
		model.addAttribute("statuses", OrderStatus.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("products", this.pages.products());
		return VIEW_ORDERS;
	}

	@GetMapping("/admin/orders/{id}")
	String order(@PathVariable String id, Model model) {
		long orderId = orderId(id);
		model.addAttribute("page", this.pages.load(orderId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return VIEW_ORDER;
	}

	/**
	 * The filtered orders as CSV, every page, written while they are read (nothing is collected
	 * first). A search with an invalid date goes back to the list, which says what is wrong.
	 */
	@GetMapping("/admin/orders.csv")
	ModelAndView export(@RequestParam(required = false) String member, @RequestParam(required = false) String channel,
			@RequestParam(required = false) String product, @RequestParam(required = false) String status,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String insured, @RequestParam(required = false) String policy,
			@AuthenticationPrincipal PortalUser staff, Locale locale, HttpServletResponse response) throws IOException {
		AdminOrderSearch search = AdminOrderSearch.of(member, channel, product, status, from, to, insured, policy, null);
		if (search.hasErrors()) {
			return new ModelAndView("redirect:" + search.link(1));
		}
		exportMade(staff, search);
		LocalDate today = LocalDateTime.now(this.clock.withZone(ChinaTime.ZONE)).toLocalDate();
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename("订单-" + today + ".csv", StandardCharsets.UTF_8)
			.build()
			.toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
		response.setHeader("X-Content-Type-Options", "nosniff");
		long rows = this.csv.write(search, locale, response.getOutputStream());
		log.info("Order export by {}: {} orders", staff.getUsername(), rows);
		return null;
	}

	/**
	 * The one place an export is made: the audit log records who, when, from where and with which
	 * filters (an insured person's name only as its first character: the log is read by all staff).
	 */
	private void exportMade(PortalUser staff, AdminOrderSearch search) {
		Map<String, Object> filters = new LinkedHashMap<>();
		filters.put("member", search.member());
		filters.put("channel", search.channel());
		filters.put("product", search.product());
		filters.put("status", search.status());
		filters.put("from", search.from());
		filters.put("to", search.to());
		filters.put("insured", search.insured() == null ? null : search.insured().charAt(0) + "**");
		filters.put("policy", search.policy());
		filters.values().removeIf(Objects::isNull);
		filters.replaceAll((name, value) -> String.valueOf(value));
		this.audit.record(AuditAction.EXPORT_MADE, "orders", null, null, filters);
		log.info("Order export started by {}", staff.getUsername());
	}

	/** A path that is no order number is an order that does not exist. */
	private static long orderId(String text) {
		try {
			long id = Long.parseLong(text);
			if (id > 0) {
				return id;
			}
		}
		catch (NumberFormatException ex) {
			// not found, below
		}
		throw new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}

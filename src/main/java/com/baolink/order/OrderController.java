package com.baolink.order;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.baolink.infrastructure.config.ChinaTime;
import com.baolink.member.PortalUser;
import com.baolink.order.OrderHistoryQuery.OrderRow;

/**
 * A member's orders: the order page (AiGouBao's {@code returnPage} lands here), its polled status
 * fragment, the history and its CSV export. Members only ever reach their own orders; anyone else's
 * order is "not found" (never "forbidden", which would reveal that it exists). Staff may open any
 * order page.
 */
@Controller
class OrderController {


	static final String VIEW_DETAIL = "orders/detail";

	static final String VIEW_DETAIL_LIVE = "orders/detail :: live";

	static final String VIEW_HISTORY = "orders/history";

	static final String VIEW_HISTORY_RESULTS = "orders/history :: results";

	static final int CSV_MAX_ROWS = 10_000;

	private final Orders orders;

	private final OrderSync sync;

	private final OrderHistoryQuery history;

	private final MessageSource messages;

	private final Clock clock;

	private final SalesChannels channels;

	OrderController(Orders orders, OrderSync sync, OrderHistoryQuery history, MessageSource messages,
			Clock clock, SalesChannels channels) {
		this.orders = orders;
		this.sync = sync;
		this.channels = channels;
		this.history = history;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/orders/{id}")
	String detail(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
		showFresh(id, user, model);
		return VIEW_DETAIL;
	}

	@HxRequest
	@GetMapping("/orders/{id}/status")
	String status(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
		showFresh(id, user, model);
		return VIEW_DETAIL_LIVE;
	}

	/** Without htmx the status "fragment" is just the order page. */
	@GetMapping("/orders/{id}/status")
	String statusWithoutHtmx(@PathVariable long id, @AuthenticationPrincipal PortalUser user) {
		visibleOrder(id, user);
		return "redirect:/orders/" + id;
	}

	/** A member closes an abandoned unpaid order: kept (for staff and a late payment), hidden from the default history. */
	@PostMapping("/orders/{id}/close")
	String close(@PathVariable long id, @AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		if (user.isStaff()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		Order order = visibleOrder(id, user);
		try {
			if (!order.close(this.clock.instant())) {
				redirect.addFlashAttribute("notClosable", true);
				return "redirect:/orders/" + id;
			}
			this.orders.save(order);
		}
		catch (OptimisticLockingFailureException ex) {
			// A partner event changed the order just now: show it as it is.
			redirect.addFlashAttribute("notClosable", true);
			return "redirect:/orders/" + id;
		}
		redirect.addFlashAttribute("closedOrder", order.getOutSerialNo());
		return "redirect:/orders";
	}

	@GetMapping("/orders")
	String history(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String status,
			@RequestParam(required = false) String product, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String q,
			@RequestParam(required = false) String page, @RequestParam(required = false) String closed, Model model) {
		showHistory(user, OrderSearch.of(status, product, from, to, q, page, closed), model);
		model.addAttribute("products", this.history.productsOf(user.memberId()));
		model.addAttribute("statuses", OrderStatus.values());
		return VIEW_HISTORY;
	}

	@HxRequest
	@GetMapping("/orders")
	String historyResults(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String status,
			@RequestParam(required = false) String product, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String q,
			@RequestParam(required = false) String page, @RequestParam(required = false) String closed, Model model) {
		showHistory(user, OrderSearch.of(status, product, from, to, q, page, closed), model);
		return VIEW_HISTORY_RESULTS;
	}

	@GetMapping("/orders.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String status,
			@RequestParam(required = false) String product, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String q,
			@RequestParam(required = false) String closed, Locale locale) {
		OrderSearch search = OrderSearch.of(status, product, from, to, q, null, closed);
		List<OrderRow> rows = this.history.export(user.memberId(), search, CSV_MAX_ROWS);
		String fileName = "orders-" + LocalDateTime.now(this.clock.withZone(ChinaTime.ZONE)).toLocalDate() + ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(OrderCsv.write(rows, this.messages, locale));
	}

	private void showHistory(PortalUser user, OrderSearch search, Model model) {
		model.addAttribute("search", search);
		model.addAttribute("result", this.history.page(user.memberId(), search));
	}

	private void showFresh(long id, PortalUser user, Model model) {
		Order order = visibleOrder(id, user);
		OrderSync.PageView view = this.sync.forPage(order);
		order = view.order();
		if (view.partnerUnavailable()) {
			model.addAttribute("partnerUnavailable", true);
		}
		OrderProgress progress = OrderProgress.of(order, this.channels.capabilities(order.getChannel()));
		model.addAttribute("order", order);
		model.addAttribute("progress", progress);
		model.addAttribute("pending", progress.polls());
		model.addAttribute("createdAt", LocalDateTime.ofInstant(order.getCreatedAt(), ChinaTime.ZONE));
	}

	private Order visibleOrder(long id, PortalUser user) {
		return (user.isStaff() ? this.orders.findById(id) : this.orders.findByIdAndMemberId(id, user.memberId()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}

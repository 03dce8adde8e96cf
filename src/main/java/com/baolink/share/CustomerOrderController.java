package com.baolink.share;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.ModelAndView;

import com.baolink.catalog.Channel;
import com.baolink.document.DocumentKind;
import com.baolink.document.DocumentNotReadyException;
import com.baolink.document.DocumentRefusedException;
import com.baolink.document.DocumentService;
import com.baolink.document.StoredDocument;
import com.baolink.infrastructure.config.ChinaTime;
import com.baolink.member.Members;
import com.baolink.order.Order;
import com.baolink.order.OrderSync;
import com.baolink.order.Orders;
import com.baolink.partner.xiebao.Platform;
import com.baolink.partner.xiebao.XiebaoLinks;
import com.baolink.share.ShareRefusal.Reason;

/**
 * A customer's own order, reached only with its signed token ({@code /s/o/<token>}, the partner's
 * {@code returnPage}): the status page (fresh from the partner while pending, polled by htmx, a
 * plain refresh link without JavaScript) and, once issued, the policy PDFs through the portal's
 * download proxy — the token is the customer's authorisation, never a member login. Only orders
 * bought through a share link have such a page.
 */
@Controller
class CustomerOrderController {

	static final String VIEW = "share/order";

	static final String VIEW_LIVE = "share/order :: live";

	static final String VIEW_DOCUMENT_NOT_READY = "share/document-not-ready";

	private final CustomerOrderTokens tokens;

	private final Orders orders;

	private final Members members;

	private final OrderSync sync;

	private final DocumentService documents;

	private final XiebaoLinks xiebaoLinks;

	CustomerOrderController(CustomerOrderTokens tokens, Orders orders, Members members, OrderSync sync,
			DocumentService documents, XiebaoLinks xiebaoLinks) {
		this.tokens = tokens;
		this.orders = orders;
		this.members = members;
		this.sync = sync;
		this.documents = documents;
		this.xiebaoLinks = xiebaoLinks;
	}

	@ModelAttribute
	void privateHeaders(HttpServletResponse response) {
		ShareHeaders.apply(response);
	}

	@GetMapping("/s/o/{token}")
	String status(@PathVariable String token, Model model) {
		showFresh(token, model);
		return VIEW;
	}

	@HxRequest
	@GetMapping("/s/o/{token}/status")
	String live(@PathVariable String token, Model model) {
		showFresh(token, model);
		return VIEW_LIVE;
	}

	/** Without htmx the status "fragment" is just the page. */
	@GetMapping("/s/o/{token}/status")
	String liveWithoutHtmx(@PathVariable String token) {
		order(token);
		return "redirect:/s/o/" + token;
	}

	@GetMapping("/s/o/{token}/policy/{policyCode}")
	Object policy(@PathVariable String token, @PathVariable String policyCode, HttpServletResponse response)
			throws IOException {
		Order order = order(token);
		if (DocumentService.policyHolder(order, DocumentKind.POLICY, policyCode).isEmpty()) {
			throw new ShareRefusal(Reason.ORDER_UNKNOWN);
		}
		StoredDocument document;
		try {
			document = this.documents.obtain(order, DocumentKind.POLICY, policyCode,
					com.baolink.order.OrderEventSource.CUSTOMER);
		}
		catch (DocumentNotReadyException | DocumentRefusedException ex) {
			ModelAndView page = new ModelAndView(VIEW_DOCUMENT_NOT_READY,
					ex instanceof DocumentNotReadyException ? HttpStatus.ACCEPTED : HttpStatus.BAD_GATEWAY);
			page.addObject("token", token);
			return page;
		}
		response.setContentType("application/pdf");
		response.setContentLengthLong(document.size());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename(DocumentKind.POLICY.fileName(policyCode), StandardCharsets.UTF_8)
			.build()
			.toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		this.documents.copyContent(document, response.getOutputStream());
		return null;
	}

	/** A Xiebao policy is only reachable through Xiebao's signed policy-detail page. */
	@GetMapping("/s/o/{token}/xiebao-policy")
	ResponseEntity<Void> xiebaoPolicy(@PathVariable String token,
			@RequestHeader(name = "User-Agent", required = false) String userAgent) {
		Order order = order(token);
		if (order.getChannel() != Channel.XIEBAO || order.getPartnerRef() == null || !this.xiebaoLinks.isEnabled()) {
			throw new ShareRefusal(Reason.ORDER_UNKNOWN);
		}
		return ResponseEntity.status(HttpStatus.FOUND)
			.location(java.net.URI.create(this.xiebaoLinks.policyDetailLink(order.getPartnerRef(),
					Platform.forUserAgent(userAgent))))
			.build();
	}

	private void showFresh(String token, Model model) {
		Order order = order(token);
		OrderSync.PageView view = this.sync.forPage(order);
		order = view.order();
		if (view.partnerUnavailable()) {
			model.addAttribute("partnerUnavailable", true);
		}
		model.addAttribute("token", token);
		model.addAttribute("order", order);
		model.addAttribute("pending", order.getStatus().isPending());
		model.addAttribute("createdAt", LocalDateTime.ofInstant(order.getCreatedAt(), ChinaTime.ZONE));
		model.addAttribute("memberName",
				this.members.findById(order.getMemberId()).map(member -> member.displayName()).orElse(null));
	}

	/** The order of a verified token, and only an order a customer bought through a link. */
	private Order order(String token) {
		return this.tokens.verify(token)
			.flatMap(this.orders::findById)
			.filter(order -> order.getShareLinkId() != null)
			.orElseThrow(() -> new ShareRefusal(Reason.ORDER_UNKNOWN));
	}

}

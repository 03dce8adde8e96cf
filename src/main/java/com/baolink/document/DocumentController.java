package com.baolink.document;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

import com.baolink.member.PortalUser;
import com.baolink.order.Order;
import com.baolink.order.SalesChannels;

/**
 * Policy, certificate and invoice downloads through the portal, and all of an order's documents as
 * one ZIP. Someone else's order or a policy code not on the order is a 404. A document the partner
 * has not produced yet answers 202 Accepted with a page saying so (the background job keeps
 * trying); a refused or failed fetch answers 502 with a neutral page (the reason is only logged).
 */
@Controller
class DocumentController {

	static final String VIEW_NOT_READY = "documents/not-ready";

	static final String VIEW_UNAVAILABLE = "documents/unavailable";

	static final String RETRY_AFTER_SECONDS = "300";

	private final OrderAccess access;

	private final DocumentService documents;

	private final DocumentZip zip;

	private final DocumentProperties properties;

	private final SalesChannels channels;

	DocumentController(OrderAccess access, DocumentService documents, DocumentZip zip, DocumentProperties properties,
			SalesChannels channels) {
		this.channels = channels;
		this.access = access;
		this.documents = documents;
		this.zip = zip;
		this.properties = properties;
	}

	@GetMapping("/orders/{orderId}/documents/{kind:policy|certificate|invoice}/{policyCode}")
	ModelAndView download(@AuthenticationPrincipal PortalUser user, @PathVariable long orderId,
			@PathVariable String kind, @PathVariable String policyCode, ServletWebRequest request,
			HttpServletResponse response) throws IOException {
		Order order = this.access.visibleOrder(user, orderId);
		if (!servesPolicyFiles(order)) {
			return partnerPolicyPage(orderId);
		}
		DocumentKind documentKind = DocumentKind.fromSegment(kind).orElseThrow();
		if (DocumentService.policyHolder(order, documentKind, policyCode).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		StoredDocument document;
		try {
			document = this.documents.obtain(order, documentKind, policyCode, requester(user));
		}
		catch (DocumentNotReadyException ex) {
			return notReady(orderId, response);
		}
		catch (DocumentRefusedException ex) {
			return unavailable(orderId, response);
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, max-age=" + this.properties.cacheMaxAge().toSeconds());
		if (request.checkNotModified(document.etag())) {
			return null;
		}
		response.setContentType("application/pdf");
		response.setContentLengthLong(document.size());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, DownloadHeaders.attachment(
				documentKind.fileName(policyCode), documentKind.asciiFileName(policyCode)));
		response.setHeader("X-Content-Type-Options", "nosniff");
		this.documents.copyContent(document, response.getOutputStream());
		return null;
	}

	@GetMapping("/orders/{orderId}/documents.zip")
	ModelAndView zip(@AuthenticationPrincipal PortalUser user, @PathVariable long orderId, Locale locale,
			HttpServletResponse response) throws IOException {
		Order order = this.access.visibleOrder(user, orderId);
		if (!servesPolicyFiles(order)) {
			return partnerPolicyPage(orderId);
		}
		DocumentZip.Plan plan = this.zip.plan(order, requester(user));
		if (plan.available().isEmpty()) {
			return plan.anyRefused() ? unavailable(orderId, response) : notReady(orderId, response);
		}
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				DownloadHeaders.attachment("保单-订单" + orderId + ".zip", "documents-order-" + orderId + ".zip"));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
		response.setHeader("X-Content-Type-Options", "nosniff");
		this.zip.write(plan, locale, response.getOutputStream());
		return null;
	}

	/** Who the order's timeline says asked for a file. */
	private static com.baolink.order.OrderEventSource requester(PortalUser user) {
		return user.isStaff() ? com.baolink.order.OrderEventSource.STAFF : com.baolink.order.OrderEventSource.MEMBER;
	}

	/** A partner without files (Xiebao) shows its policies on its own page, through a signed link. */
	private static ModelAndView partnerPolicyPage(long orderId) {
		return new ModelAndView("redirect:/xiebao/orders/" + orderId + "/policy");
	}

	private static ModelAndView notReady(long orderId, HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		ModelAndView page = new ModelAndView(VIEW_NOT_READY, HttpStatus.ACCEPTED);
		page.addObject("orderId", orderId);
		return page;
	}

	private static ModelAndView unavailable(long orderId, HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		ModelAndView page = new ModelAndView(VIEW_UNAVAILABLE, HttpStatus.BAD_GATEWAY);
		page.addObject("orderId", orderId);
		return page;
	}

	/** The channel's files are downloaded and served by the portal (otherwise the partner's own page). */
	private boolean servesPolicyFiles(Order order) {
		return this.channels.capabilities(order.getChannel()).servesPolicyFiles();
	}

}

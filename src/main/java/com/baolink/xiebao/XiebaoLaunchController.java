package com.baolink.xiebao;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import com.baolink.catalog.CatalogSearch;
import com.baolink.catalog.Product;
import com.baolink.infrastructure.web.PublicUrls;
import com.baolink.member.PortalUser;
import com.baolink.catalog.Channel;
import com.baolink.order.Order;
import com.baolink.order.Orders;
import com.baolink.partner.xiebao.Platform;
import com.baolink.partner.xiebao.XiebaoLinks;

/**
 * The ways from the portal to Xiebao's hosted pages, each a 302 to a signed link: buying a Xiebao
 * product (the order is recorded first), Xiebao's home page ("more Xiebao products", back to the
 * order history after paying) and an order's policy detail page. The member fills in everything on
 * Xiebao's pages; {@code partnerUniqKey} is the member's id.
 */
@Controller
class XiebaoLaunchController {

	private final CatalogSearch catalog;

	private final XiebaoLauncher launcher;

	private final XiebaoLinks links;

	private final Orders orders;

	private final PublicUrls publicUrls;

	XiebaoLaunchController(CatalogSearch catalog, XiebaoLauncher launcher, XiebaoLinks links, Orders orders,
			PublicUrls publicUrls) {
		this.catalog = catalog;
		this.launcher = launcher;
		this.links = links;
		this.orders = orders;
		this.publicUrls = publicUrls;
	}

	@PostMapping("/xiebao/launch/{productId}")
	ResponseEntity<Void> launch(@PathVariable long productId, @RequestParam(required = false) String launchToken,
			@RequestHeader(name = "User-Agent", required = false) String userAgent,
			@AuthenticationPrincipal PortalUser user) {
		requireMemberAndChannel(user);
		Product product = this.catalog.enabledProduct(productId)
			.filter(candidate -> candidate.getChannel() == Channel.XIEBAO)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		this.launcher.launch(user.memberId(), product, launchToken);
		return found(this.links.productLink(product.getCode(), String.valueOf(user.memberId()),
				Platform.forUserAgent(userAgent)));
	}

	@GetMapping("/xiebao/home")
	ResponseEntity<Void> home(@RequestHeader(name = "User-Agent", required = false) String userAgent,
			@AuthenticationPrincipal PortalUser user) {
		requireMemberAndChannel(user);
		return found(this.links.homeLink(String.valueOf(user.memberId()), Platform.forUserAgent(userAgent),
				this.publicUrls.absolute("/orders")));
	}

	@GetMapping("/xiebao/orders/{id}/policy")
	ResponseEntity<Void> policy(@PathVariable long id,
			@RequestHeader(name = "User-Agent", required = false) String userAgent,
			@AuthenticationPrincipal PortalUser user) {
		if (!this.links.isEnabled()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Order order = (user.isStaff() ? this.orders.findById(id) : this.orders.findByIdAndMemberId(id, user.memberId()))
			.filter(candidate -> candidate.getChannel() == Channel.XIEBAO && candidate.getPartnerRef() != null)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return found(this.links.policyDetailLink(order.getPartnerRef(), Platform.forUserAgent(userAgent)));
	}

	/** Staff have no member id to buy with; without the channel there is nothing to link to. */
	private void requireMemberAndChannel(PortalUser user) {
		if (user.isStaff()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		if (!this.links.isEnabled()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private static ResponseEntity<Void> found(String url) {
		return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(url)).build();
	}

}

package com.baolink.share;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import com.baolink.catalog.Product;
import com.baolink.catalog.ProductPlan;
import com.baolink.infrastructure.web.PublicUrls;
import com.baolink.order.Order;
import com.baolink.order.OrderLauncher;
import com.baolink.order.OrderLauncher.LaunchRequest;
import com.baolink.order.OrderLauncher.Outcome;
import com.baolink.order.OrderLauncher.Sharing;
import com.baolink.order.OrderStatus;
import com.baolink.order.Orders;
import com.baolink.partner.xiebao.Platform;
import com.baolink.partner.xiebao.XiebaoLinks;
import com.baolink.share.ShareAccess.ActiveLink;
import com.baolink.share.ShareRefusal.Reason;
import com.baolink.xiebao.XiebaoLauncher;

/**
 * A customer's launch through a link, on the member's machinery: AiGouBao through
 * {@link OrderLauncher} with the sharing member as the AiGouBao member, Xiebao through
 * {@link XiebaoLauncher} with the member's id as {@code partnerUniqKey}. The form's launch token
 * makes a repeated submit find the first order (never a second pre-order); only a new launch (or
 * the retry of a failed one) counts against the link's hourly limit. The partner brings the
 * customer back to {@code /s/o/<token>}.
 */
@Service
class ShareCheckout {

	private static final Logger log = LoggerFactory.getLogger(ShareCheckout.class);

	private final OrderLauncher launcher;

	private final XiebaoLauncher xiebaoLauncher;

	private final XiebaoLinks xiebaoLinks;

	private final Orders orders;

	private final LaunchLimiter limiter;

	private final CustomerOrderTokens tokens;

	private final PublicUrls publicUrls;

	ShareCheckout(OrderLauncher launcher, XiebaoLauncher xiebaoLauncher, XiebaoLinks xiebaoLinks, Orders orders,
			LaunchLimiter limiter, CustomerOrderTokens tokens, PublicUrls publicUrls) {
		this.launcher = launcher;
		this.xiebaoLauncher = xiebaoLauncher;
		this.xiebaoLinks = xiebaoLinks;
		this.orders = orders;
		this.limiter = limiter;
		this.tokens = tokens;
		this.publicUrls = publicUrls;
	}

	/** The customer's status page of an order. */
	String statusPath(long orderId) {
		return "/s/o/" + this.tokens.issue(orderId);
	}

	/**
	 * Launches the AiGouBao pre-order for a valid form.
	 * @throws ShareRefusal the member is not registered with AiGouBao, or the link's hourly limit is reached
	 */
	Outcome launchAigoubao(ActiveLink active, CustomerPurchaseFormData form) {
		long memberId = active.member().id();
		long linkId = active.link().id();
		Optional<Order> existing = this.orders.findByLaunchToken(form.getLaunchToken());
		boolean repeat = existing.isPresent() && existing.get().getStatus() != OrderStatus.LAUNCH_FAILED;
		if (existing.isEmpty()) {
			String agbMemberId = active.member().aigoubaoMemberId();
			if (agbMemberId == null || agbMemberId.isBlank()) {
				log.warn("Share link {}: member {} is not registered with AiGouBao", linkId, memberId);
				throw new ShareRefusal(Reason.MEMBER_NOT_REGISTERED);
			}
		}
		if (!repeat && !this.limiter.tryAcquire(linkId)) {
			log.warn("Share link {}: hourly launch limit reached", linkId);
			throw new ShareRefusal(Reason.TOO_MANY_LAUNCHES);
		}
		Product product = active.product();
		ProductPlan plan = product.plan(form.getPlan()).orElseThrow();
		LaunchRequest request = form.toLaunchRequest(memberId, product.getCode(), product.getName(), plan.label())
			.through(new Sharing(linkId, form.getHolder().getName(), this::statusPath));
		return this.launcher.launch(request);
	}

	/**
	 * Records the Xiebao order and returns the signed product page to send the customer to (their
	 * status page when the order has gone further already); empty
	 * when the launch token belongs to another order (the form must be submitted afresh).
	 * @throws ShareRefusal the channel is off, or the link's hourly limit is reached
	 */
	Optional<String> launchXiebao(ActiveLink active, XiebaoCustomerFormData form, String userAgent) {
		if (!this.xiebaoLinks.isEnabled()) {
			throw new ShareRefusal(Reason.CHANNEL_OFF);
		}
		long memberId = active.member().id();
		long linkId = active.link().id();
		if (this.orders.findByLaunchToken(form.getLaunchToken()).isEmpty() && !this.limiter.tryAcquire(linkId)) {
			log.warn("Share link {}: hourly launch limit reached", linkId);
			throw new ShareRefusal(Reason.TOO_MANY_LAUNCHES);
		}
		return this.xiebaoLauncher
			.launchShared(memberId, active.product(), form.getLaunchToken(), linkId, form.getCustomerName().strip())
			.map(order -> order.getStatus() != OrderStatus.LAUNCHED || order.getPartnerRef() != null
					// bought already (back button after paying): the customer's page, not a second purchase
					? statusPath(order.getId())
					: this.xiebaoLinks.productLink(active.product().getCode(), String.valueOf(memberId),
							Platform.forUserAgent(userAgent), this.publicUrls.absolute(statusPath(order.getId()))));
	}

}

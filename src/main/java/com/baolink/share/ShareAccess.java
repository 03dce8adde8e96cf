package com.baolink.share;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.baolink.catalog.CatalogSearch;
import com.baolink.catalog.Product;
import com.baolink.catalog.ProductPlan;
import com.baolink.member.Member;
import com.baolink.member.Members;
import com.baolink.share.ShareRefusal.Reason;

/**
 * What a customer reaches with a link token: the active link, its product (enabled) and the member
 * sharing it — or a refusal. A token that is not even well-formed never reaches the database.
 */
@Component
class ShareAccess {

	private final ShareLinks links;

	private final CatalogSearch catalog;

	private final Members members;

	private final Clock clock;

	ShareAccess(ShareLinks links, CatalogSearch catalog, Members members, Clock clock) {
		this.links = links;
		this.catalog = catalog;
		this.members = members;
		this.clock = clock;
	}

	/** @throws ShareRefusal when the token is unknown, the link expired or revoked, or its product gone */
	ActiveLink active(String token) {
		if (!ShareTokens.isWellFormed(token)) {
			throw new ShareRefusal(Reason.UNKNOWN);
		}
		ShareLink link = this.links.findByToken(token).orElseThrow(() -> new ShareRefusal(Reason.UNKNOWN));
		Instant now = this.clock.instant();
		if (link.isRevoked()) {
			throw new ShareRefusal(Reason.REVOKED);
		}
		if (link.isExpired(now)) {
			throw new ShareRefusal(Reason.EXPIRED);
		}
		Member member = this.members.findById(link.memberId())
			.filter(Member::enabled)
			.orElseThrow(() -> new ShareRefusal(Reason.MEMBER_UNAVAILABLE));
		Product product = this.catalog.enabledProduct(link.productId())
			.orElseThrow(() -> new ShareRefusal(Reason.PRODUCT_GONE));
		return new ActiveLink(link, product, member);
	}

	/**
	 * A link a customer may use, with the product and the sharing member. Only
	 * {@link #memberName()} of the member is ever shown to the customer.
	 */
	record ActiveLink(ShareLink link, Product product, Member member) {

		String memberName() {
			return this.member.displayName();
		}

		/** The plan the member chose, if it is still one of the product's plans. */
		Optional<ProductPlan> fixedPlan() {
			return this.link.planCode() == null ? Optional.empty() : this.product.plan(this.link.planCode());
		}

	}

}

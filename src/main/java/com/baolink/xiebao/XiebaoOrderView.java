package com.baolink.xiebao;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

import com.baolink.infrastructure.config.ChinaTime;
import com.baolink.catalog.Channel;
import com.baolink.order.Order;
import com.baolink.order.OrderStatus;
import com.baolink.xiebao.XiebaoOrderFacts.Event;
import com.baolink.xiebao.XiebaoOrderFacts.Facts;

/**
 * What the order page shows of a Xiebao order (used by the {@code xiebao/order} fragment as
 * {@code @xiebaoOrderView.of(order)}, so the order page needs no Xiebao code).
 */
@Component("xiebaoOrderView")
public class XiebaoOrderView {

	private final XiebaoOrderFacts facts;

	XiebaoOrderView(XiebaoOrderFacts facts) {
		this.facts = facts;
	}

	public View of(Order order) {
		if (order == null || order.getChannel() != Channel.XIEBAO || order.getId() == null) {
			return null;
		}
		Facts found = this.facts.find(order.getId()).orElse(null);
		List<Event> events = this.facts.events(order.getId());
		boolean insured = order.getStatus().rank() >= OrderStatus.ISSUED.rank();
		boolean policyLink = order.getPartnerRef() != null && (insured || (found != null && found.ePolicyReady()));
		return new View(order.getPartnerRef(), found, events, policyLink,
				found == null || found.payTime() == null ? null : LocalDateTime.ofInstant(found.payTime(), ChinaTime.ZONE));
	}

	/** {@code policyLink}: the "view / download policy" link is shown. */
	public record View(String applicationNumber, Facts facts, List<Event> events, boolean policyLink,
			LocalDateTime payTime) {

		public boolean abnormal() {
			return this.facts != null && this.facts.abnormal();
		}

		/** What Xiebao last said about a failed step of the application (payment, issuing), if anything. */
		public String partnerNotice() {
			return this.facts == null ? null : this.facts.failMsg();
		}

	}

}

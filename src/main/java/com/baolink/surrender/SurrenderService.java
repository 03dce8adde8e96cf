package com.baolink.surrender;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import com.baolink.member.Member;
import com.baolink.member.Members;
import com.baolink.order.Order;
import com.baolink.order.OrderSync;
import com.baolink.order.Orders;
import com.baolink.order.SalesChannel.PullPriority;
import com.baolink.partner.PartnerUnavailableException;
import com.baolink.partner.aigoubao.AigoubaoApi;
import com.baolink.partner.aigoubao.AigoubaoApi.CallPriority;
import com.baolink.partner.aigoubao.AigoubaoDistributor;
import com.baolink.partner.aigoubao.AigoubaoException;
import com.baolink.surrender.SurrenderRequests.Outcome;

/**
 * Sends a checked surrender to AiGouBao (7.10 whole order, 7.9 chosen policies). Only an accepted
 * request changes the order (policies and order wait for the partner's confirmation); a refusal
 * changes nothing. Every request is recorded with who made it. The partner's surrender callback
 * and the reconciliation pull settle the order; a pull is also tried right away.
 */
@Service
class SurrenderService {

	private static final Logger log = LoggerFactory.getLogger(SurrenderService.class);

	private final AigoubaoApi api;

	private final AigoubaoDistributor distributor;

	private final Members members;

	private final Orders orders;

	private final OrderSync sync;

	private final SurrenderRequests requests;

	private final Clock clock;

	SurrenderService(AigoubaoApi api, AigoubaoDistributor distributor, Members members, Orders orders,
			OrderSync sync, SurrenderRequests requests, Clock clock) {
		this.api = api;
		this.distributor = distributor;
		this.members = members;
		this.orders = orders;
		this.sync = sync;
		this.requests = requests;
		this.clock = clock;
	}

	SurrenderResult surrender(SurrenderPlan plan, long requestedBy) {
		Order order = plan.order();
		SurrenderResult result = callPartner(plan);
		Instant now = this.clock.instant();
		this.requests.record(order.getId(), plan.scope(), plan.policyCodes(), requestedBy, now,
				result.accepted() ? Outcome.ACCEPTED
						: SurrenderResult.UNAVAILABLE.equals(result.messageKey()) ? Outcome.UNAVAILABLE : Outcome.REFUSED,
				result.partnerMessage());
		if (result.accepted()) {
			markPending(order, plan.policyCodes(), now);
			log.info("Order {}: surrender of {} accepted by AiGouBao (requested by member {})", order.getId(),
					plan.policyCodes(), requestedBy);
		}
		return result;
	}

	private SurrenderResult callPartner(SurrenderPlan plan) {
		Order order = plan.order();
		String partnerMemberId = partnerMemberId(order);
		try {
			if (plan.scope() == SurrenderScope.ORDER) {
				this.api.surrenderByOrderCode(this.distributor.surrenderOrder(order.getPartnerOrderCode(), partnerMemberId),
						CallPriority.USER);
			}
			else {
				this.api.surrenderByPolicyCode(this.distributor.surrenderPolicies(plan.policyCodes(), partnerMemberId),
						CallPriority.USER);
			}
			return SurrenderResult.success();
		}
		catch (AigoubaoException ex) {
			log.info("Order {}: AiGouBao refused the surrender: {}", order.getId(), ex.getMessage());
			return switch (ex.code()) {
				case SURRENDER_NOT_ALLOWED -> SurrenderResult.refused(SurrenderPlanner.NOT_ALLOWED, ex.partnerMessage());
				case ORDER_NOT_FOUND -> SurrenderResult.refused(SurrenderResult.NOT_FOUND, ex.partnerMessage());
				default -> SurrenderResult.refused(SurrenderResult.PARTNER_SAYS, ex.partnerMessage());
			};
		}
		catch (PartnerUnavailableException ex) {
			log.warn("Order {}: AiGouBao did not answer the surrender: {}", order.getId(), ex.toString());
			return SurrenderResult.refused(SurrenderResult.UNAVAILABLE, null);
		}
	}

	private String partnerMemberId(Order order) {
		return this.members.findById(order.getMemberId())
			.map(Member::aigoubaoMemberId)
			.filter(id -> !id.isBlank())
			.orElseThrow(() -> new IllegalStateException("Member of order " + order.getId() + " is not registered"));
	}

	/** Applies the accepted surrender, then tries to settle it at once (the callback will too). */
	private void markPending(Order order, List<String> policyCodes, Instant now) {
		Order saved;
		try {
			order.surrenderRequested(policyCodes, now);
			saved = this.orders.save(order);
		}
		catch (OptimisticLockingFailureException ex) {
			Order fresh = this.orders.findById(order.getId()).orElseThrow(() -> ex);
			fresh.surrenderRequested(policyCodes, now);
			saved = this.orders.save(fresh);
		}
		try {
			this.sync.refresh(saved, PullPriority.USER);
		}
		catch (RuntimeException ex) {
			log.info("Order {}: pull after surrender failed, the callback or reconciliation will settle it: {}",
					order.getId(), ex.toString());
		}
	}

}

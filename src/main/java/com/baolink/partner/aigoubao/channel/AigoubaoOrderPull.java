package com.baolink.partner.aigoubao.channel;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import com.baolink.member.Member;
import com.baolink.member.Members;
import com.baolink.order.Order;
import com.baolink.order.OrderStatus;
import com.baolink.order.SalesChannel.PullPriority;
import com.baolink.order.SalesChannel.PulledPerson;
import com.baolink.order.SalesChannel.PulledState;
import com.baolink.partner.PartnerUnavailableException;
import com.baolink.partner.aigoubao.AigoubaoApi;
import com.baolink.partner.aigoubao.AigoubaoApi.CallPriority;
import com.baolink.partner.aigoubao.AigoubaoApi.InsuredPolicy;
import com.baolink.partner.aigoubao.AigoubaoApi.OrderDetail;
import com.baolink.partner.aigoubao.AigoubaoApi.OrderRef;
import com.baolink.partner.aigoubao.AigoubaoApi.PolicyDetail;
import com.baolink.partner.aigoubao.AigoubaoApi.PolicyUrls;
import com.baolink.partner.aigoubao.AigoubaoCode;
import com.baolink.partner.aigoubao.AigoubaoDistributor;
import com.baolink.partner.aigoubao.AigoubaoException;

/**
 * The pull of an AiGouBao order: 7.11 order detail, plus 7.6 policy links once the order has
 * policies, translated into the portal's {@link PulledState} (status texts through
 * {@link AigoubaoStatusMapping}, card types into the portal's codes, the 7.6 links onto their
 * persons). The rate budget and AiGouBao's refusals stay AiGouBao's: a
 * {@link com.baolink.partner.aigoubao.RateBudgetExhaustedException} or {@link AigoubaoException}
 * reaches the caller as it is, {@link PartnerUnavailableException} when AiGouBao did not answer.
 */
@Component
class AigoubaoOrderPull {

	private static final Logger log = LoggerFactory.getLogger(AigoubaoOrderPull.class);

	/** Statuses in which policies exist and 7.6 has their links. */
	private static final Set<OrderStatus> WITH_POLICIES = Set.of(OrderStatus.ISSUED, OrderStatus.SURRENDER_PENDING,
			OrderStatus.PARTIALLY_SURRENDERED);

	private final AigoubaoApi api;

	private final AigoubaoDistributor distributor;

	private final Members members;

	AigoubaoOrderPull(AigoubaoApi api, AigoubaoDistributor distributor, Members members) {
		this.api = api;
		this.distributor = distributor;
		this.members = members;
	}

	/**
	 * Empty: AiGouBao answered 1000 (no such order) for an order just launched, the member has not
	 * finished AiGouBao's form yet.
	 * @throws AigoubaoException any other non-success answer of 7.11 (7.6 failing is tolerated)
	 */
	Optional<PulledState> pull(Order order, PullPriority priority) {
		CallPriority callPriority = callPriority(priority);
		OrderRef ref = this.distributor.orderRef(order.getPartnerRef(), partnerMemberId(order));
		OrderDetail detail;
		try {
			detail = this.api.getOrderDetail(ref, callPriority);
		}
		catch (AigoubaoException ex) {
			if (ex.code() == AigoubaoCode.ORDER_NOT_FOUND && order.getStatus() == OrderStatus.LAUNCHED) {
				return Optional.empty();
			}
			throw ex;
		}
		OrderStatus reported = AigoubaoStatusMapping.orderStatus(detail.orderStatus()).orElse(null);
		OrderStatus effective = reported != null && reported.rank() > order.getStatus().rank() ? reported
				: order.getStatus();
		PolicyUrls urls = WITH_POLICIES.contains(effective) ? policyUrls(ref, callPriority, order) : null;
		List<PulledPerson> insured = detail.insuredInfoList() == null ? List.of()
				: detail.insuredInfoList().stream().map(person -> person(person, matchLinks(urls, person))).toList();
		return Optional.of(new PulledState(reported, detail.orderStatus(), detail.orderCode(), detail.companyName(),
				detail.orderTotalAmt(), detail.orderReduceAmt(), insured));
	}

	static CallPriority callPriority(PullPriority priority) {
		return switch (priority) {
			case USER -> CallPriority.USER;
			case OWED -> CallPriority.OWED;
			case BACKGROUND -> CallPriority.BACKGROUND;
		};
	}

	/** 7.6 is a bonus on top of 7.11 (which has links too): its failure does not fail the pull. */
	private PolicyUrls policyUrls(OrderRef ref, CallPriority priority, Order order) {
		try {
			return this.api.getPolicyUrl(ref, priority);
		}
		catch (AigoubaoException | PartnerUnavailableException ex) {
			log.info("Order {}: policy links (7.6) not available now: {}", order.getId(), ex.getMessage());
			return null;
		}
	}

	private String partnerMemberId(Order order) {
		return this.members.findById(order.getMemberId())
			.map(Member::aigoubaoMemberId)
			.filter(id -> !id.isBlank())
			.orElseThrow(() -> new IllegalStateException(
					"Member " + order.getMemberId() + " of order " + order.getId() + " is not registered with AiGouBao"));
	}

	/** A 7.11 person in the portal's values; the 7.6 links, when there are any, win over 7.11's. */
	private static PulledPerson person(InsuredPolicy p, PolicyDetail links) {
		return new PulledPerson(p.insuredName(), AigoubaoCodes.portalCardType(p.insuredCardType()), p.insuredCardNo(),
				birthday(p.insuredBirthday()), p.insuredGender(), p.insuredFee(), p.policyCode(),
				AigoubaoStatusMapping.policyStatus(p.policyStatus()).orElse(null), p.policyStatus(),
				firstOf(links != null ? links.policyUrl() : null, p.policyUrl()),
				firstOf(links != null ? links.certificateUrl() : null, p.certificateUrl()), p.invoiceUrl());
	}

	private static PolicyDetail matchLinks(PolicyUrls urls, InsuredPolicy person) {
		if (urls == null || urls.policyDetailList() == null) {
			return null;
		}
		List<PolicyDetail> details = urls.policyDetailList();
		if (!isBlank(person.policyCode())) {
			for (PolicyDetail detail : details) {
				if (person.policyCode().equals(detail.policyCode())) {
					return detail;
				}
			}
		}
		List<PolicyDetail> sameName = details.stream()
			.filter(d -> isBlank(d.policyCode()) && Objects.equals(d.insuredName(), person.insuredName()))
			.toList();
		return sameName.size() == 1 ? sameName.get(0) : null;
	}

	/** 7.11 birthdays start with {@code yyyy-MM-dd}; anything unreadable is left out. */
	static LocalDate birthday(String text) {
		if (!isBlank(text) && text.strip().length() >= 10) {
			try {
				return LocalDate.parse(text.strip().substring(0, 10));
			}
			catch (DateTimeParseException ex) {
				log.debug("Unreadable birthday from AiGouBao: {}", ex.getMessage());
			}
		}
		return null;
	}

	private static String firstOf(String preferred, String value) {
		return isBlank(preferred) ? value : preferred;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}

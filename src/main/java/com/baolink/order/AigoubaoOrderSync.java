package com.baolink.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import com.baolink.catalog.Channel;
import com.baolink.member.Member;
import com.baolink.member.Members;
import com.baolink.order.InsuredPerson.PolicyStatus;
import com.baolink.partner.PartnerUnavailableException;
import com.baolink.partner.aigoubao.AigoubaoApi;
import com.baolink.partner.aigoubao.AigoubaoApi.CallPriority;
import com.baolink.partner.aigoubao.AigoubaoApi.InsuredPolicy;
import com.baolink.partner.aigoubao.AigoubaoApi.OrderDetail;
import com.baolink.partner.aigoubao.AigoubaoApi.OrderRef;
import com.baolink.partner.aigoubao.AigoubaoApi.PolicyDetail;
import com.baolink.partner.aigoubao.AigoubaoApi.PolicyUrls;
import com.baolink.partner.aigoubao.AigoubaoCode;
import com.baolink.partner.aigoubao.AigoubaoException;
import com.baolink.partner.aigoubao.AigoubaoDistributor;

/**
 * Pulls the authoritative state of an AiGouBao order (7.11 order detail, plus 7.6 policy links once
 * issued) and applies it to the aggregate. Used by the order page, the callback inbox (a callback
 * is only a hint) and reconciliation. Answers may be stale or arrive out of order: the status never
 * moves backwards, and a person's policy number, links and policy status are never lost to an
 * older answer.
 */
@Service
public class AigoubaoOrderSync {

	private static final Logger log = LoggerFactory.getLogger(AigoubaoOrderSync.class);

	/** Statuses in which policies exist and 7.6 has their links. */
	private static final Set<OrderStatus> WITH_POLICIES = Set.of(OrderStatus.ISSUED, OrderStatus.SURRENDER_PENDING,
			OrderStatus.PARTIALLY_SURRENDERED);

	private static final int CARD_NO_MAX = 40;

	/** How often a page being looked at (member or customer) pulls a pending order at most. */
	static final Duration PAGE_PULL_AT_MOST_EVERY = Duration.ofSeconds(5);

	private final AigoubaoApi api;

	private final AigoubaoDistributor distributor;

	private final Members members;

	private final Orders orders;

	private final OrderSyncSchedule schedule;

	private final Clock clock;

	AigoubaoOrderSync(AigoubaoApi api, AigoubaoDistributor distributor, Members members, Orders orders,
			OrderSyncSchedule schedule, Clock clock) {
		this.api = api;
		this.distributor = distributor;
		this.members = members;
		this.orders = orders;
		this.schedule = schedule;
		this.clock = clock;
	}

	/**
	 * The order as a page someone is looking at shows it: a pending AiGouBao order not pulled in the
	 * last {@link #PAGE_PULL_AT_MOST_EVERY} is pulled first (with user priority). Should the partner
	 * not answer now, the page shows what we have and says so; reconciliation keeps trying.
	 */
	public PageView forPage(Order order) {
		boolean stale = order.getStatus().isPending() && order.getChannel() == Channel.AIGOUBAO
				&& order.getPartnerRef() != null && (order.getLastSyncedAt() == null
						|| order.getLastSyncedAt().isBefore(this.clock.instant().minus(PAGE_PULL_AT_MOST_EVERY)));
		if (!stale) {
			return new PageView(order, false);
		}
		try {
			return new PageView(refresh(order, CallPriority.USER), false);
		}
		catch (OptimisticLockingFailureException ex) {
			return new PageView(this.orders.findById(order.getId()).orElse(order), false);
		}
		catch (RuntimeException ex) {
			log.warn("Order {}: could not pull from the partner: {}", order.getId(), ex.toString());
			return new PageView(order, true);
		}
	}

	/**
	 * Pulls and saves; returns the saved order. A concurrent save (callback vs. reconciliation) is
	 * resolved by reloading once and applying the same answer again.
	 * @throws AigoubaoException a non-success answer (1000 is tolerated while the order is just launched)
	 * @throws PartnerUnavailableException the partner did not answer
	 */
	public Order refresh(Order order, CallPriority priority) {
		if (order.getChannel() != Channel.AIGOUBAO || order.getPartnerRef() == null) {
			return order;
		}
		try (MDC.MDCCloseable logContext = OrderLogContext.of(order.getId())) {
			PartnerView view = pull(order, priority);
			try {
				return this.orders.save(apply(order, view));
			}
			catch (OptimisticLockingFailureException ex) {
				Order fresh = this.orders.findById(order.getId()).orElseThrow(() -> ex);
				return this.orders.save(apply(fresh, view));
			}
		}
	}

	private PartnerView pull(Order order, CallPriority priority) {
		OrderRef ref = this.distributor.orderRef(order.getPartnerRef(), partnerMemberId(order));
		OrderDetail detail;
		try {
			detail = this.api.getOrderDetail(ref, priority);
		}
		catch (AigoubaoException ex) {
			if (ex.code() == AigoubaoCode.ORDER_NOT_FOUND && order.getStatus() == OrderStatus.LAUNCHED) {
				// The member has not finished the partner's form yet: there is no order to see.
				return new PartnerView(null, null, null);
			}
			throw ex;
		}
		OrderStatus reported = AigoubaoStatusMapping.orderStatus(detail.orderStatus()).orElse(null);
		OrderStatus effective = reported != null && reported.rank() > order.getStatus().rank() ? reported
				: order.getStatus();
		PolicyUrls urls = WITH_POLICIES.contains(effective) ? policyUrls(ref, priority, order) : null;
		return new PartnerView(detail, reported, urls);
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

	private Order apply(Order order, PartnerView view) {
		Instant now = this.clock.instant();
		OrderDetail detail = view.detail();
		if (detail != null) {
			boolean stale = view.reported() != null && view.reported().rank() < order.getStatus().rank();
			if (view.reported() != null) {
				order.advanceTo(view.reported(), OrderEventSource.PULL, now);
			}
			order.partnerFacts(detail.orderCode(), stale ? null : detail.orderStatus(), detail.companyName(),
					detail.orderTotalAmt(), detail.orderReduceAmt(), now);
			List<InsuredPolicy> reportedPersons = detail.insuredInfoList();
			if (reportedPersons != null && !reportedPersons.isEmpty()) {
				order.replaceInsured(merge(order.getInsured(), reportedPersons, view.urls()));
			}
		}
		order.synced(now, this.schedule.nextPull(order, now));
		return order;
	}

	private static List<InsuredPerson> merge(List<InsuredPerson> known, List<InsuredPolicy> reported, PolicyUrls urls) {
		List<InsuredPerson> merged = new ArrayList<>(reported.size());
		for (int i = 0; i < reported.size(); i++) {
			InsuredPolicy person = reported.get(i);
			merged.add(toInsured(person, matchKnown(known, person, i), matchLinks(urls, person)));
		}
		return merged;
	}

	private static InsuredPerson toInsured(InsuredPolicy p, InsuredPerson old, PolicyDetail links) {
		PolicyStatus status = AigoubaoStatusMapping.policyStatus(p.policyStatus())
			.orElse(old != null ? old.policyStatus() : PolicyStatus.PENDING);
		String statusText = p.policyStatus();
		if (old != null && old.policyStatus().ordinal() > status.ordinal()) {
			status = old.policyStatus(); // an older answer: keep what we already knew
			statusText = old.policyStatusText();
		}
		return new InsuredPerson(p.insuredName(), firstOf(p.insuredCardType(), old, InsuredPerson::cardType),
				firstOf(masked(p.insuredCardNo()), old, InsuredPerson::cardNoMasked),
				birthday(p.insuredBirthday(), old), firstOf(p.insuredGender(), old, InsuredPerson::gender),
				old != null ? old.relation() : null, premium(p.insuredFee(), old),
				firstOf(p.policyCode(), old, InsuredPerson::policyCode), status, statusText,
				firstOf(links != null ? links.policyUrl() : null, p.policyUrl(), old, InsuredPerson::policyUrl),
				firstOf(links != null ? links.certificateUrl() : null, p.certificateUrl(), old,
						InsuredPerson::certificateUrl),
				firstOf(p.invoiceUrl(), old, InsuredPerson::invoiceUrl));
	}

	private static InsuredPerson matchKnown(List<InsuredPerson> known, InsuredPolicy person, int position) {
		if (!isBlank(person.policyCode())) {
			for (InsuredPerson candidate : known) {
				if (person.policyCode().equals(candidate.policyCode())) {
					return candidate;
				}
			}
		}
		if (position < known.size() && Objects.equals(known.get(position).name(), person.insuredName())) {
			return known.get(position);
		}
		List<InsuredPerson> sameName = known.stream().filter(k -> Objects.equals(k.name(), person.insuredName())).toList();
		return sameName.size() == 1 ? sameName.get(0) : null;
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

	/**
	 * The partner masks card numbers (e.g. {@code 110105********002X}); should one ever arrive in
	 * clear it is masked here, because the portal never stores a full ID number.
	 */
	static String masked(String cardNo) {
		if (isBlank(cardNo)) {
			return null;
		}
		String value = cardNo.strip();
		if (value.indexOf('*') < 0) {
			int keepStart = value.length() >= 15 ? 6 : Math.min(2, value.length() / 4);
			int keepEnd = value.length() >= 15 ? 4 : Math.min(3, value.length() / 3);
			value = value.substring(0, keepStart) + "*".repeat(value.length() - keepStart - keepEnd)
					+ value.substring(value.length() - keepEnd);
		}
		return value.length() <= CARD_NO_MAX ? value : value.substring(0, CARD_NO_MAX);
	}

	private static LocalDate birthday(String text, InsuredPerson old) {
		if (!isBlank(text) && text.strip().length() >= 10) {
			try {
				return LocalDate.parse(text.strip().substring(0, 10));
			}
			catch (DateTimeParseException ex) {
				log.debug("Unreadable birthday from AiGouBao: {}", ex.getMessage());
			}
		}
		return old != null ? old.birthday() : null;
	}

	private static BigDecimal premium(BigDecimal fee, InsuredPerson old) {
		if (fee != null) {
			return fee.setScale(2, RoundingMode.HALF_UP);
		}
		return old != null ? old.premium() : null;
	}

	private static String firstOf(String value, InsuredPerson old, Function<InsuredPerson, String> known) {
		return firstOf(value, null, old, known);
	}

	private static String firstOf(String preferred, String value, InsuredPerson old,
			Function<InsuredPerson, String> known) {
		if (!isBlank(preferred)) {
			return preferred;
		}
		if (!isBlank(value)) {
			return value;
		}
		return old != null ? known.apply(old) : null;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	/** What one pull learned; {@code detail} null: the partner has no order yet (1000 right after launch). */
	private record PartnerView(OrderDetail detail, OrderStatus reported, PolicyUrls urls) {
	}

	/** {@code partnerUnavailable}: the pull was due but the partner did not answer. */
	public record PageView(Order order, boolean partnerUnavailable) {
	}

}

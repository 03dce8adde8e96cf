package com.baolink.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import com.baolink.order.InsuredPerson.PolicyStatus;
import com.baolink.order.SalesChannel.PullPriority;
import com.baolink.order.SalesChannel.PulledPerson;
import com.baolink.order.SalesChannel.PulledState;

/**
 * Pulls the authoritative state of an order from its channel ({@link SalesChannel#pull}, for
 * channels that {@link SalesChannel.Capabilities#pulls()}) and applies it to the aggregate. Used by
 * the order page, the callback inbox (a callback is only a hint), follow-ups and reconciliation.
 * Answers may be stale or arrive out of order: the status never moves backwards, and a person's
 * policy number, links and policy status are never lost to an older answer.
 */
@Service
public class OrderSync {

	private static final Logger log = LoggerFactory.getLogger(OrderSync.class);

	private static final int CARD_NO_MAX = 40;

	/** How often a page being looked at (member or customer) pulls a pending order at most. */
	static final Duration PAGE_PULL_AT_MOST_EVERY = Duration.ofSeconds(5);

	private final SalesChannels channels;

	private final Orders orders;

	private final OrderSyncSchedule schedule;

	private final Clock clock;

	OrderSync(SalesChannels channels, Orders orders, OrderSyncSchedule schedule, Clock clock) {
		this.channels = channels;
		this.orders = orders;
		this.schedule = schedule;
		this.clock = clock;
	}

	/**
	 * The order as a page someone is looking at shows it: a pending order of a channel that can be
	 * pulled, not pulled in the last {@link #PAGE_PULL_AT_MOST_EVERY}, is pulled first (with user
	 * priority). Should the partner not answer now, the page shows what we have and says so;
	 * reconciliation keeps trying.
	 */
	public PageView forPage(Order order) {
		boolean stale = order.getStatus().isPending() && pullable(order) && (order.getLastSyncedAt() == null
				|| order.getLastSyncedAt().isBefore(this.clock.instant().minus(PAGE_PULL_AT_MOST_EVERY)));
		if (!stale) {
			return new PageView(order, false);
		}
		try {
			return new PageView(refresh(order, PullPriority.USER), false);
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
	 * Pulls and saves; returns the saved order (the order as it is for a channel that cannot be
	 * pulled or an order the partner does not know yet). A concurrent save (callback vs.
	 * reconciliation) is resolved by reloading once and applying the same answer again.
	 * @throws com.baolink.partner.PartnerUnavailableException the partner did not answer
	 * @throws RuntimeException the partner's refusal or rate limit, as the channel's adapter throws it
	 */
	public Order refresh(Order order, PullPriority priority) {
		if (!pullable(order)) {
			return order;
		}
		try (MDC.MDCCloseable logContext = OrderLogContext.of(order.getId())) {
			Optional<PulledState> pulled = this.channels.get(order.getChannel()).pull(order, priority);
			try {
				return this.orders.save(apply(order, pulled));
			}
			catch (OptimisticLockingFailureException ex) {
				Order fresh = this.orders.findById(order.getId()).orElseThrow(() -> ex);
				return this.orders.save(apply(fresh, pulled));
			}
		}
	}

	private boolean pullable(Order order) {
		return order.getPartnerRef() != null && this.channels.capabilities(order.getChannel()).pulls();
	}

	/** Empty {@code pulled}: the partner has no order yet (just launched); only the sync is recorded. */
	private Order apply(Order order, Optional<PulledState> pulled) {
		Instant now = this.clock.instant();
		pulled.ifPresent(state -> {
			boolean stale = state.status() != null && state.status().rank() < order.getStatus().rank();
			if (state.status() != null) {
				order.advanceTo(state.status(), OrderEventSource.PULL, now);
			}
			order.partnerFacts(state.partnerOrderCode(), stale ? null : state.statusText(), state.insurerName(),
					state.totalAmount(), state.discountAmount(), now);
			if (!state.insured().isEmpty()) {
				order.replaceInsured(merge(order.getInsured(), state.insured()));
			}
		});
		order.synced(now, this.schedule.nextPull(order, now));
		return order;
	}

	private static List<InsuredPerson> merge(List<InsuredPerson> known, List<PulledPerson> reported) {
		List<InsuredPerson> merged = new ArrayList<>(reported.size());
		for (int i = 0; i < reported.size(); i++) {
			PulledPerson person = reported.get(i);
			merged.add(toInsured(person, matchKnown(known, person, i)));
		}
		return merged;
	}

	private static InsuredPerson toInsured(PulledPerson p, InsuredPerson old) {
		PolicyStatus status = p.policyStatus() != null ? p.policyStatus()
				: old != null ? old.policyStatus() : PolicyStatus.PENDING;
		String statusText = p.policyStatusText();
		if (old != null && old.policyStatus().ordinal() > status.ordinal()) {
			status = old.policyStatus(); // an older answer: keep what we already knew
			statusText = old.policyStatusText();
		}
		return new InsuredPerson(p.name(), firstOf(p.cardType(), old, InsuredPerson::cardType),
				firstOf(masked(p.cardNo()), old, InsuredPerson::cardNoMasked), birthday(p.birthday(), old),
				firstOf(p.gender(), old, InsuredPerson::gender), old != null ? old.relation() : null,
				premium(p.premium(), old), firstOf(p.policyCode(), old, InsuredPerson::policyCode), status,
				statusText, firstOf(p.policyUrl(), old, InsuredPerson::policyUrl),
				firstOf(p.certificateUrl(), old, InsuredPerson::certificateUrl),
				firstOf(p.invoiceUrl(), old, InsuredPerson::invoiceUrl));
	}

	private static InsuredPerson matchKnown(List<InsuredPerson> known, PulledPerson person, int position) {
		if (!isBlank(person.policyCode())) {
			for (InsuredPerson candidate : known) {
				if (person.policyCode().equals(candidate.policyCode())) {
					return candidate;
				}
			}
		}
		if (position < known.size() && Objects.equals(known.get(position).name(), person.name())) {
			return known.get(position);
		}
		List<InsuredPerson> sameName = known.stream().filter(k -> Objects.equals(k.name(), person.name())).toList();
		return sameName.size() == 1 ? sameName.get(0) : null;
	}

	/**
	 * Partners mask card numbers (e.g. {@code 110105********002X}); should one ever arrive in clear
	 * it is masked here, because the portal never stores a full ID number.
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

	private static LocalDate birthday(LocalDate reported, InsuredPerson old) {
		if (reported != null) {
			return reported;
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
		if (!isBlank(value)) {
			return value;
		}
		return old != null ? known.apply(old) : null;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	/** {@code partnerUnavailable}: the pull was due but the partner did not answer. */
	public record PageView(Order order, boolean partnerUnavailable) {
	}

}

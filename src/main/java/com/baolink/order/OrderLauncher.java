package com.baolink.order;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import com.baolink.catalog.Channel;
import com.baolink.order.SalesChannel.Answer;
import com.baolink.order.SalesChannel.PreOrder;
import com.baolink.order.validation.CardTypes;

/**
 * Launches a purchase on a channel that takes pre-orders (AiGouBao): the member is admitted by the
 * channel, the order row is written (and committed) before the partner is called, then the
 * channel's adapter ({@link SalesChannel}) creates the pre-order and the member is sent to the
 * partner's page. A launch
 * token identifies one attempt, so a double click or the back button never creates a second
 * pre-order: the second request finds the first order and is sent where the first one went. Full
 * card numbers exist only in the 7.4 request; the order keeps them masked.
 */
@Service
public class OrderLauncher {

	private static final Logger log = LoggerFactory.getLogger(OrderLauncher.class);

	/** When reconciliation first looks at a new pre-order if no callback came. */
	static final Duration FIRST_SYNC = Duration.ofMinutes(2);

	private static final int SERIAL_ATTEMPTS = 3;

	private final Orders orders;

	/** The channel of the portal's own buy form. */
	private static final Channel CHANNEL = Channel.AIGOUBAO;

	private final SalesChannels channels;

	private final OutSerialNumbers serialNumbers;

	private final OrderSearchKeys searchKeys;

	private final Clock clock;

	private final OrderPersonalData personalData;

	OrderLauncher(Orders orders, SalesChannels channels, OutSerialNumbers serialNumbers, OrderSearchKeys searchKeys,
			Clock clock, OrderPersonalData personalData) {
		this.personalData = personalData;
		this.orders = orders;
		this.searchKeys = searchKeys;
		this.channels = channels;
		this.serialNumbers = serialNumbers;
		this.clock = clock;
	}

	public Outcome launch(LaunchRequest request) {
		var existing = this.orders.findByLaunchToken(request.launchToken());
		if (existing.isPresent()) {
			return again(existing.get(), request);
		}
		SalesChannel channel = this.channels.get(CHANNEL);
		Answer admission = channel.admit(request.memberId());
		if (admission instanceof Answer.Refused refused) {
			return Outcome.refused(null, refused.partnerMessage());
		}
		if (!(admission instanceof Answer.Admitted)) {
			return Outcome.partnerDown();
		}
		Order order;
		try {
			order = insert(request);
		}
		catch (DataAccessException ex) {
			if (!isDuplicateKey(ex)) {
				throw ex;
			}
			// A concurrent submit of the same form won the insert.
			return this.orders.findByLaunchToken(request.launchToken())
				.map(first -> sameLauncher(first, request) ? whereTo(first, request) : Outcome.tokenRejected())
				.orElseThrow(() -> ex);
		}
		return callPartner(channel, order, request);
	}

	/** The same launch token came again: never a second pre-order, but a failed launch is retried. */
	private Outcome again(Order order, LaunchRequest request) {
		if (!sameLauncher(order, request)) {
			return Outcome.tokenRejected();
		}
		if (order.getStatus() != OrderStatus.LAUNCH_FAILED) {
			return whereTo(order, request);
		}
		SalesChannel channel = this.channels.get(order.getChannel());
		Answer admission = channel.admit(request.memberId());
		if (admission instanceof Answer.Refused refused) {
			return Outcome.refused(order.getId(), refused.partnerMessage());
		}
		if (!(admission instanceof Answer.Admitted)) {
			return Outcome.unavailable(order.getId());
		}
		Instant now = this.clock.instant();
		order.amendLaunch(request.payType(), request.productCode(), request.productName(), request.planCode(),
				request.planName(), request.coverStart(), request.coverEnd(), holderName(request),
				maskedInsured(request), now);
		order.relaunch(now);
		try {
			order = this.orders.save(order);
			this.personalData.replace(order.getId(), request.holder(), request.insured());
		}
		catch (OptimisticLockingFailureException ex) {
			// Two retries of the same form at once: the other one is calling the partner.
			return whereTo(this.orders.findById(order.getId()).orElseThrow(), request);
		}
		this.searchKeys.record(order.getId(), request);
		log.info("Retrying launch of order {} ({})", order.getId(), order.getOutSerialNo());
		return callPartner(channel, order, request);
	}

	/** The same member's launch, and for a share-link launch the same link. */
	private static boolean sameLauncher(Order order, LaunchRequest request) {
		if (!order.belongsTo(request.memberId())) {
			return false;
		}
		return request.sharing() == null ? order.getShareLinkId() == null
				: order.isFromShareLink(request.sharing().shareLinkId());
	}

	private Outcome whereTo(Order order, LaunchRequest request) {
		if (order.getStatus() == OrderStatus.LAUNCHED && order.getPayUrl() != null) {
			return Outcome.redirect(order.getPayUrl(), order.getId());
		}
		return Outcome.redirect(returnPath(order, request), order.getId());
	}

	/** Where the buyer comes back to: the member's order page, or the customer's own status page. */
	private static String returnPath(Order order, LaunchRequest request) {
		return request.sharing() == null ? "/orders/" + order.getId()
				: request.sharing().returnPath().apply(order.getId());
	}

	private Order insert(LaunchRequest request) {
		for (int attempt = 1;; attempt++) {
			Order order = Order.launch(request.memberId(), CHANNEL, request.payType(),
					this.serialNumbers.next(), request.launchToken(), request.productCode(), request.productName(),
					request.planCode(), request.planName(), request.coverStart(), request.coverEnd(), holderName(request),
					maskedInsured(request), this.clock.instant());
			if (request.sharing() != null) {
				order.boughtThroughShareLink(request.sharing().shareLinkId(), request.sharing().customerName());
			}
			try {
				Order saved = this.orders.save(order);
				// full ID numbers and mobiles, encrypted (the aggregate keeps them masked)
				this.personalData.replace(saved.getId(), request.holder(), request.insured());
				this.searchKeys.record(saved.getId(), request);
				return saved;
			}
			catch (DataAccessException ex) {
				if (!isDuplicateKey(ex)) {
					throw ex;
				}
				boolean tokenTaken = this.orders.findByLaunchToken(request.launchToken()).isPresent();
				if (tokenTaken || attempt >= SERIAL_ATTEMPTS) {
					throw ex;
				}
				// Otherwise the random serial number collided: draw another one.
			}
		}
	}

	private Outcome callPartner(SalesChannel channel, Order order, LaunchRequest request) {
		try (MDC.MDCCloseable logContext = OrderLogContext.of(order.getId())) {
			return callPartnerLogged(channel, order, request);
		}
	}

	private Outcome callPartnerLogged(SalesChannel channel, Order order, LaunchRequest request) {
		Answer answer = channel.launch(preOrder(order, request));
		if (answer instanceof Answer.Launched launched) {
			if (isBlank(launched.partnerOrderCode()) || !isUsableRedirect(launched.redirectUrl())) {
				log.warn("Pre-order of order {} ({}) answered without a usable url/order code", order.getId(),
						order.getOutSerialNo());
				failed(order, order.getChannel() + " unavailable: pre-order answer without a usable url/order code");
				return Outcome.unavailable(order.getId());
			}
			preOrderCreated(order, launched);
			log.info("Order {} ({}) launched at {} as {}", order.getId(), order.getOutSerialNo(), order.getChannel(),
					launched.partnerOrderCode());
			return Outcome.redirect(launched.redirectUrl(), order.getId());
		}
		if (answer instanceof Answer.Refused refused) {
			failed(order, refused.reason());
			return Outcome.refused(order.getId(), refused.partnerMessage());
		}
		failed(order, ((Answer.Unavailable) answer).reason());
		return Outcome.unavailable(order.getId());
	}

	private void preOrderCreated(Order order, Answer.Launched result) {
		Instant now = this.clock.instant();
		order.preOrderCreated(result.partnerOrderCode(), result.redirectUrl(), now, now.plus(FIRST_SYNC));
		try {
			this.orders.save(order);
		}
		catch (OptimisticLockingFailureException ex) {
			// A partner callback touched the order meanwhile: apply the answer to the fresh row.
			Order fresh = this.orders.findById(order.getId()).orElseThrow();
			fresh.preOrderCreated(result.partnerOrderCode(), result.redirectUrl(), now, now.plus(FIRST_SYNC));
			this.orders.save(fresh);
		}
	}

	private void failed(Order order, String reason) {
		order.launchFailed(reason, this.clock.instant());
		try {
			this.orders.save(order);
		}
		catch (OptimisticLockingFailureException ex) {
			Order fresh = this.orders.findById(order.getId()).orElseThrow();
			fresh.launchFailed(reason, this.clock.instant());
			this.orders.save(fresh);
		}
	}

	private static PreOrder preOrder(Order order, LaunchRequest request) {
		return new PreOrder(request.memberId(), order.getId(), order.getOutSerialNo(), request.payType(),
				request.productCode(), request.productName(), request.coverStart(), request.coverEnd(), request.holder(),
				request.insured(), returnPath(order, request));
	}

	private static List<InsuredPerson> maskedInsured(LaunchRequest request) {
		return request.insured()
			.stream()
			.map(person -> InsuredPerson.prefilled(person.name(), person.cardType(),
					CardTypes.mask(person.cardType(), person.cardNo()), person.birthday(), person.gender(),
					person.relation()))
			.toList();
	}

	private static String holderName(LaunchRequest request) {
		return request.holder() == null ? null : request.holder().name();
	}

	/**
	 * The partner's page must be an absolute http(s) address with a host: never a script URL nor a
	 * "relative" path such as {@code /\evil.example} that browsers treat as another site.
	 */
	static boolean isUsableRedirect(String url) {
		if (url == null || url.isBlank()) {
			return false;
		}
		try {
			URI uri = new URI(url.strip());
			String scheme = uri.getScheme();
			return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null
					&& !uri.getHost().isBlank();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	/** Spring Data JDBC wraps the driver's duplicate-key error in its own action exception. */
	private static boolean isDuplicateKey(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DuplicateKeyException) {
				return true;
			}
		}
		return false;
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	/**
	 * What to buy, for whom; card numbers in full (they go to the partner and nowhere else).
	 * {@code sharing} is set when an end customer buys through the member's share link.
	 */
	public record LaunchRequest(long memberId, String launchToken, String productCode, String productName,
			String planCode, String planName, PayType payType, LocalDate coverStart, LocalDate coverEnd, Person holder,
			List<Person> insured, Sharing sharing) {

		public LaunchRequest {
			insured = List.copyOf(insured);
		}

		/** A member's own purchase. */
		public LaunchRequest(long memberId, String launchToken, String productCode, String productName,
				String planCode, String planName, PayType payType, LocalDate coverStart, LocalDate coverEnd,
				Person holder, List<Person> insured) {
			this(memberId, launchToken, productCode, productName, planCode, planName, payType, coverStart, coverEnd,
					holder, insured, null);
		}

		/** The same request made by an end customer through share link {@code sharing}. */
		public LaunchRequest through(Sharing sharing) {
			return new LaunchRequest(this.memberId, this.launchToken, this.productCode, this.productName, this.planCode,
					this.planName, this.payType, this.coverStart, this.coverEnd, this.holder, this.insured, sharing);
		}

	}

	/**
	 * An end customer's purchase through the member's share link: the order records the link and the
	 * customer's name, and the partner's {@code returnPage} is the customer's own status page
	 * ({@code returnPath} of the new order's id, a path under the portal).
	 */
	public record Sharing(long shareLinkId, String customerName, LongFunction<String> returnPath) {
	}

	/** A holder or insured person with the full card number; {@link #toString()} masks it. */
	public record Person(String name, String cardType, String cardNo, LocalDate birthday, String gender, String mobile,
			String relation) {

		@Override
		public String toString() {
			return "Person[" + this.name + ", " + this.cardType + ", " + CardTypes.mask(this.cardType, this.cardNo) + "]";
		}

	}

	/** Where the member goes next, or why the launch did not reach the partner's page. */
	public record Outcome(Kind kind, String redirectUrl, Long orderId, String partnerMessage) {

		public enum Kind {

			/** Send the browser to {@code redirectUrl}. */
			REDIRECT,
			/** The partner refused; {@code partnerMessage} says why. */
			REFUSED,
			/** The partner did not answer; the order (if any) is saved as failed and can be retried. */
			UNAVAILABLE,
			/** The partner did not answer before any order was written. */
			PARTNER_DOWN,
			/** The launch token belongs to someone else: the form must be submitted afresh. */
			TOKEN_REJECTED

		}

		static Outcome redirect(String url, Long orderId) {
			return new Outcome(Kind.REDIRECT, url, orderId, null);
		}

		static Outcome refused(Long orderId, String partnerMessage) {
			return new Outcome(Kind.REFUSED, null, orderId, partnerMessage);
		}

		static Outcome unavailable(Long orderId) {
			return new Outcome(Kind.UNAVAILABLE, null, orderId, null);
		}

		static Outcome partnerDown() {
			return new Outcome(Kind.PARTNER_DOWN, null, null, null);
		}

		static Outcome tokenRejected() {
			return new Outcome(Kind.TOKEN_REJECTED, null, null, null);
		}

	}

}

package com.baolink.partner.aigoubao.channel;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import com.baolink.catalog.Channel;
import com.baolink.infrastructure.web.PublicUrls;
import com.baolink.member.AigoubaoRegistration;
import com.baolink.member.Member;
import com.baolink.order.Order;
import com.baolink.order.OrderLauncher.Person;
import com.baolink.order.SalesChannel;
import com.baolink.partner.PartnerUnavailableException;
import com.baolink.partner.aigoubao.AigoubaoApi;
import com.baolink.partner.aigoubao.AigoubaoApi.CallPriority;
import com.baolink.partner.aigoubao.AigoubaoApi.HolderInfo;
import com.baolink.partner.aigoubao.AigoubaoApi.InsuredInfo;
import com.baolink.partner.aigoubao.AigoubaoApi.PreOrderRequest;
import com.baolink.partner.aigoubao.AigoubaoApi.PreOrderResult;
import com.baolink.partner.aigoubao.AigoubaoException;
import com.baolink.partner.aigoubao.AigoubaoProperties;

/**
 * AiGouBao as a {@link SalesChannel}: registration (7.1) admits a member, the pre-order (7.4)
 * launches an order, the order detail (7.11, with 7.6's policy links) is its pull
 * ({@link AigoubaoOrderPull}). Refusals with AiGouBao's configuration codes (2000/2009/5000) are our own
 * fault, not the order's: they are answered as unavailable, so the order can be retried once staff
 * fixed the configuration.
 */
@Component
class AigoubaoSalesChannel implements SalesChannel {

	private static final Logger log = LoggerFactory.getLogger(AigoubaoSalesChannel.class);

	/** The notify URLs of the callback inbox, given to AiGouBao in every pre-order. */
	static final String DELIVER_CALLBACK = "/callbacks/aigoubao/deliver";

	static final String SURRENDER_CALLBACK = "/callbacks/aigoubao/surrender";

	static final String REFUND_CALLBACK = "/callbacks/aigoubao/refund";

	private static final Capabilities CAPABILITIES = new Capabilities(true, true, true, true, true, true);

	private final AigoubaoApi api;

	private final AigoubaoRegistration registration;

	private final AigoubaoProperties aigoubao;

	private final PublicUrls publicUrls;

	private final AigoubaoOrderPull orderPull;

	AigoubaoSalesChannel(AigoubaoApi api, AigoubaoRegistration registration, AigoubaoProperties aigoubao,
			PublicUrls publicUrls, AigoubaoOrderPull orderPull) {
		this.api = api;
		this.registration = registration;
		this.aigoubao = aigoubao;
		this.publicUrls = publicUrls;
		this.orderPull = orderPull;
	}

	@Override
	public Channel channel() {
		return Channel.AIGOUBAO;
	}

	@Override
	public Capabilities capabilities() {
		return CAPABILITIES;
	}

	@Override
	public Answer admit(long memberId) {
		try {
			this.registration.ensureRegistered(memberId);
			return new Answer.Admitted();
		}
		catch (AigoubaoException ex) {
			log.warn("AiGouBao registration of member {} refused: {}", memberId, ex.getMessage());
			return refusal(ex);
		}
		catch (PartnerUnavailableException ex) {
			log.warn("AiGouBao registration of member {} failed: {}", memberId, ex.getMessage());
			return new Answer.Unavailable("AiGouBao unavailable: " + ex.getMessage());
		}
	}

	@Override
	public Answer launch(PreOrder preOrder) {
		try {
			Member member = this.registration.ensureRegistered(preOrder.memberId());
			PreOrderResult result = this.api.addTemp(request(preOrder, member), CallPriority.USER);
			if (result == null) {
				return new Answer.Unavailable("AiGouBao unavailable: AiGouBao pre-order answer without data");
			}
			return new Answer.Launched(result.tempOrderCode(), result.url());
		}
		catch (AigoubaoException ex) {
			log.warn("AiGouBao refused pre-order of order {} ({}): {}", preOrder.orderId(), preOrder.outSerialNo(),
					ex.getMessage());
			return refusal(ex);
		}
		catch (PartnerUnavailableException ex) {
			log.warn("AiGouBao pre-order of order {} ({}) failed: {}", preOrder.orderId(), preOrder.outSerialNo(),
					ex.getMessage());
			return new Answer.Unavailable("AiGouBao unavailable: " + ex.getMessage());
		}
	}

	/**
	 * 7.11 (and 7.6 once issued). AiGouBao's refusals ({@link AigoubaoException}, the rate budget's
	 * {@link com.baolink.partner.aigoubao.RateBudgetExhaustedException}) and
	 * {@link PartnerUnavailableException} reach the caller as they are: the callers retry on their own
	 * schedule.
	 */
	@Override
	public Optional<PulledState> pull(Order order, PullPriority priority) {
		return this.orderPull.pull(order, priority);
	}

	/** 2000/2009/5000 are our own configuration, not a refusal of this order: staff are alerted. */
	private static Answer refusal(AigoubaoException ex) {
		String reason = "AiGouBao " + ex.rawCode() + ": " + ex.partnerMessage();
		return ex.code().configurationFault() ? new Answer.Unavailable(reason)
				: new Answer.Refused(ex.partnerMessage(), reason);
	}

	private PreOrderRequest request(PreOrder preOrder, Member member) {
		Person holder = preOrder.holder();
		HolderInfo holderInfo = holder == null ? null
				: new HolderInfo(holder.name(), AigoubaoCodes.cardType(holder.cardType()), holder.cardNo(),
						format(holder.birthday()), holder.gender(), holder.mobile(), null);
		List<InsuredInfo> insured = preOrder.insured()
			.stream()
			.map(person -> new InsuredInfo(person.name(), AigoubaoCodes.cardType(person.cardType()), person.cardNo(),
					format(person.birthday()), person.gender(), person.mobile(), null,
					AigoubaoCodes.relation(person.relation())))
			.toList();
		return new PreOrderRequest(this.aigoubao.distrCode(), member.mobile(), member.aigoubaoMemberId(),
				preOrder.outSerialNo(), AigoubaoCodes.payType(preOrder.payType()), preOrder.productCode(),
				preOrder.productName(), this.publicUrls.absolute(DELIVER_CALLBACK),
				this.publicUrls.absolute(SURRENDER_CALLBACK), this.publicUrls.absolute(REFUND_CALLBACK),
				this.publicUrls.absolute(preOrder.returnPath()), format(preOrder.coverStart()),
				format(preOrder.coverEnd()), holderInfo, insured.isEmpty() ? null : insured);
	}

	private static String format(LocalDate date) {
		return date == null ? null : date.toString();
	}

}

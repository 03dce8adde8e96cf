package com.baolink.member;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import com.baolink.partner.aigoubao.AigoubaoApi;
import com.baolink.partner.aigoubao.AigoubaoApi.CallPriority;
import com.baolink.partner.aigoubao.AigoubaoApi.RegisterResult;
import com.baolink.partner.aigoubao.AigoubaoDistributor;
import com.baolink.partner.PartnerUnavailableException;

/**
 * A member must be registered with AiGouBao (7.1) before any other call on their behalf. This
 * registers a member the first time it is needed and keeps the {@code memberId} AiGouBao returns.
 */
@Service
public class AigoubaoRegistration {

	private static final Logger log = LoggerFactory.getLogger(AigoubaoRegistration.class);

	private final AigoubaoApi api;

	private final AigoubaoDistributor distributor;

	private final Members members;

	AigoubaoRegistration(AigoubaoApi api, AigoubaoDistributor distributor, Members members) {
		this.api = api;
		this.distributor = distributor;
		this.members = members;
	}

	/**
	 * The member, registered with AiGouBao. Throws what the API throws when registration fails
	 * ({@code AigoubaoException}, {@code PartnerUnavailableException}).
	 */
	public Member ensureRegistered(long memberId) {
		Member member = this.members.findById(memberId)
			.orElseThrow(() -> new IllegalArgumentException("No member " + memberId));
		if (member.aigoubaoMemberId() != null && !member.aigoubaoMemberId().isBlank()) {
			return member;
		}
		RegisterResult result = this.api.register(this.distributor.register(member.mobile(), member.company(),
				member.province(), member.city(), member.displayName(), member.address()), CallPriority.USER);
		if (result == null || result.memberId() == null || result.memberId().isBlank()) {
			throw new PartnerUnavailableException("AiGouBao registration answered without a memberId", null);
		}
		Member registered = this.members.save(member.withAigoubaoMemberId(result.memberId().strip()));
		log.info("Member {} registered with AiGouBao as {}", memberId, registered.aigoubaoMemberId());
		return registered;
	}

}

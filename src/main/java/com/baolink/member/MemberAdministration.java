package com.baolink.member;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.baolink.audit.AuditAction;
import com.baolink.audit.AuditTrail;

import com.baolink.infrastructure.security.LoginThrottle;
import com.baolink.partner.PartnerUnavailableException;
import com.baolink.partner.aigoubao.AigoubaoException;

/**
 * Staff's changes to channel members: register one (the row first, then AiGouBao 7.1 if asked, so a
 * partner refusal never loses the member), edit, set a password, enable or disable the login.
 * Staff accounts are not members and are never found here.
 */
@Service
public class MemberAdministration {

	private static final Logger log = LoggerFactory.getLogger(MemberAdministration.class);

	private final Members members;

	private final PasswordEncoder encoder;

	private final AigoubaoRegistration registration;

	private final Clock clock;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final PasswordChangeGate passwordChange;

	private final LoginThrottle throttle;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	MemberAdministration(Members members, PasswordEncoder encoder, AigoubaoRegistration registration, Clock clock,
			FindByIndexNameSessionRepository<? extends Session> sessions, PasswordChangeGate passwordChange,
			LoginThrottle throttle, AuditTrail audit, PlatformTransactionManager transactionManager) {
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactionManager);
		this.passwordChange = passwordChange;
		this.throttle = throttle;
		this.members = members;
		this.encoder = encoder;
		this.registration = registration;
		this.clock = clock;
		this.sessions = sessions;
	}

	/** The channel member with that id; empty for a staff account or an unknown id. */
	public Optional<Member> member(long id) {
		return this.members.findById(id).filter(member -> !member.isStaff());
	}

	public boolean loginTaken(String mobile) {
		return this.members.findByLogin(mobile).isPresent();
	}

	/**
	 * Saves a new member from a validated form, with its audit row, in one transaction; empty when
	 * the mobile number is already a login (also when another request took it a moment ago).
	 */
	public Optional<Member> create(MemberFormData form) {
		if (loginTaken(form.getMobile())) {
			return Optional.empty();
		}
		Member member = Member.newMember(form.getMobile(), form.getDisplayName(), this.encoder.encode(form.getPassword()),
				form.getCompany(), form.getProvince(), form.getCity(), form.getAddress(), form.isCreditAllowed(),
				this.clock.instant());
		try {
			return Optional.of(this.transactions.execute(status -> {
				Member saved = this.members.save(member);
				this.passwordChange.require(saved.id(), true);
				this.audit.record(AuditAction.MEMBER_CREATED, saved.id(), AccountAudit.summary(saved), null,
						AccountAudit.member(saved));
				log.info("Member {} created by staff", saved.id());
				return saved;
			}));
		}
		catch (DuplicateKeyException ex) {
			return Optional.empty();
		}
	}

	/** AiGouBao 7.1 for the member now (user priority); the outcome says what the partner answered. */
	public RegistrationOutcome register(Member member) {
		try {
			Member registered = this.registration.ensureRegistered(member.id());
			if (member.aigoubaoMemberId() == null || member.aigoubaoMemberId().isBlank()) {
				this.audit.record(AuditAction.MEMBER_REGISTERED, member.id(), AccountAudit.summary(registered),
						java.util.Collections.singletonMap("aigoubaoMemberId", null),
						java.util.Map.of("aigoubaoMemberId", registered.aigoubaoMemberId()));
			}
			return RegistrationOutcome.registered(registered.aigoubaoMemberId());
		}
		catch (AigoubaoException ex) {
			log.warn("AiGouBao refused to register member {}: {} {}", member.id(), ex.rawCode(), ex.partnerMessage());
			return RegistrationOutcome.refused(ex.partnerMessage());
		}
		catch (PartnerUnavailableException ex) {
			log.warn("AiGouBao unavailable registering member {}: {}", member.id(), ex.getMessage());
			return RegistrationOutcome.notReachable();
		}
	}

	@Transactional
	public Member update(Member member, MemberFormData form) {
		Member saved = this.members.save(new Member(member.id(), member.login(), form.getDisplayName(),
				member.passwordHash(), member.role(), member.mobile(), form.getCompany(), form.getProvince(),
				form.getCity(), form.getAddress(), form.isCreditAllowed(), member.aigoubaoMemberId(), member.enabled(),
				member.createdAt()));
		this.audit.record(AuditAction.MEMBER_CHANGED, member.id(), AccountAudit.summary(saved),
				AccountAudit.member(member), AccountAudit.member(saved));
		return saved;
	}

	/** A new password, already checked against {@link MemberPasswordRule}; sessions opened with the old one end. */
	@Transactional
	public void changePassword(Member member, String password) {
		this.members.save(new Member(member.id(), member.login(), member.displayName(), this.encoder.encode(password),
				member.role(), member.mobile(), member.company(), member.province(), member.city(), member.address(),
				member.creditAllowed(), member.aigoubaoMemberId(), member.enabled(), member.createdAt()));
		this.passwordChange.require(member.id(), true);
		this.audit.record(AuditAction.MEMBER_PASSWORD_SET, member.id(), AccountAudit.summary(member), null,
				AccountAudit.passwordSet());
		log.info("Password of member {} set by staff; to be changed at next login", member.id());
		endSessionsOf(member);
	}

	/** Until when the member's login is locked after wrong passwords; empty when it is not. */
	public Optional<java.time.Instant> lockedUntil(Member member) {
		return this.throttle.accountLockedUntil(member.login());
	}

	@Transactional
	public void unlock(Member member) {
		java.util.Optional<java.time.Instant> until = lockedUntil(member);
		if (this.throttle.unlockAccount(member.login())) {
			this.audit.record(AuditAction.MEMBER_UNLOCKED, member.id(), AccountAudit.summary(member),
					java.util.Collections.singletonMap("lockedUntil", until.map(String::valueOf).orElse(null)),
					java.util.Collections.singletonMap("lockedUntil", null));
			log.info("Login lock of member {} lifted by staff", member.id());
		}
	}

	/**
	 * Enables or disables the login. Disabling also ends the member's open sessions on every node
	 * (they live in the database), so the member is out at once.
	 */
	@Transactional
	public void setEnabled(Member member, boolean enabled) {
		Member saved = this.members.save(member.withEnabled(enabled));
		if (member.enabled() != enabled) {
			this.audit.record(enabled ? AuditAction.MEMBER_ENABLED : AuditAction.MEMBER_DISABLED, member.id(),
					AccountAudit.summary(member), Map.of("enabled", member.enabled()), Map.of("enabled", saved.enabled()));
		}
		log.info("Member {} {} by staff", member.id(), enabled ? "enabled" : "disabled");
		if (!enabled) {
			endSessionsOf(member);
		}
	}

	void endSessionsOf(Member member) {
		var open = this.sessions.findByPrincipalName(member.login()).keySet();
		open.forEach(this.sessions::deleteById);
		if (!open.isEmpty()) {
			log.info("Ended {} open session(s) of member {}", open.size(), member.id());
		}
	}

	/** What AiGouBao answered to 7.1: registered, refused with its message, or not reachable. */
	public record RegistrationOutcome(String aigoubaoMemberId, String partnerMessage, boolean unavailable) {

		static RegistrationOutcome registered(String aigoubaoMemberId) {
			return new RegistrationOutcome(aigoubaoMemberId, null, false);
		}

		static RegistrationOutcome refused(String partnerMessage) {
			return new RegistrationOutcome(null, partnerMessage == null ? "" : partnerMessage, false);
		}

		static RegistrationOutcome notReachable() {
			return new RegistrationOutcome(null, null, true);
		}

		public boolean succeeded() {
			return this.aigoubaoMemberId != null;
		}

	}

}

package com.baolink.member;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An account holder's own password change; it clears the "must change" flag. */
@Service
class OwnPasswordChange {

	private static final Logger log = LoggerFactory.getLogger(OwnPasswordChange.class);

	private final Members members;

	private final PasswordEncoder encoder;

	private final PasswordChangeGate gate;

	OwnPasswordChange(Members members, PasswordEncoder encoder, PasswordChangeGate gate) {
		this.members = members;
		this.encoder = encoder;
		this.gate = gate;
	}

	Optional<Member> member(PortalUser user) {
		return user == null ? Optional.empty() : this.members.findById(user.memberId());
	}

	boolean matches(Member member, String password) {
		return this.encoder.matches(password, member.passwordHash());
	}

	boolean required(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && Boolean.TRUE.equals(session.getAttribute(PasswordChangeGate.SESSION_FLAG));
	}

	@Transactional
	void change(Member member, String password, HttpServletRequest request) {
		this.members.save(new Member(member.id(), member.login(), member.displayName(), this.encoder.encode(password),
				member.role(), member.mobile(), member.company(), member.province(), member.city(), member.address(),
				member.creditAllowed(), member.aigoubaoMemberId(), member.enabled(), member.createdAt()));
		this.gate.require(member.id(), false);
		PasswordChangeGate.satisfied(request);
		log.info("Account {} changed its own password", member.id());
	}

}

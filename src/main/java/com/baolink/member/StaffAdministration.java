package com.baolink.member;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.baolink.audit.AuditAction;
import com.baolink.audit.AuditTrail;
import com.baolink.member.Member.Role;

/**
 * Admins manage staff users: create one with a one-time password, change name and role, disable or
 * enable, reset the password. Disabling, a role change and a reset end the user's open sessions (a
 * session keeps the role it logged in with). An admin cannot disable, demote or reset themselves, so
 * the portal always keeps an admin. Every change is audited in the same transaction.
 */
@Service
class StaffAdministration {

	private static final Logger log = LoggerFactory.getLogger(StaffAdministration.class);

	private final Members members;

	private final PasswordEncoder encoder;

	private final PasswordChangeGate passwordChange;

	private final MemberAdministration memberAdministration;

	private final AuditTrail audit;

	private final Clock clock;

	private final TransactionTemplate transactions;

	StaffAdministration(Members members, PasswordEncoder encoder, PasswordChangeGate passwordChange,
			MemberAdministration memberAdministration, AuditTrail audit, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.members = members;
		this.encoder = encoder;
		this.passwordChange = passwordChange;
		this.memberAdministration = memberAdministration;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every staff account, by login. */
	List<Member> all() {
		return this.members.findAll()
			.stream()
			.filter(Member::isStaff)
			.sorted(java.util.Comparator.comparing(Member::login))
			.toList();
	}

	Optional<Member> staff(long id) {
		return this.members.findById(id).filter(Member::isStaff);
	}

	boolean loginTaken(String login) {
		return this.members.findByLogin(login).isPresent();
	}

	/**
	 * A new staff user from a validated form, with its audit row, in one transaction; empty when the
	 * username is taken (also by another request a moment ago).
	 */
	Optional<Created> create(StaffFormData form) {
		if (loginTaken(form.getUsername())) {
			return Optional.empty();
		}
		String password = OneTimePassword.generate(form.getUsername());
		Member account = Member.newStaff(form.getUsername(), form.getDisplayName().strip(), this.encoder.encode(password),
				form.staffRole(), this.clock.instant());
		try {
			Member staff = this.transactions.execute(status -> {
				Member saved = this.members.save(account);
				this.passwordChange.require(saved.id(), true);
				this.audit.record(AuditAction.STAFF_CREATED, saved.id(), AccountAudit.summary(saved), null,
						AccountAudit.staff(saved));
				return saved;
			});
			log.info("Staff user {} ({}) created", staff.id(), staff.role());
			return Optional.of(new Created(staff, password));
		}
		catch (DuplicateKeyException ex) {
			return Optional.empty();
		}
	}

	/** New name and role; a role change ends the user's sessions. Refused for the acting admin's own role. */
	@Transactional
	Member update(Member staff, StaffFormData form, long actingId) {
		Role role = form.staffRole();
		if (staff.id() == actingId && role != staff.role()) {
			throw new StaffChangeRefused("staff.error.ownRole");
		}
		Member saved = this.members.save(staff.withStaffDetails(form.getDisplayName().strip(), role));
		if (role != staff.role()) {
			this.audit.record(AuditAction.STAFF_ROLE_CHANGED, staff.id(), AccountAudit.summary(saved),
					AccountAudit.staff(staff), AccountAudit.staff(saved));
			this.memberAdministration.endSessionsOf(staff);
			log.info("Staff user {} now has role {}", staff.id(), role);
		}
		else if (!saved.displayName().equals(staff.displayName())) {
			this.audit.record(AuditAction.STAFF_CHANGED, staff.id(), AccountAudit.summary(saved),
					AccountAudit.staff(staff), AccountAudit.staff(saved));
		}
		return saved;
	}

	@Transactional
	void setEnabled(Member staff, boolean enabled, long actingId) {
		if (staff.id() == actingId && !enabled) {
			throw new StaffChangeRefused("staff.error.ownDisable");
		}
		if (staff.enabled() == enabled) {
			return;
		}
		Member saved = this.members.save(staff.withEnabled(enabled));
		this.audit.record(enabled ? AuditAction.STAFF_ENABLED : AuditAction.STAFF_DISABLED, staff.id(),
				AccountAudit.summary(saved), Map.of("enabled", staff.enabled()), Map.of("enabled", enabled));
		log.info("Staff user {} {}", staff.id(), enabled ? "enabled" : "disabled");
		if (!enabled) {
			this.memberAdministration.endSessionsOf(staff);
		}
	}

	/** A new one-time password (returned to be shown once); the user's sessions end. */
	@Transactional
	String resetPassword(Member staff, long actingId) {
		if (staff.id() == actingId) {
			throw new StaffChangeRefused("staff.error.ownPassword");
		}
		String password = OneTimePassword.generate(staff.login());
		this.members.save(staff.withPasswordHash(this.encoder.encode(password)));
		this.passwordChange.require(staff.id(), true);
		this.audit.record(AuditAction.STAFF_PASSWORD_RESET, staff.id(), AccountAudit.summary(staff), null,
				AccountAudit.passwordSet());
		this.memberAdministration.endSessionsOf(staff);
		log.info("Password of staff user {} reset; to be changed at next login", staff.id());
		return password;
	}

	/** A created staff user and the one-time password to show once. */
	record Created(Member staff, String password) {

		@Override
		public String toString() {
			return "Created[" + this.staff.id() + "]";
		}

	}

	/** A change the acting admin may not make to their own account; {@link #messageKey()} says why. */
	static final class StaffChangeRefused extends RuntimeException {

		private final String messageKey;

		StaffChangeRefused(String messageKey) {
			super(messageKey, null, false, false);
			this.messageKey = messageKey;
		}

		String messageKey() {
			return this.messageKey;
		}

	}

}

package com.baolink.member;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A portal account. Members (channel agents) log in with their mobile number; staff with a
 * username. {@code aigoubaoMemberId} is set once the member is registered with AiGouBao (7.1).
 */
@Table("member")
public record Member(@Id Long id, String login, String displayName, String passwordHash, Role role, String mobile,
		String company, String province, String city, String address, boolean creditAllowed,
		String aigoubaoMemberId, boolean enabled, Instant createdAt) {

	/**
	 * MEMBER is a channel member; the others are distributor staff. ADMIN may do everything (staff
	 * users included), FINANCE credit approvals, invoices and exports, SUPPORT only reads. Which URL
	 * needs which role is in one place: {@code infrastructure/security/StaffAccess}.
	 */
	public enum Role {

		MEMBER, ADMIN, FINANCE, SUPPORT;

		/** The authority every staff account has besides its own role ({@code hasRole('STAFF')}). */
		public static final String STAFF_AUTHORITY = "ROLE_STAFF";

		public boolean isStaff() {
			return this != MEMBER;
		}

		public String authority() {
			return "ROLE_" + name();
		}

	}

	public static Member newMember(String mobile, String displayName, String passwordHash, String company,
			String province, String city, String address, boolean creditAllowed, Instant now) {
		return new Member(null, mobile, displayName, passwordHash, Role.MEMBER, mobile, company, province, city, address,
				creditAllowed, null, true, now);
	}

	public static Member newStaff(String username, String displayName, String passwordHash, Instant now) {
		return newStaff(username, displayName, passwordHash, Role.ADMIN, now);
	}

	public static Member newStaff(String username, String displayName, String passwordHash, Role role, Instant now) {
		if (!role.isStaff()) {
			throw new IllegalArgumentException("not a staff role: " + role);
		}
		return new Member(null, username, displayName, passwordHash, role, null, null, null, null, null, false, null,
				true, now);
	}

	/** The same account with another password hash, display name, role or enabled flag (staff screens). */
	Member withPasswordHash(String hash) {
		return new Member(this.id, this.login, this.displayName, hash, this.role, this.mobile, this.company,
				this.province, this.city, this.address, this.creditAllowed, this.aigoubaoMemberId, this.enabled,
				this.createdAt);
	}

	Member withStaffDetails(String displayName, Role role) {
		return new Member(this.id, this.login, displayName, this.passwordHash, role, this.mobile, this.company,
				this.province, this.city, this.address, this.creditAllowed, this.aigoubaoMemberId, this.enabled,
				this.createdAt);
	}

	Member withEnabled(boolean enabled) {
		return new Member(this.id, this.login, this.displayName, this.passwordHash, this.role, this.mobile,
				this.company, this.province, this.city, this.address, this.creditAllowed, this.aigoubaoMemberId, enabled,
				this.createdAt);
	}

	public Member withAigoubaoMemberId(String memberId) {
		return new Member(this.id, this.login, this.displayName, this.passwordHash, this.role, this.mobile,
				this.company, this.province, this.city, this.address, this.creditAllowed, memberId, this.enabled,
				this.createdAt);
	}

	public boolean isStaff() {
		return this.role.isStaff();
	}

}

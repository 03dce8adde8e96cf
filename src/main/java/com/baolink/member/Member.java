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

	public enum Role {

		MEMBER, ADMIN

	}

	public static Member newMember(String mobile, String displayName, String passwordHash, String company,
			String province, String city, String address, boolean creditAllowed, Instant now) {
		return new Member(null, mobile, displayName, passwordHash, Role.MEMBER, mobile, company, province, city, address,
				creditAllowed, null, true, now);
	}

	public static Member newStaff(String username, String displayName, String passwordHash, Instant now) {
		return new Member(null, username, displayName, passwordHash, Role.ADMIN, null, null, null, null, null, false,
				null, true, now);
	}

	public Member withAigoubaoMemberId(String memberId) {
		return new Member(this.id, this.login, this.displayName, this.passwordHash, this.role, this.mobile,
				this.company, this.province, this.city, this.address, this.creditAllowed, memberId, this.enabled,
				this.createdAt);
	}

	public boolean isStaff() {
		return this.role == Role.ADMIN;
	}

}

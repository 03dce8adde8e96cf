package com.baolink.member;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import com.baolink.audit.AuditedActor;

/** The logged-in account: Spring Security's user plus the member id every query is scoped by. */
public class PortalUser extends User implements AuditedActor {

	private final long memberId;

	private final String displayName;

	private final Member.Role role;

	PortalUser(Member member) {
		super(member.login(), member.passwordHash(), member.enabled(), true, true, true,
				authorities(member.role()));
		this.memberId = member.id();
		this.role = member.role();
		this.displayName = member.displayName();
	}

	public long memberId() {
		return this.memberId;
	}

	@Override
	public String roleCode() {
		return this.role.name();
	}

	@Override
	public String displayName() {
		return this.displayName;
	}

	public Member.Role role() {
		return this.role;
	}

	/** Any staff role (ADMIN, FINANCE, SUPPORT): sees every order, has no member identity to buy with. */
	public boolean isStaff() {
		return this.role.isStaff();
	}

	private static List<SimpleGrantedAuthority> authorities(Member.Role role) {
		return role.isStaff()
				? List.of(new SimpleGrantedAuthority(role.authority()), new SimpleGrantedAuthority(Member.Role.STAFF_AUTHORITY))
				: List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}

package com.baolink.member;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The logged-in account: Spring Security's user plus the member id every query is scoped by. */
public class PortalUser extends User {

	private final long memberId;

	private final String displayName;

	PortalUser(Member member) {
		super(member.login(), member.passwordHash(), member.enabled(), true, true, true,
				List.of(new SimpleGrantedAuthority("ROLE_" + member.role().name())));
		this.memberId = member.id();
		this.displayName = member.displayName();
	}

	public long memberId() {
		return this.memberId;
	}

	public String displayName() {
		return this.displayName;
	}

	public boolean isStaff() {
		return getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
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

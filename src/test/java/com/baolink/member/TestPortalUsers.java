package com.baolink.member;

import java.time.Instant;

/** Logged-in accounts for slice tests ({@code @WebMvcTest}), which have no member table to load them from. */
public final class TestPortalUsers {

	private TestPortalUsers() {
	}

	public static PortalUser member(long id, String mobile) {
		Member member = Member.newMember(mobile, "测试会员", "{noop}unused", "测试公司", "上海市", "上海市", "测试路1号", false,
				Instant.parse("2026-11-01T00:00:00Z"));
		return new PortalUser(withId(member, id));
	}

	public static PortalUser staff(long id, String username) {
		return new PortalUser(withId(Member.newStaff(username, "运营", "{noop}unused", Instant.parse("2026-11-01T00:00:00Z")), id));
	}

	private static Member withId(Member m, long id) {
		return new Member(id, m.login(), m.displayName(), m.passwordHash(), m.role(), m.mobile(), m.company(), m.province(),
				m.city(), m.address(), m.creditAllowed(), m.aigoubaoMemberId(), m.enabled(), m.createdAt());
	}

}

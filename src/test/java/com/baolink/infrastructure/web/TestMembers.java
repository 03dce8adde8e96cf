package com.baolink.infrastructure.web;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.security.crypto.password.PasswordEncoder;

import com.baolink.member.Member;
import com.baolink.member.Members;

/** Fresh members for tests that must not disturb the demo accounts (lock-outs, sessions). */
public final class TestMembers {

	public static final String PASSWORD = "test-Pass-9";

	private static final AtomicInteger sequence = new AtomicInteger();

	private TestMembers() {
	}

	/** Saves a new member with a unique mobile number and {@link #PASSWORD}; returns its login. */
	public static String create(Members members, PasswordEncoder encoder) {
		return create(members, encoder, false);
	}

	/**
	 * A new member not yet registered with AiGouBao, as a real new member is: end-to-end tests use
	 * one instead of a demo account whose partner id other tests may have set to a mock's value.
	 */
	public static String create(Members members, PasswordEncoder encoder, boolean creditAllowed) {
		String mobile = "139" + String.format("%08d", (System.nanoTime() / 1000 + sequence.incrementAndGet()) % 100_000_000L);
		members.save(Member.newMember(mobile, "测试会员", encoder.encode(PASSWORD), "测试公司", "上海市", "上海市", "测试路1号",
				creditAllowed, Instant.now()));
		return mobile;
	}

}

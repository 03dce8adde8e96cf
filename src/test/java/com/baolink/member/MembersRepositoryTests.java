package com.baolink.member;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;

import com.baolink.testsupport.RepositoryTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Portal accounts on the real database. Rolled back after each test. */
@RepositoryTest
class MembersRepositoryTests {

	private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

	@Autowired
	Members members;

	@Test
	void aMemberIsFoundByTheMobileNumberTheyLogInWith() {
		String mobile = uniqueMobile();
		Member saved = this.members.save(Member.newMember(mobile, "张三", "{noop}x", "悦行旅行社", "上海市", "上海市",
				"南京西路1号", true, NOW));

		Member found = this.members.findByLogin(mobile).orElseThrow();

		assertThat(found.id()).isEqualTo(saved.id());
		assertThat(found.role()).isEqualTo(Member.Role.MEMBER);
		assertThat(found.mobile()).isEqualTo(mobile);
		assertThat(found.creditAllowed()).isTrue();
		assertThat(found.enabled()).isTrue();
		assertThat(found.aigoubaoMemberId()).isNull();
	}

	@Test
	void theAigoubaoMemberIdIsKeptOnceRegistered() {
		Member saved = this.members.save(Member.newMember(uniqueMobile(), "李四", "{noop}x", null, null, null, null, false, NOW));

		this.members.save(saved.withAigoubaoMemberId("106225"));

		assertThat(this.members.findById(saved.id()).orElseThrow().aigoubaoMemberId()).isEqualTo("106225");
	}

	@Test
	void staffHaveNoMobileAndAreFoundByUsername() {
		String username = "ops" + System.nanoTime();
		this.members.save(Member.newStaff(username, "运营", "{noop}x", NOW));

		Member staff = this.members.findByLogin(username).orElseThrow();

		assertThat(staff.isStaff()).isTrue();
		assertThat(staff.mobile()).isNull();
	}

	@Test
	void aLoginIsUnique() {
		String mobile = uniqueMobile();
		this.members.save(Member.newMember(mobile, "张三", "{noop}x", null, null, null, null, false, NOW));

		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> this.members
			.save(Member.newMember(mobile, "另一个张三", "{noop}y", null, null, null, null, false, NOW)));
	}

	@Test
	void anUnknownLoginIsNotFound() {
		assertThat(this.members.findByLogin("no-such-login-" + System.nanoTime())).isEmpty();
	}

	private static String uniqueMobile() {
		return "136" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
	}

}

package com.baolink.infrastructure.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.authority.SimpleGrantedAuthority;

import static org.assertj.core.api.Assertions.assertThat;

class LandingTests {

	@Test
	void everyRoleButMemberIsStaff() {
		assertThat(Landing.isStaff(roles("ROLE_ADMIN"))).isTrue();
		assertThat(Landing.isStaff(roles("ROLE_FINANCE", "FACTOR_PASSWORD"))).isTrue();
		assertThat(Landing.isStaff(roles("ROLE_SUPPORT"))).isTrue();
		assertThat(Landing.isStaff(roles("ROLE_MEMBER"))).isFalse();
		assertThat(Landing.isStaff(roles("ROLE_MEMBER", "FACTOR_PASSWORD"))).as("a factor is not a role").isFalse();
		assertThat(Landing.isStaff(roles())).isFalse();
	}

	private static List<SimpleGrantedAuthority> roles(String... names) {
		return java.util.Arrays.stream(names).map(SimpleGrantedAuthority::new).toList();
	}

}

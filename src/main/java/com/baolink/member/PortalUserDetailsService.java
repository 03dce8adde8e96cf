package com.baolink.member;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class PortalUserDetailsService implements UserDetailsService {

	private final Members members;

	PortalUserDetailsService(Members members) {
		this.members = members;
	}

	@Override
	public UserDetails loadUserByUsername(String login) {
		return this.members.findByLogin(login.strip())
			.map(PortalUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

}

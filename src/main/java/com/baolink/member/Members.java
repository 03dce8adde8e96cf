package com.baolink.member;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface Members extends ListCrudRepository<Member, Long> {

	Optional<Member> findByLogin(String login);

}

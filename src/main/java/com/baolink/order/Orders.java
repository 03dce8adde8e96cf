package com.baolink.order;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

import com.baolink.catalog.Channel;

/** Order aggregates. Member-facing lookups always go through {@link #findByIdAndMemberId}. */
public interface Orders extends ListCrudRepository<Order, Long> {

	Optional<Order> findByIdAndMemberId(long id, long memberId);

	Optional<Order> findByLaunchToken(String launchToken);

	Optional<Order> findByChannelAndPartnerRef(Channel channel, String partnerRef);

	Optional<Order> findByOutSerialNo(String outSerialNo);

}

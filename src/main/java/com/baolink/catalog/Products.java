package com.baolink.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

import com.baolink.order.Channel;

/** Catalogue products with their plans. */
public interface Products extends ListCrudRepository<Product, Long> {

	Optional<Product> findByChannelAndCode(Channel channel, String code);

	List<Product> findByEnabledTrueOrderByNameAsc();

}

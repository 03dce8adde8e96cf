package com.baolink.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;


/** Catalogue products with their plans and coverage. */
public interface Products extends ListCrudRepository<Product, Long> {

	Optional<Product> findByChannelAndCode(Channel channel, String code);

	/** Shown products in staff's display order (then by name). */
	List<Product> findByEnabledTrueOrderByDisplayOrderAscNameAsc();

	/** Every product, shown or hidden, in display order: the curation screen. */
	List<Product> findAllByOrderByDisplayOrderAscNameAsc();

	List<Product> findByChannel(Channel channel);

}

package com.baolink.order;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import com.baolink.order.OrderLauncher.LaunchRequest;
import com.baolink.order.OrderLauncher.Person;

/** Writes an order's exact-match search keys (see {@link SearchKeys}) from the full numbers typed at launch. */
@Repository
class OrderSearchKeys {

	private final JdbcClient jdbc;

	private final SearchKeys searchKeys;

	OrderSearchKeys(JdbcClient jdbc, SearchKeys searchKeys) {
		this.searchKeys = searchKeys;
		this.jdbc = jdbc;
	}

	/** Replaces the order's keys with those of {@code request} (holder's ID and mobile, each insured's ID and mobile). */
	@Transactional
	void record(long orderId, LaunchRequest request) {
		Set<Key> keys = new LinkedHashSet<>();
		add(keys, request.holder());
		request.insured().forEach(person -> add(keys, person));
		this.jdbc.sql("DELETE FROM order_search_key WHERE order_id = ?").param(orderId).update();
		for (Key key : keys) {
			this.jdbc.sql("INSERT INTO order_search_key (order_id, kind, key_hash) VALUES (?, ?, ?)")
				.params(orderId, key.kind().name(), key.hash())
				.update();
		}
	}

	private void add(Set<Key> keys, Person person) {
		if (person == null) {
			return;
		}
		this.searchKeys.idNumber(person.cardNo()).ifPresent(hash -> keys.add(new Key(SearchKeys.Kind.ID_NUMBER, hash)));
		this.searchKeys.mobile(person.mobile()).ifPresent(hash -> keys.add(new Key(SearchKeys.Kind.MOBILE, hash)));
	}

	private record Key(SearchKeys.Kind kind, String hash) {
	}

}

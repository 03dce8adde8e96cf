package com.baolink.xiebao;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.baolink.catalog.Product;
import com.baolink.catalog.Products;
import com.baolink.member.Members;
import com.baolink.catalog.Channel;
import com.baolink.order.Order;
import com.baolink.order.OrderStatus;
import com.baolink.order.Orders;
import com.baolink.order.OutSerialNumbers;
import com.baolink.order.PayType;

/**
 * Finds the order a Xiebao notification is about: by its application number; else the member's
 * newest launched Xiebao order of the same product that has no application number yet (the member
 * went from the portal to Xiebao's page); else a new order for the member (bought on Xiebao's own
 * pages, e.g. from the home link). Runs inside the applying transaction.
 */
@Component
class XiebaoOrderLinker {

	private final Orders orders;

	private final Members members;

	private final Products products;

	private final OutSerialNumbers serialNumbers;

	private final JdbcClient jdbc;

	private final Clock clock;

	XiebaoOrderLinker(Orders orders, Members members, Products products, OutSerialNumbers serialNumbers,
			JdbcClient jdbc, Clock clock) {
		this.orders = orders;
		this.members = members;
		this.products = products;
		this.serialNumbers = serialNumbers;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The member named by {@code partnerUniqueKey} (our member id), if there is one. */
	Optional<Long> member(String partnerUniqueKey) {
		if (partnerUniqueKey == null || !partnerUniqueKey.trim().matches("\\d{1,18}")) {
			return Optional.empty();
		}
		long id = Long.parseLong(partnerUniqueKey.trim());
		return this.members.findById(id).map(member -> id);
	}

	Optional<Order> byInsureNum(String insureNum) {
		return this.orders.findByChannelAndPartnerRef(Channel.XIEBAO, insureNum);
	}

	/** Attaches {@code insureNum} to the member's newest launched order of {@code caseCode}, or creates one. */
	Order attachOrCreate(long memberId, String caseCode, String insureNum, String productNameHint) {
		Instant now = this.clock.instant();
		Order order = launchedWithoutReference(memberId, caseCode).orElseGet(() -> {
			Order created = Order.launch(memberId, Channel.XIEBAO, PayType.CASH, this.serialNumbers.next(), null,
					caseCode, productName(caseCode, productNameHint), null, null, null, null, null, List.of(), now);
			created.createdByPartnerNotification();
			return created;
		});
		order.preOrderCreated(insureNum, null, now, null);
		return this.orders.save(order);
	}

	/** A new order continuing {@code old} under a re-issued application number. */
	Order reissueOf(Order old, String newInsureNum) {
		Instant now = this.clock.instant();
		Order order = Order.launch(old.getMemberId(), Channel.XIEBAO, old.getPayType(), this.serialNumbers.next(), null,
				old.getProductCode(), old.getProductName(), old.getPlanCode(), old.getPlanName(), old.getCoverStart(),
				old.getCoverEnd(), old.getHolderName(), List.of(), now);
		order.createdByPartnerNotification();
		order.preOrderCreated(newInsureNum, null, now, null);
		return this.orders.save(order);
	}

	private Optional<Order> launchedWithoutReference(long memberId, String caseCode) {
		return this.jdbc.sql("""
				SELECT id FROM purchase_order
				WHERE member_id = :memberId AND channel = :channel AND product_code = :caseCode
				  AND status = :status AND partner_ref IS NULL
				ORDER BY created_at DESC, id DESC LIMIT 1""")
			.param("memberId", memberId)
			.param("channel", Channel.XIEBAO.name())
			.param("caseCode", caseCode)
			.param("status", OrderStatus.LAUNCHED.name())
			.query(Long.class)
			.optional()
			.flatMap(this.orders::findById);
	}

	private String productName(String caseCode, String hint) {
		Optional<Product> product = this.products.findByChannelAndCode(Channel.XIEBAO, caseCode);
		if (product.isPresent()) {
			return product.get().getName();
		}
		return hint == null || hint.isBlank() ? caseCode : hint;
	}

}

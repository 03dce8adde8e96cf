package com.baolink.xiebao;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.baolink.catalog.Product;
import com.baolink.catalog.Channel;
import com.baolink.order.Order;
import com.baolink.order.OrderStatus;
import com.baolink.order.Orders;
import com.baolink.order.OutSerialNumbers;
import com.baolink.order.PayType;

/**
 * Records a member's Xiebao purchase before the browser goes to Xiebao's product page: a LAUNCHED
 * order without application number (Xiebao's notifications attach it). A double click sends the
 * same launch token and gets the same order; without a token, a launched order of the same member
 * and product from the last few minutes is reused, so no second row appears.
 */
@Service
public class XiebaoLauncher {

	static final Duration REUSE_WITHIN = Duration.ofMinutes(5);

	private static final int SERIAL_ATTEMPTS = 3;

	private final Orders orders;

	private final OutSerialNumbers serialNumbers;

	private final JdbcClient jdbc;

	private final Clock clock;

	XiebaoLauncher(Orders orders, OutSerialNumbers serialNumbers, JdbcClient jdbc, Clock clock) {
		this.orders = orders;
		this.serialNumbers = serialNumbers;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Order launch(long memberId, Product product, String launchToken) {
		String token = usableToken(launchToken);
		if (token != null) {
			Optional<Order> same = this.orders.findByLaunchToken(token);
			if (same.isPresent() && same.get().belongsTo(memberId)) {
				return same.get();
			}
			if (same.isPresent()) {
				token = null;
			}
		}
		Optional<Order> recent = recentLaunch(memberId, product.getCode());
		if (recent.isPresent()) {
			return recent.get();
		}
		return insert(memberId, product, token);
	}

	/**
	 * An end customer's purchase through the member's share link {@code shareLinkId}: the same launch
	 * token gives the same order (double click, back button), but a recent launch by someone else is
	 * never reused, so one customer never lands on another's order. Empty when the token belongs to
	 * another member or link.
	 */
	public Optional<Order> launchShared(long memberId, Product product, String launchToken, long shareLinkId,
			String customerName) {
		String token = usableToken(launchToken);
		if (token == null) {
			throw new IllegalArgumentException("A share-link launch needs a launch token");
		}
		Optional<Order> same = this.orders.findByLaunchToken(token);
		if (same.isPresent()) {
			return same.filter(order -> order.belongsTo(memberId) && order.isFromShareLink(shareLinkId));
		}
		Order order = insert(memberId, product, token, shareLinkId, customerName);
		return order.isFromShareLink(shareLinkId) && order.belongsTo(memberId) ? Optional.of(order) : Optional.empty();
	}

	private Order insert(long memberId, Product product, String token) {
		return insert(memberId, product, token, null, null);
	}

	private Order insert(long memberId, Product product, String token, Long shareLinkId, String customerName) {
		for (int attempt = 1;; attempt++) {
			Order order = Order.launch(memberId, Channel.XIEBAO, PayType.CASH, this.serialNumbers.next(), token,
					product.getCode(), product.getName(), null, null, null, null, null, List.of(), this.clock.instant());
			if (shareLinkId != null) {
				order.boughtThroughShareLink(shareLinkId, customerName);
			}
			order.partnerFacts(null, null, product.getInsurerName(), null, null, this.clock.instant());
			try {
				return this.orders.save(order);
			}
			catch (DataAccessException ex) {
				if (!isDuplicateKey(ex)) {
					throw ex;
				}
				Optional<Order> first = token == null ? Optional.empty() : this.orders.findByLaunchToken(token);
				if (first.isPresent()) {
					// The other click of a double click won the insert.
					return first.get();
				}
				if (attempt >= SERIAL_ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	private Optional<Order> recentLaunch(long memberId, String caseCode) {
		Instant since = this.clock.instant().minus(REUSE_WITHIN);
		return this.jdbc.sql("""
				SELECT id FROM purchase_order
				WHERE member_id = :memberId AND channel = :channel AND product_code = :caseCode
				  AND status = :status AND partner_ref IS NULL AND created_at >= :since
				ORDER BY created_at DESC, id DESC LIMIT 1""")
			.param("memberId", memberId)
			.param("channel", Channel.XIEBAO.name())
			.param("caseCode", caseCode)
			.param("status", OrderStatus.LAUNCHED.name())
			.param("since", Timestamp.from(since))
			.query(Long.class)
			.optional()
			.flatMap(this.orders::findById);
	}

	private static String usableToken(String token) {
		return token != null && token.matches("[A-Za-z0-9-]{8,64}") ? token : null;
	}

	private static boolean isDuplicateKey(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DuplicateKeyException) {
				return true;
			}
		}
		return false;
	}

}

package com.baolink.admin;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.baolink.infrastructure.config.ChinaTime;
import com.baolink.member.Member;
import com.baolink.member.Members;
import com.baolink.catalog.Channel;
import com.baolink.order.Order;
import com.baolink.order.OrderEvent;
import com.baolink.order.OrderEventKind;
import com.baolink.order.OrderTimeline;
import com.baolink.order.Orders;

/** What the staff order screens show besides the list: one order with its member and timeline, the product choices. */
@Component
class AdminOrderPages {

	private final Orders orders;

	private final Members members;

	private final OrderTimeline timeline;

	private final JdbcClient jdbc;

	AdminOrderPages(Orders orders, Members members, OrderTimeline timeline, JdbcClient jdbc) {
		this.orders = orders;
		this.members = members;
		this.timeline = timeline;
		this.jdbc = jdbc;
	}

	Optional<OrderPage> load(long orderId) {
		return this.orders.findById(orderId).map(order -> {
			Member member = this.members.findById(order.getMemberId()).orElseThrow();
			List<Entry> entries = this.timeline.newestFirst(orderId).stream().map(Entry::of).toList();
			return new OrderPage(order, member, china(order.getCreatedAt()), entries, this.timeline.count(orderId));
		});
	}

	/** The catalogue's products (both partners) for the product filter, by partner and name. */
	List<ProductChoice> products() {
		return this.jdbc.sql("SELECT channel, code, name FROM product ORDER BY channel, name, code")
			.query((rs, n) -> new ProductChoice(Channel.valueOf(rs.getString("channel")), rs.getString("code"),
					rs.getString("name")))
			.list();
	}

	private static LocalDateTime china(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, ChinaTime.ZONE);
	}

	/** {@code timelineTotal}: all entries, of which {@code timeline} shows the newest. */
	record OrderPage(Order order, Member member, LocalDateTime createdAt, List<Entry> timeline, long timelineTotal) {

		public boolean timelineShortened() {
			return this.timelineTotal > this.timeline.size();
		}

	}

	/** One timeline entry in China time; {@code callbackId} set for a callback (links to its stored copy). */
	record Entry(LocalDateTime at, OrderEvent event, Long callbackId) {

		static Entry of(OrderEvent event) {
			Long callback = event.kind() == OrderEventKind.CALLBACK_RECEIVED && event.ref() != null
					&& event.ref().chars().allMatch(Character::isDigit) ? Long.valueOf(event.ref()) : null;
			return new Entry(china(event.occurredAt()), event, callback);
		}

		/** Message key of what the entry is about (callback kind, document kind, staff action), or null. */
		public String subjectKey() {
			return switch (this.event.kind()) {
				case CALLBACK_RECEIVED -> this.event.detail() == null ? null
						: "admin.order.callbackKind." + this.event.detail();
				case DOCUMENT_FETCHED -> this.event.ref() == null ? null : "document.kind." + this.event.ref();
				case STAFF_ACTION -> this.event.ref() == null ? null : "admin.order.event.action." + this.event.ref();
				default -> null;
			};
		}

		/** Free text shown as is (partner status text, error, reason, policy number); codes never. */
		public String text() {
			return switch (this.event.kind()) {
				case CALLBACK_RECEIVED -> null;
				default -> this.event.detail();
			};
		}

	}

	record ProductChoice(Channel channel, String code, String name) {
	}

}

package com.baolink.admin;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.baolink.member.Members;
import com.baolink.catalog.Channel;
import com.baolink.order.Order;
import com.baolink.order.OrderFixtures;
import com.baolink.order.OrderStatus;
import com.baolink.order.Orders;
import com.baolink.order.PayType;
import com.baolink.partner.aigoubao.AigoubaoApi;

import static com.baolink.order.OrderFixtures.detail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@Tag("integration")
@SpringBootTest(properties = "baolink.engine.recurring=false")
@AutoConfigureMockMvc
class AdminPagesTests {

	private static final String MEMBER = "13800000001";

	private static final String STAFF = "admin";

	@MockitoBean
	AigoubaoApi api;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Orders orders;

	@Autowired
	Members members;

	@Autowired
	JdbcClient jdbc;

	long memberId;

	@BeforeEach
	void member() {
		this.memberId = OrderFixtures.registeredMember(this.members, MEMBER);
	}

	@Test
	void membersAreForbiddenEverywhereInAdmin() throws Exception {
		long callback = insertCallback("TE-forbidden-" + UUID.randomUUID(), "FAILED", "PLAIN_UNVERIFIED", "{}");
		for (String path : List.of("/admin", "/admin/orders", "/admin/callbacks", "/admin/callbacks/" + callback,
				"/admin/credit")) {
			this.mvc.perform(get(path).with(as(MEMBER))).andExpect(status().isForbidden());
		}
		this.mvc.perform(post("/admin/callbacks/" + callback + "/replay").with(csrf()).with(as(MEMBER)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin")).andExpect(status().is3xxRedirection());
		assertThat(callbackStatus(callback)).isEqualTo("FAILED");
	}

	@Test
	void homeCountsFollowOrdersAndCallbacks() throws Exception {
		String before = page(get("/admin").with(as(STAFF)));
		assertThat(before).contains("href=\"/admin/orders\"", "href=\"/admin/callbacks\"", "href=\"/admin/credit\"");

		failedLaunch();
		OrderFixtures.issued(this.orders, this.memberId, "200437", Instant.now(), OrderFixtures.unique("-a"), "张三");
		OrderFixtures.launched(this.orders, this.memberId, "200437", Instant.now(), null, "李四");
		insertCallback("TE-count-" + UUID.randomUUID(), "UNMATCHED", "PLAIN_UNVERIFIED", "{}");
		insertCallback("TE-count-" + UUID.randomUUID(), "REJECTED", "SIGNED_INVALID", "{}");
		String after = page(get("/admin").with(as(STAFF)));

		assertThat(tile(after, "tile-orders-failed")).isEqualTo(tile(before, "tile-orders-failed") + 1);
		assertThat(tile(after, "tile-orders-issued")).isEqualTo(tile(before, "tile-orders-issued") + 1);
		assertThat(tile(after, "tile-orders-pending")).isEqualTo(tile(before, "tile-orders-pending") + 1);
		assertThat(tile(after, "tile-sync-gave-up")).as("launched without a next pull")
			.isEqualTo(tile(before, "tile-sync-gave-up") + 1);
		assertThat(tile(after, "tile-callbacks-unmatched")).isEqualTo(tile(before, "tile-callbacks-unmatched") + 1);
		assertThat(tile(after, "tile-callbacks-rejected")).isEqualTo(tile(before, "tile-callbacks-rejected") + 1);
		assertThat(tile(after, "tile-callbacks-signature-invalid"))
			.isEqualTo(tile(before, "tile-callbacks-signature-invalid") + 1);
	}

	@Test
	void staffSeeEveryMembersOrdersFilteredAndLinked() throws Exception {
		long other = OrderFixtures.registeredMember(this.members, "13800000002");
		String suffix = OrderFixtures.unique("-f");
		Order mine = OrderFixtures.issued(this.orders, this.memberId, "200437", Instant.now(), suffix, "赵六");
		Order theirs = OrderFixtures.issued(this.orders, other, "100371", Instant.now(), suffix, "钱七");

		String byPolicy = page(get("/admin/orders").param("policy", "P-钱七" + suffix).with(as(STAFF)));
		assertThat(byPolicy).contains("href=\"/admin/orders/" + theirs.getId() + "\"", "13800000002")
			.doesNotContain("href=\"/admin/orders/" + mine.getId() + "\"");
		assertThat(byPolicy).contains("共 1 条");

		String byMember = page(get("/admin/orders").param("member", MEMBER).param("status", "ISSUED").with(as(STAFF)));
		assertThat(byMember).contains("href=\"/admin/orders/" + mine.getId() + "\"")
			.doesNotContain("href=\"/admin/orders/" + theirs.getId() + "\"");
		String byProduct = page(get("/admin/orders").param("product", "100371").param("insured", "钱七").with(as(STAFF)));
		assertThat(byProduct).contains("href=\"/admin/orders/" + theirs.getId() + "\"");
		assertThat(page(get("/admin/orders").param("insured", "%").param("page", "99999").with(as(STAFF))))
			.contains("id=\"admin-order-empty\"");
		this.mvc.perform(get("/orders/" + theirs.getId()).with(as(STAFF))).andExpect(status().isOk());
	}

	@Test
	void callbackListAndRawViewEscapeWhatThePartnerSent() throws Exception {
		String ref = "TE-raw-" + UUID.randomUUID().toString().substring(0, 8);
		long id = insertCallback(ref, "FAILED", "PLAIN_UNVERIFIED", "{\"x\":\"<script>alert(1)</script>\"}");

		String list = page(get("/admin/callbacks").param("status", "FAILED").param("source", "AIGOUBAO").with(as(STAFF)));
		assertThat(list).contains(ref, "href=\"/admin/callbacks/" + id + "\"");
		assertThat(page(get("/admin/callbacks").param("status", "PROCESSED").with(as(STAFF)))).doesNotContain(ref);

		String detail = page(get("/admin/callbacks/" + id).with(as(STAFF)));
		assertThat(detail).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "X-Test: yes", "id=\"callback-replay\"")
			.doesNotContain("<script>alert(1)</script>");
		this.mvc.perform(get("/admin/callbacks/99999999").with(as(STAFF))).andExpect(status().isNotFound());
	}

	@Test
	void replayProcessesAnUnmatchedCallbackOnceItsOrderExists() throws Exception {
		Order order = OrderFixtures.launched(this.orders, this.memberId, "200437", Instant.now(), null, "张三");
		long id = insertCallback(order.getPartnerRef(), "UNMATCHED", "PLAIN_UNVERIFIED", "{}");
		given(this.api.getOrderDetail(any(), any())).willReturn(detail("已支付", List.of()));

		this.mvc.perform(post("/admin/callbacks/" + id + "/replay").with(as(STAFF))).andExpect(status().isForbidden());
		assertThat(callbackStatus(id)).isEqualTo("UNMATCHED");

		this.mvc.perform(post("/admin/callbacks/" + id + "/replay").with(csrf()).with(as(STAFF)))
			.andExpect(status().is3xxRedirection());

		await().atMost(java.time.Duration.ofSeconds(10)).until(() -> "PROCESSED".equals(callbackStatus(id))
				&& this.orders.findById(order.getId()).orElseThrow().getStatus() == OrderStatus.PAID);
		assertThat(this.jdbc.sql("SELECT order_id FROM inbound_callback WHERE id = :id").param("id", id)
			.query(Long.class).single()).isEqualTo(order.getId());
		await().atMost(java.time.Duration.ofSeconds(10)).until(() -> this.jdbc
			.sql("SELECT COUNT(*) FROM order_event WHERE order_id = :id AND kind = 'CALLBACK_RECEIVED' AND ref = :ref")
			.param("id", order.getId()).param("ref", String.valueOf(id)).query(Long.class).single() == 1);
		// Replayed again, now that it names the order: a staff action on the order, still one callback received.
		this.mvc.perform(post("/admin/callbacks/" + id + "/replay").with(csrf()).with(as(STAFF)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("SELECT actor FROM order_event WHERE order_id = :id AND kind = 'STAFF_ACTION' AND ref = 'CALLBACK_REPLAYED'")
			.param("id", order.getId()).query(String.class).list()).containsExactly(STAFF);
		await().atMost(java.time.Duration.ofSeconds(10)).until(() -> "PROCESSED".equals(callbackStatus(id)));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM order_event WHERE order_id = :id AND kind = 'CALLBACK_RECEIVED'")
			.param("id", order.getId()).query(Long.class).single()).isEqualTo(1);

		long rejected = insertCallback("TE-rej-" + UUID.randomUUID(), "REJECTED", "SIGNED_INVALID", "{}");
		this.mvc.perform(post("/admin/callbacks/" + rejected + "/replay").with(csrf()).with(as(STAFF)))
			.andExpect(status().is3xxRedirection());
		assertThat(callbackStatus(rejected)).isEqualTo("REJECTED");
	}

	private void failedLaunch() {
		Order order = Order.launch(this.memberId, Channel.AIGOUBAO, PayType.CASH, OrderFixtures.unique("BL"),
				OrderFixtures.unique("tok-"), "200437", "产品", "P1", "计划一", null, null, "张三", List.of(), Instant.now());
		order.launchFailed("partner down", Instant.now());
		this.orders.save(order);
	}

	private long insertCallback(String partnerRef, String status, String verdict, String body) {
		this.jdbc.sql("""
				INSERT INTO inbound_callback (source, kind, dedupe_key, raw_body, headers, remote_addr, signature_verdict,
				    partner_ref, status, attempts, received_at)
				VALUES ('AIGOUBAO', 'DELIVER', :key, :body, 'X-Test: yes', '127.0.0.1', :verdict, :ref, :status, 1, :now)""")
			.param("key", UUID.randomUUID().toString().replace("-", "") + "00000000000000000000000000000000")
			.param("body", body)
			.param("verdict", verdict)
			.param("ref", partnerRef)
			.param("status", status)
			.param("now", Timestamp.from(Instant.now()))
			.update();
		return this.jdbc.sql("SELECT id FROM inbound_callback WHERE partner_ref = :ref ORDER BY id DESC LIMIT 1")
			.param("ref", partnerRef)
			.query(Long.class)
			.single();
	}

	private String callbackStatus(long id) {
		return this.jdbc.sql("SELECT status FROM inbound_callback WHERE id = :id").param("id", id).query(String.class).single();
	}

	private static long tile(String html, String id) {
		Matcher matcher = Pattern.compile("id=\"" + id + "\">(\\d+)<").matcher(html);
		assertThat(matcher.find()).as("tile " + id).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private String page(RequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private RequestPostProcessor as(String login) {
		return user(this.users.loadUserByUsername(login));
	}

}

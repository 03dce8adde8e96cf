package com.baolink.order;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.StringUtils;

import com.baolink.member.Members;
import com.baolink.partner.PartnerUnavailableException;
import com.baolink.partner.aigoubao.AigoubaoApi;

import static com.baolink.order.OrderFixtures.detail;
import static com.baolink.order.OrderFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@Tag("integration")
@SpringBootTest(properties = "baolink.engine.recurring=false")
@AutoConfigureMockMvc
class OrderControllerTests {

	private static final String MEMBER_1 = "13800000001";

	private static final String MEMBER_2 = "13800000002";

	@MockitoBean
	AigoubaoApi api;

	@Autowired
	SearchKeys searchKeys;

	@Autowired
	MockMvc mvc;

	@Autowired
	Orders orders;

	@Autowired
	Members members;

	@Autowired
	UserDetailsService users;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	long member1;

	long member2;

	@BeforeEach
	void members() {
		this.member1 = OrderFixtures.registeredMember(this.members, MEMBER_1);
		this.member2 = OrderFixtures.registeredMember(this.members, MEMBER_2);
	}

	@Test
	void detailShowsEveryInsuredPersonAndPolicyNumberWithoutPullingASettledOrder() throws Exception {
		Order order = OrderFixtures.issued(this.orders, this.member1, "200437", Instant.now(), "-d1", "张三", "李四");

		String html = page(get("/orders/" + order.getId()).with(as(MEMBER_1)));

		assertThat(html).contains("id=\"order-status\"", "已承保", "id=\"insured-table\"", order.getPartnerOrderCode(), "¥12.50",
				"天安财险", "110105********002X");
		assertThat(StringUtils.countOccurrencesOf(html, "class=\"insured-row\"")).isEqualTo(2);
		assertThat(html).contains("<td class=\"policy-code\" data-label=\"保单号\">P-张三-d1</td>",
				"<td class=\"policy-code\" data-label=\"保单号\">P-李四-d1</td>");
		assertThat(html).doesNotContain("hx-trigger");
		verify(this.api, never()).getOrderDetail(any(), any());
	}

	@Test
	void anotherMembersOrderIsNotFoundNeverForbidden() throws Exception {
		Order order = OrderFixtures.issued(this.orders, this.member1, "200437", Instant.now(), "-x", "张三");

		this.mvc.perform(get("/orders/" + order.getId()).with(as(MEMBER_2))).andExpect(status().isNotFound());
		this.mvc.perform(get("/orders/" + order.getId() + "/status").header("HX-Request", "true").with(as(MEMBER_2)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/orders/" + order.getId() + "/status").with(as(MEMBER_2))).andExpect(status().isNotFound());
		this.mvc.perform(get("/orders/" + order.getId()).param("memberId", String.valueOf(this.member1)).with(as(MEMBER_2)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/orders/" + (order.getId() + 100_000)).with(as(MEMBER_1))).andExpect(status().isNotFound());
		this.mvc.perform(get("/orders/" + order.getId()).with(as("admin"))).andExpect(status().isOk());
		this.mvc.perform(get("/orders/" + order.getId())).andExpect(status().is3xxRedirection());
	}

	@Test
	void pendingOrderPageTriggersExactlyOnePullAndPolls() throws Exception {
		Order order = OrderFixtures.launched(this.orders, this.member1, "200437", Instant.now(), null, "张三");
		given(this.api.getOrderDetail(any(), any())).willReturn(detail("已支付", List.of()));

		String html = page(get("/orders/" + order.getId()).with(as(MEMBER_1)));
		page(get("/orders/" + order.getId() + "/status").header("HX-Request", "true").with(as(MEMBER_1)));

		verify(this.api, times(1)).getOrderDetail(any(), any());
		assertThat(html).contains("hx-get=\"/orders/" + order.getId() + "/status\"", "hx-trigger=\"every 3s\"",
				"hx-swap=\"outerHTML\"", "id=\"order-refresh\"", "已支付");
		assertThat(this.orders.findById(order.getId()).orElseThrow().getStatus()).isEqualTo(OrderStatus.PAID);
	}

	@Test
	void launchedOrderOffersToContinueToPayment() throws Exception {
		Order order = OrderFixtures.launched(this.orders, this.member1, "200437", Instant.now(), null, "张三");
		given(this.api.getOrderDetail(any(), any())).willReturn(detail("待支付", List.of()));

		assertThat(page(get("/orders/" + order.getId()).with(as(MEMBER_1)))).contains("id=\"continue-payment\"",
				"https://pay.example.com/cashier/1");
	}

	@Test
	void partnerDownShowsWhatWeHaveAndReassures() throws Exception {
		Order order = OrderFixtures.launched(this.orders, this.member1, "200437", Instant.now(), null, "张三");
		given(this.api.getOrderDetail(any(), any())).willThrow(new PartnerUnavailableException("timeout", null));

		String html = page(get("/orders/" + order.getId()).with(as(MEMBER_1)));

		assertThat(html).contains("合作方暂时没有响应，您的订单是安全的，我们会继续为您查询", "id=\"order-status\"", "张三");
	}

	@Test
	void htmxStatusRequestReturnsOnlyTheFragmentAndStopsPollingOnceSettled() throws Exception {
		Order order = OrderFixtures.launched(this.orders, this.member1, "200437", Instant.now(), null, "张三");
		given(this.api.getOrderDetail(any(), any()))
			.willReturn(detail("已承保", List.of(person("张三", "110105********002X", "已承保", "PF1"))));

		String fragment = page(get("/orders/" + order.getId() + "/status").header("HX-Request", "true").with(as(MEMBER_1)));

		assertThat(fragment).startsWith("<div id=\"order-live\"").doesNotContain("<html", "topbar", "hx-trigger");
		assertThat(fragment).contains("已承保", "PF1");
		this.mvc.perform(get("/orders/" + order.getId() + "/status").with(as(MEMBER_1)))
			.andExpect(redirectedUrl("/orders/" + order.getId()));
	}

	@Test
	void historyPagesTwentyAtATimeNewestFirst() throws Exception {
		String product = OrderFixtures.unique("PG");
		Instant base = Instant.parse("2026-03-01T02:00:00Z");
		Order newest = null;
		for (int i = 0; i < 25; i++) {
			newest = OrderFixtures.issued(this.orders, this.member1, product, base.plusSeconds(60L * i), "-" + i, "客户" + i);
		}

		String first = page(get("/orders").param("product", product).with(as(MEMBER_1)));
		String second = page(get("/orders").param("product", product).param("page", "2").with(as(MEMBER_1)));
		String beyond = page(get("/orders").param("product", product).param("page", "99999").with(as(MEMBER_1)));

		assertThat(rows(first)).isEqualTo(20);
		assertThat(rows(second)).isEqualTo(5);
		assertThat(rows(beyond)).as("clamped to the last page").isEqualTo(5);
		assertThat(first.indexOf("data-order-id=\"" + newest.getId() + "\"")).isPositive()
			.isLessThan(first.indexOf("class=\"order-row\"", first.indexOf("data-order-id=\"" + newest.getId() + "\"")));
		assertThat(first).contains("共 25 笔订单", "id=\"page-next\"", "第 1 / 2 页");
	}

	@Test
	void historyStatementsDoNotGrowWithThePageSize() throws Exception {
		String many = OrderFixtures.unique("NQ");
		String one = OrderFixtures.unique("NQ");
		for (int i = 0; i < 20; i++) {
			OrderFixtures.issued(this.orders, this.member1, many, Instant.now(), "-n" + i, "客户" + i);
		}
		OrderFixtures.issued(this.orders, this.member1, one, Instant.now(), "-n", "单个");
		page(get("/orders").param("product", one).with(as(MEMBER_1))); // warm up

		long selectsForOne = selectsDuring(get("/orders").param("product", one).with(as(MEMBER_1)));
		long selectsForTwenty = selectsDuring(get("/orders").param("product", many).with(as(MEMBER_1)));

		assertThat(selectsForOne).as("count, page, product choices").isGreaterThanOrEqualTo(3);
		assertThat(selectsForTwenty).isEqualTo(selectsForOne).isLessThanOrEqualTo(6);
	}

	@Test
	void historyFiltersByStatusInsuredNamePolicyNumberAndChinaDates() throws Exception {
		String product = OrderFixtures.unique("FL");
		String name = OrderFixtures.unique("甄");
		Order jan10 = OrderFixtures.issued(this.orders, this.member1, product, Instant.parse("2026-01-10T02:00:00Z"), "-a", name);
		Order jan11 = OrderFixtures.launched(this.orders, this.member1, product, Instant.parse("2026-01-10T17:30:00Z"), null,
				"路人甲");
		Order jan20 = OrderFixtures.issued(this.orders, this.member1, product, Instant.parse("2026-01-20T02:00:00Z"), "-c", "路人乙");

		assertThat(ids(page(get("/orders").param("product", product).param("status", "ISSUED").with(as(MEMBER_1)))))
			.containsExactlyInAnyOrder(jan10.getId(), jan20.getId());
		assertThat(ids(page(get("/orders").param("q", name).with(as(MEMBER_1))))).containsExactly(jan10.getId());
		assertThat(ids(page(get("/orders").param("q", name.substring(0, name.length() - 2)).with(as(MEMBER_1)))))
			.contains(jan10.getId());
		assertThat(ids(page(get("/orders").param("q", name.substring(1)).with(as(MEMBER_1))))).as("prefix, not infix")
			.doesNotContain(jan10.getId());
		assertThat(ids(page(get("/orders").param("q", "P-路人乙-c").with(as(MEMBER_1))))).contains(jan20.getId())
			.doesNotContain(jan10.getId(), jan11.getId());
		assertThat(ids(page(get("/orders").param("product", product).param("from", "2026-01-11").param("to", "2026-01-11")
			.with(as(MEMBER_1))))).containsExactly(jan11.getId());
		assertThat(ids(page(get("/orders").param("product", product).param("to", "2026-01-10").with(as(MEMBER_1)))))
			.containsExactly(jan10.getId());
		assertThat(ids(page(get("/orders").param("product", product).param("status", "NONSENSE").with(as(MEMBER_1)))))
			.hasSize(3);
	}

	@Test
	void badDatesAndRangesAreFieldErrorsNotSilentlyEmpty() throws Exception {
		String product = OrderFixtures.unique("DR");
		OrderFixtures.issued(this.orders, this.member1, product, Instant.parse("2026-01-10T02:00:00Z"), "-dr", "某人");
		String reversed = page(get("/orders").param("product", product).param("from", "2026-02-01").param("to", "2026-01-01")
			.with(as(MEMBER_1)));
		assertThat(reversed).contains("id=\"filter-to-error\"", "截止日期不能早于起始日期", "id=\"order-filter-errors\"",
				"value=\"2026-02-01\"").doesNotContain("id=\"order-empty\"");
		String bad = page(get("/orders").param("from", "2026-13-45").param("lang", "en").with(as(MEMBER_1)));
		assertThat(bad).contains("id=\"filter-from-error\"", "Enter a valid date", "value=\"2026-13-45\"");
		String htmx = page(get("/orders").param("from", "1900-01-01").header("HX-Request", "true").with(as(MEMBER_1)));
		assertThat(htmx).contains("id=\"order-filter-errors\"", "请输入 2000 年以后的日期");
	}

	@Test
	void historySearchFindsByOrderSerialIdNumberAndHolderMobileExactly() throws Exception {
		String product = OrderFixtures.unique("SK");
		Order order = OrderFixtures.issued(this.orders, this.member1, product, Instant.now(), "-sk", "钱七");
		Order other = OrderFixtures.issued(this.orders, this.member1, product, Instant.now(), "-sk2", "孙八");
		String idNumber = "11010519491231002X";
		String mobile = "139" + String.format("%08d", order.getId() % 100_000_000L);
		this.jdbc.sql("INSERT INTO order_search_key (order_id, kind, key_hash) VALUES (?, 'ID_NUMBER', ?), (?, 'MOBILE', ?)")
			.params(order.getId(), this.searchKeys.idNumber(idNumber).orElseThrow(), order.getId(),
					this.searchKeys.mobile(mobile).orElseThrow())
			.update();

		assertThat(ids(page(get("/orders").param("q", order.getOutSerialNo()).with(as(MEMBER_1))))).containsExactly(order.getId());
		assertThat(ids(page(get("/orders").param("q", "110105 19491231002x").param("product", product).with(as(MEMBER_1)))))
			.containsExactly(order.getId());
		assertThat(ids(page(get("/orders").param("q", mobile).with(as(MEMBER_1))))).containsExactly(order.getId());
		assertThat(ids(page(get("/orders").param("q", idNumber.substring(0, 10)).param("product", product).with(as(MEMBER_1)))))
			.as("ID numbers match whole only").isEmpty();
		assertThat(ids(page(get("/orders").param("q", order.getOutSerialNo()).with(as(MEMBER_2))))).as("never another member's")
			.isEmpty();
		assertThat(ids(page(get("/orders").param("q", mobile).with(as(MEMBER_2))))).isEmpty();
		assertThat(other.getId()).isNotEqualTo(order.getId());
	}

	@Test
	void aMemberClosesAnAbandonedUnpaidOrderWhichStaffStillSee() throws Exception {
		String product = OrderFixtures.unique("CL");
		Order unpaid = OrderFixtures.launched(this.orders, this.member1, product, Instant.now(), null, "周九");
		given(this.api.getOrderDetail(any(), any())).willReturn(detail("待支付", List.of()));
		assertThat(page(get("/orders/" + unpaid.getId()).with(as(MEMBER_1)))).contains("id=\"close-order\"");

		this.mvc.perform(post("/orders/" + unpaid.getId() + "/close").with(csrf()).with(as(MEMBER_2)))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/orders/" + unpaid.getId() + "/close").with(csrf()).with(as(MEMBER_1)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/orders"));

		Order closed = this.orders.findById(unpaid.getId()).orElseThrow();
		assertThat(closed.isClosed()).isTrue();
		assertThat(closed.getStatus()).isEqualTo(OrderStatus.LAUNCHED);
		assertThat(ids(page(get("/orders").param("product", product).with(as(MEMBER_1))))).isEmpty();
		assertThat(ids(page(get("/orders").param("product", product).param("closed", "1").with(as(MEMBER_1)))))
			.containsExactly(unpaid.getId());
		String detailPage = page(get("/orders/" + unpaid.getId()).with(as(MEMBER_1)));
		assertThat(detailPage).contains("id=\"order-closed\"").doesNotContain("id=\"continue-payment\"", "id=\"close-order\"");
		assertThat(page(get("/admin/orders").param("product", product).with(as("admin")))).contains("周九");

		Order issued = OrderFixtures.issued(this.orders, this.member1, product, Instant.now(), "-cl", "吴十");
		this.mvc.perform(post("/orders/" + issued.getId() + "/close").with(csrf()).with(as(MEMBER_1)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.orders.findById(issued.getId()).orElseThrow().isClosed()).as("an issued order cannot be closed").isFalse();
	}

	@Test
	void aLatePaymentReopensAClosedOrder() {
		Order unpaid = OrderFixtures.launched(this.orders, this.member1, OrderFixtures.unique("RO"), Instant.now(), null, "郑一");
		unpaid.close(Instant.now());
		unpaid.advanceTo(OrderStatus.PAID, OrderEventSource.PULL, Instant.now());
		assertThat(unpaid.isClosed()).isFalse();
	}

	@Test
	void theCheckingNoticeShowsOnlyWhileAPullIsScheduled() throws Exception {
		Order settled = OrderFixtures.issued(this.orders, this.member1, OrderFixtures.unique("NT"), Instant.now(), "-nt", "冯二");
		assertThat(page(get("/orders/" + settled.getId()).with(as(MEMBER_1)))).doesNotContain("id=\"order-checking\"");

		Order credit = OrderFixtures.launched(this.orders, this.member1, OrderFixtures.unique("NT"), Instant.now(),
				Instant.now().plusSeconds(600), "陈三");
		credit.advanceTo(OrderStatus.AWAITING_CREDIT_APPROVAL, OrderEventSource.PULL, Instant.now());
		credit = this.orders.save(credit);
		given(this.api.getOrderDetail(any(), any())).willReturn(detail("待审核", List.of()));
		String waiting = page(get("/orders/" + credit.getId()).with(as(MEMBER_1)));
		assertThat(waiting).contains("id=\"order-awaiting-staff\"").doesNotContain("id=\"order-checking\"");

		Order paid = OrderFixtures.launched(this.orders, this.member1, OrderFixtures.unique("NT"), Instant.now(),
				Instant.now().plusSeconds(600), "褚四");
		paid.advanceTo(OrderStatus.PAID, OrderEventSource.PULL, Instant.now());
		paid.synced(Instant.now(), Instant.now().plusSeconds(600));
		paid = this.orders.save(paid);
		assertThat(page(get("/orders/" + paid.getId()).with(as(MEMBER_1)))).contains("id=\"order-checking\"");
	}

	@Test
	void aRejectedCreditOrderShowsStaffsReasonAndWhatCanBeDoneNext() throws Exception {
		Order order = OrderFixtures.launched(this.orders, this.member1, OrderFixtures.unique("CR"), Instant.now(), null, "蒋六");
		this.jdbc.sql("UPDATE purchase_order SET pay_type = 'CREDIT', status = 'PAYMENT_FAILED' WHERE id = ?")
			.param(order.getId())
			.update();
		this.jdbc.sql("INSERT INTO credit_decision (order_id, decision, reason, decided_by, decided_at) VALUES (?, 'REJECTED', ?, 'admin', NOW(3))")
			.params(order.getId(), "授信额度不足<script>")
			.update();
		String html = page(get("/orders/" + order.getId()).with(as(MEMBER_1)));
		assertThat(html).contains("id=\"credit-rejected\"", "授信额度不足&lt;script&gt;", "id=\"buy-again\"", "id=\"close-order\"")
			.doesNotContain("id=\"pay-again\"", "id=\"order-checking\"");
	}

	@Test
	void aFailedCashPaymentSaysWhatCanBeDoneNext() throws Exception {
		Order failed = OrderFixtures.launched(this.orders, this.member1, OrderFixtures.unique("PF"), Instant.now(), null, "卫五");
		failed.advanceTo(OrderStatus.PAYMENT_FAILED, OrderEventSource.PULL, Instant.now());
		failed.synced(Instant.now(), null);
		failed = this.orders.save(failed);
		String html = page(get("/orders/" + failed.getId()).with(as(MEMBER_1)));
		assertThat(html).contains("id=\"payment-failed\"", "id=\"pay-again\"", "https://pay.example.com/cashier/1",
				"id=\"close-order\"").doesNotContain("id=\"order-checking\"");
	}

	@Test
	void likeWildcardsInTheSearchAreLiteral() throws Exception {
		OrderFixtures.issued(this.orders, this.member1, OrderFixtures.unique("WC"), Instant.now(), "-w", "普通客户");

		assertThat(rows(page(get("/orders").param("q", "%").with(as(MEMBER_1))))).isZero();
		assertThat(rows(page(get("/orders").param("q", "_").with(as(MEMBER_1))))).isZero();
		assertThat(rows(page(get("/orders").param("q", "普通%").with(as(MEMBER_1))))).isZero();
	}

	@Test
	void aMemberNeverSeesAnotherMembersOrdersInHistoryOrCsv() throws Exception {
		String product = OrderFixtures.unique("PV");
		Order order = OrderFixtures.issued(this.orders, this.member1, product, Instant.now(), "-p", "私密客户");

		String history = page(get("/orders").param("product", product).param("memberId", String.valueOf(this.member1))
			.with(as(MEMBER_2)));
		byte[] csv = this.mvc
			.perform(get("/orders.csv").param("product", product).param("memberId", String.valueOf(this.member1))
				.with(as(MEMBER_2)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		assertThat(history).doesNotContain("私密客户", "data-order-id=\"" + order.getId() + "\"").contains("id=\"order-empty\"");
		assertThat(new String(csv, StandardCharsets.UTF_8).lines().count()).as("header only").isEqualTo(1);
		assertThat(rows(page(get("/orders").param("product", product).with(as(MEMBER_1))))).isEqualTo(1);
	}

	@Test
	void csvExportsTheFilteredListForExcelAndDefusesFormulas() throws Exception {
		String product = OrderFixtures.unique("CSV");
		OrderFixtures.issued(this.orders, this.member1, product, Instant.now(), "-c", "=HYPERLINK(\"http://evil\")");
		OrderFixtures.issued(this.orders, this.member1, product, Instant.now(), "-c", "钱七");

		byte[] body = this.mvc.perform(get("/orders.csv").param("product", product).with(as(MEMBER_1)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
		String csv = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
		assertThat(csv.lines()).hasSize(3);
		assertThat(csv.lines().findFirst().orElseThrow()).startsWith("订单编号,下单时间,产品");
		assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\")\"", "钱七", "已承保", "12.50")
			.doesNotContain(",=HYPERLINK");
	}

	@Test
	void htmxHistoryRequestReturnsOnlyTheResults() throws Exception {
		String product = OrderFixtures.unique("HX");
		OrderFixtures.issued(this.orders, this.member1, product, Instant.now(), "-h", "孙八");

		String fragment = page(get("/orders").param("product", product).header("HX-Request", "true").with(as(MEMBER_1)));
		String full = page(get("/orders").param("product", product).with(as(MEMBER_1)));

		assertThat(fragment).startsWith("<div id=\"order-results\"").doesNotContain("<html", "order-filter").contains("孙八");
		assertThat(full).contains("<html", "id=\"order-filter\"", "hx-push-url=\"true\"", "孙八");
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** SELECT statements the database ran while handling the request (nothing else runs in these tests). */
	/**
	 * SELECTs the server ran during the request. The server's counter is global, so background
	 * work of other nodes (test contexts) can only add to it: the fewest of five runs is the request's.
	 */
	private long selectsDuring(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		long fewest = Long.MAX_VALUE;
		for (int run = 0; run < 5; run++) {
			long before = selectCount();
			page(request);
			fewest = Math.min(fewest, selectCount() - before);
		}
		return fewest;
	}

	private long selectCount() {
		return this.jdbc.sql("SHOW GLOBAL STATUS LIKE 'Com_select'")
			.query((rs, n) -> rs.getLong(2))
			.single();
	}

	private RequestPostProcessor as(String login) {
		return user(this.users.loadUserByUsername(login));
	}

	private static int rows(String html) {
		return StringUtils.countOccurrencesOf(html, "class=\"order-row\"");
	}

	private static List<Long> ids(String html) {
		return java.util.regex.Pattern.compile("data-order-id=\"(\\d+)\"")
			.matcher(html)
			.results()
			.map(m -> Long.valueOf(m.group(1)))
			.toList();
	}

}

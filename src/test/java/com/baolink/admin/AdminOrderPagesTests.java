package com.baolink.admin;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.baolink.audit.AuditAction;
import com.baolink.audit.AuditRows;
import com.baolink.member.Member;
import com.baolink.member.Members;
import com.baolink.order.Order;
import com.baolink.order.OrderEvent;
import com.baolink.order.OrderFixtures;
import com.baolink.order.OrderTimeline;
import com.baolink.order.Orders;
import com.baolink.partner.aigoubao.AigoubaoApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The staff order page with its timeline, and the CSV export's exact bytes (same context as AdminPagesTests). */
@Tag("integration")
@SpringBootTest(properties = "baolink.engine.recurring=false")
@AutoConfigureMockMvc
class AdminOrderPagesTests {

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
	OrderTimeline timeline;

	@Autowired
	JdbcClient jdbc;

	long memberId;

	@BeforeEach
	void member() {
		this.memberId = OrderFixtures.registeredMember(this.members, MEMBER);
	}

	@Test
	void orderPageSaysWhoseOrderItIsAndShowsItsTimelineInWords() throws Exception {
		Instant created = Instant.parse("2026-11-20T02:00:00Z");
		Order order = OrderFixtures.issued(this.orders, this.memberId, "200437", created, OrderFixtures.unique("-p"),
				"赵六");
		this.timeline.record(order.getId(), OrderEvent.callbackReceived(4711, "XB_EPOLICY", created.plusSeconds(30)));
		this.timeline.record(order.getId(),
				OrderEvent.staffAction(OrderEvent.StaffAction.CREDIT_APPROVED, STAFF, null, created.plusSeconds(60)));

		String html = page(get("/admin/orders/" + order.getId()).with(as(STAFF)));

		Member member = this.members.findById(this.memberId).orElseThrow();
		assertThat(html).contains("href=\"/admin/members/" + this.memberId + "\"", member.displayName(), "爱购保",
				"110105********002X", "id=\"admin-order-timeline\"", "创建订单", "待支付 → 已承保", "收到回调", "电子保单通知",
				"href=\"/admin/callbacks/4711\"", "回调 #4711", "批准授信支付", "操作人：admin", "工作人员", "会员", "查询");
		String visibleText = html.replaceAll("<[^>]*>", " ");
		assertThat(visibleText).doesNotContain("AIGOUBAO", "XB_EPOLICY", "CREDIT_APPROVED", "STATE_CHANGED", "CALLBACK");
		// newest first: the staff action above the callback above the launch
		assertThat(html.indexOf("批准授信支付")).isLessThan(html.indexOf("电子保单通知"));
		assertThat(html.indexOf("电子保单通知")).isLessThan(html.indexOf("创建订单"));

		String english = page(get("/admin/orders/" + order.getId()).param("lang", "en").with(as(STAFF)));
		assertThat(english).contains("Timeline", "Status changed", "E-policy notice", "Callback received");
	}

	@Test
	void unknownOrNonNumericOrderIsNotFound() throws Exception {
		for (String id : List.of("999999999", "abc", "-1", "1e3")) {
			this.mvc.perform(get("/admin/orders/" + id).with(as(STAFF))).andExpect(status().isNotFound());
		}
	}

	@Test
	void invalidDatesAreFieldMessagesAndTheExportGoesBackToThem() throws Exception {
		String html = page(get("/admin/orders").param("from", "2026-02-31").param("insured", "赵六").with(as(STAFF)));
		assertThat(html).contains("id=\"admin-filter-from-error\"", "请输入有效日期", "value=\"2026-02-31\"",
				"href=\"/admin/orders.csv?from=2026-02-31&amp;insured=");

		this.mvc.perform(get("/admin/orders.csv").param("from", "2026-02-31").with(as(STAFF)))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/admin/orders?from=2026-02-31"));
	}

	@Test
	void csvHasBomLabelsQuotingAndDefusedFormulas() throws Exception {
		String product = OrderFixtures.unique("CSV");
		Order older = OrderFixtures.launched(this.orders, this.memberId, product, Instant.parse("2026-11-20T02:03:04Z"),
				null, "=HYPERLINK(\"http://x\")");
		Order newer = OrderFixtures.launched(this.orders, this.memberId, product, Instant.parse("2026-11-21T16:30:00Z"),
				null, "王\"五", "李,四");
		Member member = this.members.findById(this.memberId).orElseThrow();

		byte[] body = this.mvc.perform(get("/admin/orders.csv").param("product", product).with(as(STAFF)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		String memberCells = MEMBER + "," + member.displayName() + "," + (member.company() == null ? "" : member.company());
		String expected = "\uFEFF订单号,下单时间,会员手机号,会员姓名,公司,合作方,产品,计划,被保险人,保单号,保费（元）,状态,合作方订单号\r\n"
				+ newer.getId() + ",2026-11-22 00:30:00," + memberCells + ",爱购保,产品" + product
				+ ",计划一,\"王\"\"五、李,四\",,,待支付,\r\n"
				+ older.getId() + ",2026-11-20 10:03:04," + memberCells + ",爱购保,产品" + product
				+ ",计划一,\"'=HYPERLINK(\"\"http://x\"\")\",,,待支付,\r\n";
		assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo(expected);
		assertThat(body[0]).isEqualTo((byte) 0xEF);

		AuditRows.Row export = AuditRows.required(this.jdbc, AuditAction.EXPORT_MADE, "orders");
		assertThat(export.actorLogin()).isEqualTo(STAFF);
		assertThat(export.after()).isEqualTo("{\"product\":\"" + product + "\"}");
	}

	@Test
	void anExportNamesTheInsuredOnlyByTheFirstCharacterInTheAuditLog() throws Exception {
		this.mvc.perform(get("/admin/orders.csv").param("insured", "赵六").param("channel", "XIEBAO").with(as(STAFF)))
			.andExpect(status().isOk());
		assertThat(AuditRows.required(this.jdbc, AuditAction.EXPORT_MADE, "orders").after())
			.isEqualTo("{\"channel\":\"XIEBAO\",\"insured\":\"赵**\"}");
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

package com.baolink.admin;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.baolink.member.Members;
import com.baolink.partner.aigoubao.AigoubaoApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The dashboard's chart JSON and tables against a known data set (exact numbers), and its date range. */
@Tag("integration")
@SpringBootTest(properties = "baolink.engine.recurring=false")
@AutoConfigureMockMvc
class DashboardChartsTests {

	@MockitoBean
	AigoubaoApi api;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Members members;

	@Autowired
	PasswordEncoder encoder;

	private final JsonMapper json = JsonMapper.builder().build();

	DashboardDataSet data;

	@BeforeEach
	void seed() {
		this.data = DashboardDataSet.seed(this.jdbc, this.members, this.encoder, 2001);
	}

	@Test
	void salesPerDayCountsLaunchedOrdersAndPaidPremiumPerChinaDay() throws Exception {
		JsonNode chart = chart("sales-per-day");
		assertThat(chart.get("type").asString()).isEqualTo("daily");
		assertThat(texts(chart.get("categories"))).containsExactly(this.data.firstDay.toString(),
				this.data.firstDay.plusDays(1).toString(), this.data.lastDay().toString());
		assertThat(series(chart, "orders")).containsExactly("2", "3", "0");
		assertThat(series(chart, "premium")).as("yuan as strings with two decimals")
			.containsExactly("150.50", "220.00", "0.00");
		assertThat(chart.get("series").get(1).get("values").get(0).isString()).isTrue();
	}

	@Test
	void topProductsAndMembersRankPaidPremium() throws Exception {
		JsonNode products = chart("premium-by-product");
		assertThat(texts(products.get("categories"))).hasSize(2);
		assertThat(texts(products.get("categories")).get(0)).contains(this.data.productOne);
		assertThat(texts(products.get("categories")).get(1)).contains(this.data.productTwo);
		assertThat(series(products, "premium")).containsExactly("300.00", "70.50");
		assertThat(series(products, "orders")).containsExactly("2", "2");

		JsonNode members = chart("premium-by-member");
		assertThat(texts(members.get("categories")).get(0)).contains(this.data.memberB);
		assertThat(texts(members.get("categories")).get(1)).contains(this.data.memberA);
		assertThat(series(members, "premium")).containsExactly("220.00", "150.50");
		assertThat(series(members, "orders")).containsExactly("2", "2");
	}

	@Test
	void funnelCountsPaidIssuedAndSurrenderedOfTheLaunched() throws Exception {
		JsonNode funnel = chart("funnel");
		assertThat(texts(funnel.get("categories"))).containsExactly("已提交", "已支付", "已承保", "已退保");
		assertThat(series(funnel, "orders")).containsExactly("5", "4", "3", "2");
	}

	@Test
	void callbacksPerHourCoverTheLastDayOfAPastRangeByOutcome() throws Exception {
		JsonNode chart = chart("callbacks-per-hour");
		List<String> hours = texts(chart.get("categories"));
		assertThat(hours).hasSize(24);
		String day = this.data.lastDay().format(DateTimeFormatter.ofPattern("MM-dd"));
		assertThat(hours.get(0)).isEqualTo(day + " 00:00");
		assertThat(hours.get(23)).isEqualTo(day + " 23:00");
		assertThat(hourly(chart, "PROCESSED")).containsEntry(0, 2L).hasSize(1);
		assertThat(hourly(chart, "UNMATCHED")).containsEntry(5, 1L).hasSize(1);
		assertThat(hourly(chart, "FAILED")).containsEntry(23, 1L).hasSize(1);
		assertThat(hourly(chart, "RECEIVED")).isEmpty();
		assertThat(hourly(chart, "REFUSED")).as("every refusal once, the sampled row not again").containsEntry(5, 7L)
			.hasSize(1);
	}

	@Test
	void taskQueueShowsEveryKindOfTaskByItsLabel() throws Exception {
		JsonNode chart = chart("task-queue");
		List<String> tasks = texts(chart.get("categories"));
		assertThat(tasks).contains("处理合作方回调", "未完结订单对账").noneMatch(label -> label.matches("[a-z-]+"));
		assertThat(chart.get("series")).extracting(s -> s.get("key").asString())
			.containsExactly("due", "running", "givenUp", "later");
	}

	@Test
	void chartsSpeakTheViewersLanguage() throws Exception {
		JsonNode funnel = chart("funnel", "en");
		assertThat(texts(funnel.get("categories"))).containsExactly("Placed", "Paid", "Issued", "Surrendered");
	}

	@Test
	void thePagePrintsTheSameNumbersAsTables() throws Exception {
		String page = this.mvc.perform(get("/admin").param("from", this.data.firstDay.toString())
			.param("to", this.data.lastDay().toString())
			.with(staff()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"table-sales-per-day\"", "id=\"chart-sales-per-day\"",
				"data-chart-url=\"/admin/dashboard/sales-per-day.json?from=" + this.data.firstDay + "&amp;to="
						+ this.data.lastDay() + "\"",
				"value=\"" + this.data.firstDay + "\"", "/webjars/echarts/", "/dist/echarts.min.js", "/js/admin-dashboard.js");
		String sales = table(page, "table-sales-per-day");
		assertThat(sales).contains("<th scope=\"row\">" + this.data.firstDay + "</th>")
			.contains("data-series=\"orders\">2</td>", "data-series=\"premium\">150.50</td>")
			.contains("data-series=\"orders\">3</td>", "data-series=\"premium\">220.00</td>");
		assertThat(table(page, "table-funnel")).contains("data-series=\"orders\">5</td>", "data-series=\"orders\">4</td>",
				"data-series=\"orders\">3</td>", "data-series=\"orders\">2</td>");
		for (String id : DashboardCharts.IDS) {
			assertThat(page).contains("id=\"chart-" + id + "\"", "id=\"table-" + id + "\"");
		}
	}

	@Test
	void aWrongRangeIsShownWithItsMessagesAndTheDefaultRangeIsDrawn() throws Exception {
		String page = this.mvc.perform(get("/admin").param("from", "2026-13-01").param("to", "soon").with(staff()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"range-from-error\"", "id=\"range-to-error\"", "value=\"2026-13-01\"",
				"value=\"soon\"", "请输入日期");

		String tooLong = this.mvc.perform(get("/admin").param("from", "2001-01-01").param("to", "2002-12-31")
			.with(staff()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(tooLong).contains("id=\"range-from-error\"", "日期范围最长 366 天");

		String reversed = this.mvc.perform(get("/admin").param("from", "2001-02-01").param("to", "2001-01-01")
			.with(staff()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(reversed).contains("id=\"range-to-error\"", "结束日期不能早于开始日期");
	}

	@Test
	void theJsonRefusesAWrongRangeWithTheFieldMessages() throws Exception {
		String body = this.mvc.perform(get("/admin/dashboard/funnel.json").param("from", "2001-01-01")
			.param("to", "2003-01-01")
			.param("lang", "en")
			.with(staff()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(this.json.readTree(body).get("errors").get("from").asString())
			.isEqualTo("The range can be at most 366 days");
		this.mvc.perform(get("/admin/dashboard/nothing.json").with(staff())).andExpect(status().isNotFound());
	}

	@Test
	void membersCannotReadTheCharts() throws Exception {
		this.mvc.perform(get("/admin/dashboard/funnel.json").with(user(this.users.loadUserByUsername(this.data.memberA))))
			.andExpect(status().isForbidden());
	}

	private JsonNode chart(String id) throws Exception {
		return chart(id, "zh-CN");
	}

	private JsonNode chart(String id, String lang) throws Exception {
		String body = this.mvc.perform(get("/admin/dashboard/" + id + ".json").param("from", this.data.firstDay.toString())
			.param("to", this.data.lastDay().toString())
			.param("lang", lang)
			.with(staff()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		JsonNode chart = this.json.readTree(body);
		assertThat(chart.get("id").asString()).isEqualTo(id);
		return chart;
	}

	private static List<String> texts(JsonNode array) {
		return array.valueStream().map(JsonNode::asString).toList();
	}

	private static List<String> series(JsonNode chart, String key) {
		for (JsonNode series : chart.get("series")) {
			if (series.get("key").asString().equals(key)) {
				return texts(series.get("values"));
			}
		}
		throw new AssertionError("no series " + key + " in " + chart);
	}

	/** The non-zero hours of a series: hour index to count. */
	private static Map<Integer, Long> hourly(JsonNode chart, String key) {
		List<String> values = series(chart, key);
		Map<Integer, Long> counts = new java.util.TreeMap<>();
		for (int h = 0; h < values.size(); h++) {
			long n = Long.parseLong(values.get(h));
			if (n != 0) {
				counts.put(h, n);
			}
		}
		return counts;
	}

	private static String table(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).as(id).isPositive();
		return page.substring(start, page.indexOf("</table>", start));
	}

	private RequestPostProcessor staff() {
		return user(this.users.loadUserByUsername("admin"));
	}

}

package com.baolink.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.baolink.testsupport.CatalogWebTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /admin/audit}: every staff role reads it, filters by actor, action, subject and China-time
 * dates, newest first, labels instead of codes in both languages, only the changed fields shown.
 * (That nobody can POST, PUT or DELETE there is in StaffAccessTests.)
 */
class AuditLogPageTests extends CatalogWebTestSupport {

	@Autowired
	JdbcClient jdbc;

	String actor;

	private long insert(String action, String subjectType, String subjectId, Instant at, String before, String after) {
		this.jdbc.sql("""
				INSERT INTO audit_event (occurred_at, actor_login, actor_name, actor_role, remote_address, action,
				    subject_type, subject_id, summary, before_json, after_json)
				VALUES (:at, :login, '测试员', 'FINANCE', '203.0.113.7', :action, :type, :id, '摘要', :before, :after)""")
			.param("at", Timestamp.from(at))
			.param("login", this.actor)
			.param("action", action)
			.param("type", subjectType)
			.param("id", subjectId)
			.param("before", before)
			.param("after", after)
			.update();
		return this.jdbc.sql("SELECT MAX(id) FROM audit_event WHERE actor_login = :login")
			.param("login", this.actor)
			.query(Long.class)
			.single();
	}

	long earlyFirstOfMarch;

	long firstOfMarch;

	long thirdOfMarch;

	@BeforeEach
	void rows() {
		this.actor = unique("auditor");
		// 2026-03-01 01:00 and 10:00 in China, 2026-03-03 04:00 in China
		this.earlyFirstOfMarch = insert("CREDIT_APPROVED", "ORDER", "71", Instant.parse("2026-02-28T17:00:00Z"),
				"{\"status\":\"AWAITING_CREDIT_APPROVAL\"}", "{\"decision\":\"APPROVED\"}");
		this.firstOfMarch = insert("MEMBER_CHANGED", "MEMBER", "72", Instant.parse("2026-03-01T02:00:00Z"),
				"{\"company\":\"旧公司\",\"city\":\"宁波市\"}", "{\"company\":\"新公司\",\"city\":\"宁波市\"}");
		this.thirdOfMarch = insert("CREDIT_REJECTED", "ORDER", "73", Instant.parse("2026-03-02T20:00:00Z"), null,
				"{\"decision\":\"REJECTED\",\"reason\":\"额度不足\"}");
	}

	private List<Long> shownIds(String html) {
		return java.util.regex.Pattern.compile("id=\"audit-(\\d+)\"")
			.matcher(html)
			.results()
			.map(m -> Long.parseLong(m.group(1)))
			.toList();
	}

	private String page(String login, String query) throws Exception {
		return this.mvc.perform(get("/admin/audit?" + query).with(login(login)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void everyStaffRoleReadsItNewestFirstWithLabels() throws Exception {
		for (String login : List.of("admin", "finance", "support")) {
			String html = page(login, "actor=" + this.actor);
			assertThat(shownIds(html)).containsExactly(this.thirdOfMarch, this.firstOfMarch, this.earlyFirstOfMarch);
			assertThat(html).contains("拒绝授信支付", "批准授信支付", "修改会员资料", "财务", "203.0.113.7", "额度不足")
				.doesNotContain(">CREDIT_REJECTED<");
		}
	}

	@Test
	void onlyTheChangedFieldsOfAChangeAreShown() throws Exception {
		String html = page("support", "actor=" + this.actor + "&action=MEMBER_CHANGED");
		assertThat(shownIds(html)).containsExactly(this.firstOfMarch);
		assertThat(html).contains("旧公司", "新公司", "公司").doesNotContain("宁波市");
	}

	@Test
	void filtersByActionSubjectAndChinaDates() throws Exception {
		assertThat(shownIds(page("admin", "actor=" + this.actor + "&action=CREDIT_APPROVED")))
			.containsExactly(this.earlyFirstOfMarch);
		assertThat(shownIds(page("admin", "actor=" + this.actor + "&subjectType=ORDER")))
			.containsExactly(this.thirdOfMarch, this.earlyFirstOfMarch);
		assertThat(shownIds(page("admin", "actor=" + this.actor + "&subjectType=ORDER&subjectId=73")))
			.containsExactly(this.thirdOfMarch);
		assertThat(shownIds(page("admin", "actor=" + this.actor + "&from=2026-03-01&to=2026-03-01")))
			.containsExactly(this.firstOfMarch, this.earlyFirstOfMarch);
		assertThat(shownIds(page("admin", "actor=" + this.actor + "&from=2026-03-02")))
			.containsExactly(this.thirdOfMarch);
		assertThat(shownIds(page("admin", "actor=" + this.actor + "&from=2026-03-03&to=2026-03-01")))
			.as("a reversed range is read the right way round")
			.containsExactly(this.thirdOfMarch, this.firstOfMarch, this.earlyFirstOfMarch);
	}

	@Test
	void unreadableFiltersAreDroppedNotFailed() throws Exception {
		assertThat(shownIds(page("admin", "actor=" + this.actor + "&action=DROP_TABLE&subjectType=%27&from=yesterday&page=-3")))
			.hasSize(3);
	}

	@Test
	void englishLabels() throws Exception {
		this.mvc.perform(get("/admin/audit").param("actor", this.actor).with(login("support"))
				.cookie(new Cookie("baolink-lang", "en")))
			.andExpect(content().string(containsString("Credit payment rejected")))
			.andExpect(content().string(containsString("Audit log")))
			.andExpect(content().string(not(containsString("拒绝授信支付"))));
	}

}

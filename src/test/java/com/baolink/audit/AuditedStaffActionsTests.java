package com.baolink.audit;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.baolink.catalog.Product;
import com.baolink.engine.EngineProperties;
import com.baolink.infrastructure.security.LoginThrottle;
import com.baolink.member.Member;
import com.baolink.member.Members;
import com.baolink.catalog.Channel;
import com.baolink.order.Order;
import com.baolink.order.OrderFixtures;
import com.baolink.order.OrderEventSource;
import com.baolink.order.OrderStatus;
import com.baolink.order.Orders;
import com.baolink.order.PayType;
import com.baolink.partner.aigoubao.AigoubaoApi.CallPriority;
import com.baolink.partner.aigoubao.AigoubaoApi.ProductDetail;
import com.baolink.partner.aigoubao.AigoubaoApi.RegisterResult;
import com.baolink.testsupport.CatalogWebTestSupport;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willReturn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every staff action leaves its audit row: who (login, name, role), from which address, on which
 * subject, and the before/after of what changed — with personal data masked and no password in it.
 */
class AuditedStaffActionsTests extends CatalogWebTestSupport {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	private static final String PASSWORD = "Maple-Violin-Otter-31";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Members members;

	@Autowired
	Orders orders;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	EngineProperties engine;

	private MockHttpServletRequestBuilder as(String login, MockHttpServletRequestBuilder request) {
		return request.with(csrf()).with(login(login));
	}

	private static String freshMobile() {
		return "137" + String.format("%08d", Math.abs(UUID.randomUUID().getMostSignificantBits()) % 100_000_000L);
	}

	@Test
	void everyMemberActionIsAuditedWithMaskedPersonalData() throws Exception {
		String mobile = freshMobile();
		this.mvc.perform(as("admin", post("/admin/members/new")).param("mobile", mobile).param("displayName", "审计甲")
				.param("company", "宁波审计旅行社").param("province", "浙江省").param("city", "宁波市").param("address", "海曙区1号")
				.param("password", PASSWORD))
			.andExpect(status().is3xxRedirection());
		Member member = this.members.findByLogin(mobile).orElseThrow();

		AuditRows.Row created = AuditRows.required(this.jdbc, AuditAction.MEMBER_CREATED, member.id());
		assertThat(created.actorLogin()).isEqualTo("admin");
		assertThat(created.actorRole()).isEqualTo("ADMIN");
		assertThat(created.actorName()).isEqualTo("分销商管理员");
		assertThat(created.remoteAddress()).isEqualTo("127.0.0.1");
		assertThat(created.subjectType()).isEqualTo("MEMBER");
		assertThat(created.before()).isNull();
		assertThat(created.after()).contains("宁波审计旅行社", mobile.substring(0, 3) + "****" + mobile.substring(7))
			.doesNotContain(mobile, PASSWORD, "{noop}", "{bcrypt}");
		assertThat(created.summary()).contains("审计甲").doesNotContain(mobile);

		this.mvc.perform(as("admin", post("/admin/members/" + member.id())).param("displayName", "审计甲")
				.param("company", "宁波审计旅行社二部").param("province", "浙江省").param("city", "宁波市").param("address", "海曙区1号"))
			.andExpect(status().is3xxRedirection());
		AuditRows.Row changed = AuditRows.required(this.jdbc, AuditAction.MEMBER_CHANGED, member.id());
		assertThat(changed.before()).contains("\"company\":\"宁波审计旅行社\"");
		assertThat(changed.after()).contains("\"company\":\"宁波审计旅行社二部\"");

		willReturn(new RegisterResult("AUD" + member.id())).given(this.aigoubao).register(any(), eq(CallPriority.USER));
		this.mvc.perform(as("admin", post("/admin/members/" + member.id() + "/register")))
			.andExpect(status().is3xxRedirection());
		AuditRows.Row registered = AuditRows.required(this.jdbc, AuditAction.MEMBER_REGISTERED, member.id());
		assertThat(registered.before()).isEqualTo("{\"aigoubaoMemberId\":null}");
		assertThat(registered.after()).isEqualTo("{\"aigoubaoMemberId\":\"AUD" + member.id() + "\"}");

		String newPassword = "Quartz-Falcon-Meadow-84";
		this.mvc.perform(as("admin", post("/admin/members/" + member.id() + "/password")).param("password", newPassword))
			.andExpect(status().is3xxRedirection());
		AuditRows.Row password = AuditRows.required(this.jdbc, AuditAction.MEMBER_PASSWORD_SET, member.id());
		assertThat(password.after()).contains("mustChangePassword").doesNotContain(newPassword);

		this.mvc.perform(as("admin", post("/admin/members/" + member.id() + "/enabled")).param("enabled", "false"))
			.andExpect(status().is3xxRedirection());
		assertThat(AuditRows.required(this.jdbc, AuditAction.MEMBER_DISABLED, member.id()).after())
			.isEqualTo("{\"enabled\":false}");
		this.mvc.perform(as("admin", post("/admin/members/" + member.id() + "/enabled")).param("enabled", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(AuditRows.required(this.jdbc, AuditAction.MEMBER_ENABLED, member.id()).after())
			.isEqualTo("{\"enabled\":true}");

		for (int i = 0; i < 50 && this.throttle.accountLockedUntil(mobile).isEmpty(); i++) {
			this.throttle.recordFailure(mobile, "10.9.9." + (i % 200));
		}
		assertThat(this.throttle.accountLockedUntil(mobile)).isPresent();
		this.mvc.perform(as("admin", post("/admin/members/" + member.id() + "/unlock"))).andExpect(status().is3xxRedirection());
		AuditRows.Row unlocked = AuditRows.required(this.jdbc, AuditAction.MEMBER_UNLOCKED, member.id());
		assertThat(unlocked.before()).contains("lockedUntil").doesNotContain("null");
		assertThat(unlocked.after()).isEqualTo("{\"lockedUntil\":null}");
	}

	@Test
	void aChangeThatChangesNothingLeavesNoEnableRow() throws Exception {
		Member member = this.members.findByLogin("13800000002").orElseThrow();
		int before = AuditRows.count(this.jdbc, AuditAction.MEMBER_ENABLED, member.id());
		this.mvc.perform(as("admin", post("/admin/members/" + member.id() + "/enabled")).param("enabled", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(AuditRows.count(this.jdbc, AuditAction.MEMBER_ENABLED, member.id())).isEqualTo(before);
	}

	private Order awaitingCredit(long memberId) {
		Instant now = Instant.now();
		Order order = Order.launch(memberId, Channel.AIGOUBAO, PayType.CREDIT, OrderFixtures.unique("BL"),
				OrderFixtures.unique("tok-"), "200437", "审计险", "P1", "计划一", LocalDate.of(2026, 12, 1),
				LocalDate.of(2026, 12, 3), "投保人", List.of(), now);
		order.preOrderCreated(OrderFixtures.unique("TE"), null, now, null);
		order.advanceTo(OrderStatus.AWAITING_CREDIT_APPROVAL, OrderEventSource.PULL, now);
		return this.orders.save(order);
	}

	@Test
	void creditDecisionsResendAndRunAgainAreAuditedWithTheStaffRole() throws Exception {
		long memberId = OrderFixtures.registeredMember(this.members, "13800000001");
		// within the member's credit limit, so the approval needs no override
		this.jdbc.sql("UPDATE member SET credit_limit = 1000000 WHERE id = :id").param("id", memberId).update();
		Order approved = awaitingCredit(memberId);
		this.mvc.perform(as("finance", post("/admin/credit/" + approved.getId() + "/approve")))
			.andExpect(status().is3xxRedirection());
		AuditRows.Row approval = AuditRows.required(this.jdbc, AuditAction.CREDIT_APPROVED, approved.getId());
		assertThat(approval.actorLogin()).isEqualTo("finance");
		assertThat(approval.actorRole()).isEqualTo("FINANCE");
		assertThat(approval.subjectType()).isEqualTo("ORDER");
		assertThat(approval.before()).contains("AWAITING_CREDIT_APPROVAL");
		assertThat(approval.after()).startsWith("{\"decision\":\"APPROVED\",\"amount\":");
		assertThat(approval.summary()).contains("审计险", approved.getOutSerialNo());

		Order rejected = awaitingCredit(memberId);
		this.mvc.perform(as("admin", post("/admin/credit/" + rejected.getId() + "/reject")).param("reason", "超出授信额度"))
			.andExpect(status().is3xxRedirection());
		assertThat(AuditRows.required(this.jdbc, AuditAction.CREDIT_REJECTED, rejected.getId()).after())
			.isEqualTo("{\"decision\":\"REJECTED\",\"reason\":\"超出授信额度\"}");

		long outboxId = this.jdbc.sql("SELECT id FROM partner_outbox WHERE order_id = :id ORDER BY id DESC LIMIT 1")
			.param("id", approved.getId())
			.query(Long.class)
			.single();
		await().atMost(Duration.ofSeconds(60)).until(() -> "SENT".equals(outboxStatus(outboxId)));
		this.jdbc.sql("UPDATE partner_outbox SET status = 'FAILED' WHERE id = :id").param("id", outboxId).update();
		this.mvc.perform(as("finance", post("/admin/credit/" + approved.getId() + "/resend")))
			.andExpect(status().is3xxRedirection());
		AuditRows.Row resent = AuditRows.required(this.jdbc, AuditAction.CREDIT_RESENT, approved.getId());
		assertThat(resent.actorLogin()).isEqualTo("finance");

		await().atMost(Duration.ofSeconds(60)).until(() -> "SENT".equals(outboxStatus(outboxId)));
		this.jdbc.sql("UPDATE partner_outbox SET status = 'FAILED' WHERE id = :id").param("id", outboxId).update();
		this.jdbc.sql("""
				INSERT INTO engine_given_up (task_name, task_instance, attempts, last_error, first_at, given_up_at, node)
				VALUES (:task, :id, 3, 'test', :now, :now, 'test')""")
			.param("task", this.engine.namespace() + "partner-call")
			.param("id", String.valueOf(outboxId))
			.param("now", Timestamp.from(Instant.now()))
			.update();
		this.mvc.perform(as("admin", post("/admin/tasks/run-again")).param("task", "partner-call")
				.param("id", String.valueOf(outboxId)))
			.andExpect(status().is3xxRedirection());
		AuditRows.Row runAgain = AuditRows.required(this.jdbc, AuditAction.TASK_RUN_AGAIN, "partner-call/" + outboxId);
		assertThat(runAgain.subjectType()).isEqualTo("TASK");
		assertThat(runAgain.before()).contains("GIVEN_UP");
		await().atMost(Duration.ofSeconds(60)).until(() -> "SENT".equals(outboxStatus(outboxId)));
	}

	private String outboxStatus(long id) {
		return this.jdbc.sql("SELECT status FROM partner_outbox WHERE id = :id").param("id", id).query(String.class).single();
	}

	@Test
	void aCallbackReplayIsAudited() throws Exception {
		String ref = "TE-audit-" + UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO inbound_callback (source, kind, dedupe_key, raw_body, headers, remote_addr, signature_verdict,
				    partner_ref, status, attempts, received_at)
				VALUES ('AIGOUBAO', 'DELIVER', :key, '{}', 'X-Test: yes', '127.0.0.1', 'PLAIN_UNVERIFIED', :ref, 'FAILED', 1, :now)""")
			.param("key", UUID.randomUUID().toString().replace("-", "") + "00000000000000000000000000000000")
			.param("ref", ref)
			.param("now", Timestamp.from(Instant.now()))
			.update();
		long id = this.jdbc.sql("SELECT id FROM inbound_callback WHERE partner_ref = :ref").param("ref", ref)
			.query(Long.class)
			.single();
		this.mvc.perform(as("admin", post("/admin/callbacks/" + id + "/replay"))).andExpect(status().is3xxRedirection());
		AuditRows.Row replayed = AuditRows.required(this.jdbc, AuditAction.CALLBACK_REPLAYED, id);
		assertThat(replayed.subjectType()).isEqualTo("CALLBACK");
		assertThat(replayed.before()).isEqualTo("{\"status\":\"FAILED\"}");
		assertThat(replayed.after()).isEqualTo("{\"status\":\"RECEIVED\"}");
		assertThat(replayed.summary()).contains("AIGOUBAO");
	}

	private void partnerKnows(String code, String name) throws Exception {
		given(this.aigoubao.getProductDetail(argThat(r -> r != null && code.equals(r.productCode())), any()))
			.willReturn(JsonMapper.builder().build().readValue("""
					{"productCode":"%s","productName":"%s","plans":[{"planCode":"N1","planName":"计划","minPrice":3}]}"""
				.formatted(code, name), ProductDetail.class));
	}

	@Test
	void everyProductChangeIsAuditedWithBeforeAndAfter() throws Exception {
		String code = unique("6");
		partnerKnows(code, "审计产品");
		this.mvc.perform(as("admin", post("/admin/products/aigoubao")).param("code", code))
			.andExpect(status().is3xxRedirection());
		Product product = this.products.findByChannelAndCode(Channel.AIGOUBAO, code).orElseThrow();
		long id = product.getId();
		AuditRows.Row created = AuditRows.required(this.jdbc, AuditAction.PRODUCT_CREATED, id);
		assertThat(created.after()).contains("\"name\":\"审计产品\"", "\"enabled\":false");
		assertThat(created.summary()).contains("审计产品", code);

		this.mvc.perform(as("admin", post("/admin/products/" + id)).param("insurerName", "天安财险").param("category", "TRAVEL")
				.param("displayOrder", "5").param("enabled", "true"))
			.andExpect(status().is3xxRedirection());
		AuditRows.Row changed = AuditRows.required(this.jdbc, AuditAction.PRODUCT_CHANGED, id);
		assertThat(changed.before()).contains("\"insurerName\":null", "\"enabled\":false");
		assertThat(changed.after()).contains("\"insurerName\":\"天安财险\"", "\"enabled\":true");

		this.mvc.perform(as("admin", post("/admin/products/" + id + "/enabled")).param("enabled", "false"))
			.andExpect(status().is3xxRedirection());
		assertThat(AuditRows.required(this.jdbc, AuditAction.PRODUCT_DISABLED, id).after()).isEqualTo("{\"enabled\":false}");
		this.mvc.perform(as("admin", post("/admin/products/" + id + "/enabled")).param("enabled", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(AuditRows.required(this.jdbc, AuditAction.PRODUCT_ENABLED, id).after()).isEqualTo("{\"enabled\":true}");

		this.mvc.perform(multipart("/admin/products/" + id + "/picture")
				.file(new MockMultipartFile("picture", "a.png", "image/png", PNG)).with(csrf()).with(login("admin")))
			.andExpect(status().is3xxRedirection());
		AuditRows.Row picture = AuditRows.required(this.jdbc, AuditAction.PRODUCT_PICTURE_CHANGED, id);
		assertThat(picture.before()).isEqualTo("{\"picture\":null}");
		assertThat(picture.after()).doesNotContain("null");
		this.mvc.perform(as("admin", post("/admin/products/" + id + "/picture/delete"))).andExpect(status().is3xxRedirection());
		assertThat(AuditRows.required(this.jdbc, AuditAction.PRODUCT_PICTURE_REMOVED, id).after()).isEqualTo("{\"picture\":null}");

		partnerKnows(code, "审计产品（新名）");
		this.mvc.perform(as("admin", post("/admin/products/" + id + "/refresh"))).andExpect(status().is3xxRedirection());
		AuditRows.Row refreshed = AuditRows.required(this.jdbc, AuditAction.PRODUCT_REFRESHED, id);
		assertThat(refreshed.before()).contains("\"name\":\"审计产品\"");
		assertThat(refreshed.after()).contains("\"name\":\"审计产品（新名）\"");
	}

}

package com.baolink.admin;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import com.baolink.partner.aigoubao.AigoubaoApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The callback screens show partners and kinds by name, and explain unsigned AiGouBao callbacks. */
@Tag("integration")
@SpringBootTest(properties = "baolink.engine.recurring=false")
@AutoConfigureMockMvc
class AdminCallbackWordsTests {

	@MockitoBean
	AigoubaoApi api;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anUnsignedAigoubaoCallbackIsExplainedAndLabelled() throws Exception {
		String ref = "TE-words-" + UUID.randomUUID();
		long id = insert("AIGOUBAO", "DELIVER", "PLAIN_UNVERIFIED", ref);
		String detail = page("/admin/callbacks/" + id, "zh-CN");
		assertThat(detail).contains("id=\"callback-source\">爱购保<", "id=\"callback-kind\">承保结果<",
				"id=\"callback-unsigned-hint\"", "向爱购保查询该订单（7.11）核实")
			.doesNotContain(">AIGOUBAO<", ">DELIVER<");
		assertThat(page("/admin/callbacks/" + id, "en")).contains(">AiGouBao<", ">Insure result<",
				"it pulls that order from AiGouBao (7.11) to verify");

		String list = page("/admin/callbacks?source=AIGOUBAO", "zh-CN");
		assertThat(list).contains("（提示，已查询订单核实）", ">承保结果</td>").doesNotContain(">DELIVER</td>");
	}

	@Test
	void xiebaoKindsHaveWordsAndAnUnknownCodeIsShownAsItIs() throws Exception {
		long epolicy = insert("XIEBAO", "XB_EPOLICY", "SIGNED_VALID", "XB-words-" + UUID.randomUUID());
		String detail = page("/admin/callbacks/" + epolicy, "zh-CN");
		assertThat(detail).contains(">携保<", ">电子保单通知<").doesNotContain("callback-unsigned-hint", ">XB_EPOLICY<");

		long future = insert("XIEBAO", "XB_NEW_KIND", "SIGNED_VALID", "XB-words-" + UUID.randomUUID());
		assertThat(page("/admin/callbacks/" + future, "zh-CN")).contains("id=\"callback-kind\">XB_NEW_KIND<")
			.doesNotContain("??");
	}

	private long insert(String source, String kind, String verdict, String ref) {
		this.jdbc.sql("""
				INSERT INTO inbound_callback (source, kind, dedupe_key, raw_body, signature_verdict, partner_ref, status,
				  attempts, received_at)
				VALUES (:source, :kind, :key, '{}', :verdict, :ref, 'PROCESSED', 1, :now)""")
			.param("source", source)
			.param("kind", kind)
			.param("key", UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", ""))
			.param("verdict", verdict)
			.param("ref", ref)
			.param("now", Timestamp.from(Instant.now()))
			.update();
		return this.jdbc.sql("SELECT id FROM inbound_callback WHERE partner_ref = ?").param(ref).query(Long.class).single();
	}

	private String page(String path, String lang) throws Exception {
		return this.mvc.perform(get(path).param("lang", lang).with(user(this.users.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}

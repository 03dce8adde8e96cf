package com.baolink.scenefinance;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

import com.baolink.member.Members;
import com.baolink.order.OrderFixtures;
import com.baolink.partner.qimen.IssuingRequestParser;
import com.baolink.scenefinance.ScenePolicyIssuer.IdentifierConflictException;
import com.baolink.scenefinance.ScenePolicyIssuer.IssuedPolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Staff search over issued policies (a real server: the issuer builds absolute e-policy URLs). */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "baolink.engine.recurring=false")
@AutoConfigureMockMvc
class SceneFinanceAdminTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Members members;

	@Autowired
	ScenePolicyIssuer issuer;

	@Test
	void membersAreForbiddenAndAnonymousAreSentToLogin() throws Exception {
		OrderFixtures.registeredMember(this.members, "13800000001");
		this.mvc.perform(get("/admin/scene-finance").with(as("13800000001"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/scene-finance")).andExpect(status().is3xxRedirection());
	}

	@Test
	void staffSearchByPolicyNumberIdentifierInsureIdAndInsuredNameWithPdfLink() throws Exception {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		IssuedPolicy policy = issue("A" + marker, "钱多多" + marker);
		IssuedPolicy other = issue("B" + marker, "孙少少" + marker);
		String token = policy.policyFileUrl().substring(policy.policyFileUrl().lastIndexOf('/') + 1);

		for (String q : new String[] { policy.policyNo(), "A" + marker, "INS-A" + marker, "钱多多" + marker }) {
			String page = page(get("/admin/scene-finance").param("q", q).with(as("admin")));
			assertThat(page).as(q).contains(policy.policyNo(), "href=\"/qimen/policies/" + token + "\"")
				.doesNotContain(other.policyNo());
		}
		assertThat(page(get("/admin/scene-finance").param("q", marker).with(as("admin"))))
			.contains(policy.policyNo(), other.policyNo());
		assertThat(page(get("/admin/scene-finance").param("q", "%" + marker).with(as("admin"))))
			.as("LIKE wildcards are literal").doesNotContain(policy.policyNo());
		assertThat(page(get("/admin/scene-finance").param("lang", "en").with(as("admin"))))
			.contains("Scene-finance policies");
	}

	@Test
	void pagesOfTwenty() throws Exception {
		String marker = "P" + UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < 21; i++) {
			issue(marker + "-" + i, "李" + i);
		}
		String first = page(get("/admin/scene-finance").param("q", marker).with(as("admin")));
		String second = page(get("/admin/scene-finance").param("q", marker).param("page", "2").with(as("admin")));
		assertThat(count(first, "class=\"scene-policy-row\"")).isEqualTo(20);
		assertThat(count(second, "class=\"scene-policy-row\"")).isEqualTo(1);
		assertThat(first).contains("id=\"scene-page-next\"");
	}

	@Test
	void theIssuerIsIdempotentAndRefusesOtherContent() {
		String identifier = "I" + UUID.randomUUID().toString().substring(0, 8);
		IssuedPolicy first = issue(identifier, "周一");
		assertThat(issue(identifier, "周一")).isEqualTo(first);
		assertThatThrownBy(() -> issue(identifier, "周二")).isInstanceOf(IdentifierConflictException.class);
	}

	private IssuedPolicy issue(String identifier, String insured) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("identifier", identifier);
		body.put("insureTime", "2026-11-23 09:58:00");
		body.put("amount", "500");
		body.put("premiumOfCny", "1.20");
		body.put("productCode", "QUALITY");
		body.put("expireTime", "2026-12-31 23:59:59");
		body.put("premium", "1.20");
		body.put("insureId", "INS-" + identifier);
		body.put("currency", "CNY");
		body.put("currencyRate", "1");
		body.put("effectTime", "2026-11-23 10:00:00");
		body.put("insuredPersonalInfo", Map.of("personName", insured));
		return this.issuer.issue(IssuingRequestParser.parse(JSON.writeValueAsBytes(body)));
	}

	private String page(RequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static int count(String text, String needle) {
		return text.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
	}

	private RequestPostProcessor as(String login) {
		return user(this.users.loadUserByUsername(login));
	}

}

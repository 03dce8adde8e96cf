package com.baolink.member;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.baolink.partner.PartnerUnavailableException;
import com.baolink.partner.aigoubao.AigoubaoApi.CallPriority;
import com.baolink.partner.aigoubao.AigoubaoApi.RegisterResult;
import com.baolink.partner.aigoubao.AigoubaoException;
import com.baolink.testsupport.CatalogWebTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff member pages through MockMvc with a mocked AiGouBao API: access, validation, a partner
 * refusal that keeps the member, the retry, hostile input. The end-to-end flow over the sandbox is
 * in {@link MemberAdminSandboxTests}.
 */
class MemberAdminControllerTests extends CatalogWebTestSupport {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private static final String PASSWORD = "Maple-Violin-Otter-31";

	@Autowired
	Members members;

	static String freshMobile() {
		return "136" + String.format("%08d", (System.nanoTime() / 1000 + SEQUENCE.incrementAndGet()) % 100_000_000L);
	}

	private MockHttpServletRequestBuilder newMemberForm(String mobile, String name, String password,
			boolean registerNow) {
		MockHttpServletRequestBuilder request = post("/admin/members/new").with(login("admin"))
			.with(csrf())
			.param("mobile", mobile)
			.param("displayName", name)
			.param("company", "宁波海曙旅游服务有限公司")
			.param("province", "浙江省")
			.param("city", "宁波市")
			.param("address", "海曙区中山西路1号")
			.param("password", password)
			.param("_creditAllowed", "on")
			.param("_registerNow", "on");
		return registerNow ? request.param("registerNow", "true") : request;
	}

	private Member saved(String mobile) {
		return this.members.findByLogin(mobile).orElseThrow();
	}

	@Test
	void aMemberIsRefusedEveryStaffMemberUrl() throws Exception {
		long someMember = saved("13800000001").id();
		String[] pages = { "/admin/members", "/admin/members/new", "/admin/members/" + someMember };
		for (String page : pages) {
			this.mvc.perform(get(page).with(login("13800000002"))).andExpect(status().isForbidden());
		}
		String[] actions = { "/admin/members/new", "/admin/members/" + someMember,
				"/admin/members/" + someMember + "/register", "/admin/members/" + someMember + "/password",
				"/admin/members/" + someMember + "/enabled" };
		for (String action : actions) {
			this.mvc
				.perform(post(action).with(login("13800000002"))
					.with(csrf())
					.param("enabled", "false")
					.param("password", PASSWORD))
				.andExpect(status().isForbidden());
		}
		assertThat(saved("13800000001").enabled()).isTrue();
	}

	@Test
	void invalidFieldsComeBackWithTheirErrorsAndValuesButNeverThePassword() throws Exception {
		String body = this.mvc
			.perform(newMemberForm("1380000", "王五", "weak-pass1", true).param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("id=\"mobile-error\"", "Enter a valid mainland China mobile number")
			.contains("id=\"password-error\"", "The password needs at least 12 characters")
			.contains("value=\"1380000\"", "value=\"王五\"", "value=\"宁波海曙旅游服务有限公司\"")
			.doesNotContain("weak-pass1");
		verify(this.aigoubao, never()).register(any(), any());
	}

	@Test
	void fieldsLongerThanAigoubaosString32AreFieldErrorsAndNothingReachesThePartner() throws Exception {
		String mobile = freshMobile();
		this.mvc.perform(newMemberForm(mobile, "王五", "demo-Pass-12", true).param("company", "公".repeat(33))
				.param("address", "路".repeat(33)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "company", "member.admin.error.tooLong"))
			.andExpect(model().attributeHasFieldErrorCode("form", "address", "member.admin.error.tooLong"))
			.andExpect(content().string(containsString("公".repeat(33))));
		assertThat(this.members.findByLogin(mobile)).isEmpty();
		verify(this.aigoubao, never()).register(any(), any());
	}

	@Test
	void aMobileAlreadyRegisteredIsAFieldErrorInChinese() throws Exception {
		String body = this.mvc.perform(newMemberForm("13800000001", "赵六", PASSWORD, false))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("该手机号已注册", "value=\"赵六\"").doesNotContain(PASSWORD);
		assertThat(saved("13800000001").displayName()).isNotEqualTo("赵六");
	}

	@Test
	void hostileInputIsRefusedOrEscapedNeverAServerError() throws Exception {
		String mobile = freshMobile();
		String body = this.mvc
			.perform(newMemberForm(mobile, "名".repeat(5000), "a1".repeat(100), false).param("address",
					"路".repeat(100_000)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("id=\"displayName-error\"", "id=\"address-error\"", "id=\"password-error\"");
		assertThat(this.members.findByLogin(mobile)).isEmpty();

		String marker = "x" + SEQUENCE.incrementAndGet() + System.nanoTime();
		this.mvc.perform(newMemberForm(mobile, "<b>" + marker + "</b>", PASSWORD, false))
			.andExpect(status().is3xxRedirection());
		String list = this.mvc.perform(get("/admin/members").param("q", marker).with(login("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("&lt;b&gt;" + marker).doesNotContain("<b>" + marker);
		assertThat(this.mvc.perform(get("/admin/members").param("q", "%_!").param("page", "99999").with(login("admin")))
			.andReturn()
			.getResponse()
			.getStatus()).isNotEqualTo(500);
	}

	@Test
	void searchFindsByMobileNameOrCompanyAndNeverListsStaff() throws Exception {
		String mobile = freshMobile();
		this.mvc.perform(newMemberForm(mobile, "钱七", PASSWORD, false)).andExpect(status().is3xxRedirection());
		String byMobile = listed(mobile);
		assertThat(byMobile).contains(mobile, "钱七", "浙江省 / 宁波市");
		assertThat(listed("海曙旅游")).contains(mobile);
		assertThat(listed("admin")).doesNotContain("/admin/members/" + saved("admin").id() + "\"");
		assertThat(listed("%")).doesNotContain(mobile);
		this.mvc.perform(get("/admin/members/" + saved("admin").id()).with(login("admin")))
			.andExpect(status().isNotFound());
	}

	private String listed(String q) throws Exception {
		return this.mvc.perform(get("/admin/members").param("q", q).with(login("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void aPartnerRefusalKeepsTheMemberShowsTheWarningAndTheRetryRegisters() throws Exception {
		given(this.aigoubao.register(any(), any())).willThrow(new AigoubaoException("9999", "公司名称不合法"));
		String mobile = freshMobile();
		MvcResult created = this.mvc.perform(newMemberForm(mobile, "孙八", PASSWORD, true))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		Member member = saved(mobile);
		assertThat(member.aigoubaoMemberId()).isNull();
		assertThat(member.creditAllowed()).isFalse();
		assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/members/" + member.id());
		assertThat(created.getFlashMap().get("registrationRefused")).isEqualTo("公司名称不合法");

		String page = this.mvc
			.perform(get("/admin/members/" + member.id()).with(login("admin"))
				.cookie(created.getResponse().getCookies())) // the flash travels in the session
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"member-registration-warning\"", "公司名称不合法", "id=\"member-register\"");

		willReturn(new RegisterResult("880017")).given(this.aigoubao).register(any(), eq(CallPriority.USER));
		this.mvc.perform(post("/admin/members/" + member.id() + "/register").with(login("admin")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(saved(mobile).aigoubaoMemberId()).isEqualTo("880017");
		String after = this.mvc.perform(get("/admin/members/" + member.id()).with(login("admin")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(after).contains("id=\"member-aigoubao-id\"", "880017").doesNotContain("id=\"member-register\"");
	}

	@Test
	void anUnreachablePartnerKeepsTheMemberWithAWarning() throws Exception {
		given(this.aigoubao.register(any(), any())).willThrow(new PartnerUnavailableException("timeout", null));
		String mobile = freshMobile();
		MvcResult created = this.mvc.perform(newMemberForm(mobile, "周九", PASSWORD, true).cookie(new jakarta.servlet.http.Cookie("baolink-lang", "en")))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(created.getFlashMap().get("registrationUnavailable")).isEqualTo(true);
		assertThat(saved(mobile).aigoubaoMemberId()).isNull();
	}

	@Test
	void editingChangesTheDetailsButNeverTheLogin() throws Exception {
		String mobile = freshMobile();
		this.mvc.perform(newMemberForm(mobile, "吴十", PASSWORD, false)).andExpect(status().is3xxRedirection());
		Member member = saved(mobile);
		this.mvc
			.perform(post("/admin/members/" + member.id()).with(login("admin"))
				.with(csrf())
				.param("mobile", "13900000000")
				.param("displayName", "吴十一")
				.param("company", "新公司")
				.param("province", "江苏省")
				.param("city", "南京市")
				.param("address", "玄武区1号")
				.param("creditAllowed", "true")
				.param("_creditAllowed", "on"))
			.andExpect(status().is3xxRedirection());
		Member edited = this.members.findById(member.id()).orElseThrow();
		assertThat(edited.login()).isEqualTo(mobile);
		assertThat(edited.mobile()).isEqualTo(mobile);
		assertThat(edited.displayName()).isEqualTo("吴十一");
		assertThat(edited.city()).isEqualTo("南京市");
		assertThat(edited.creditAllowed()).isTrue();
		assertThat(edited.passwordHash()).isEqualTo(member.passwordHash());

		String refused = this.mvc
			.perform(post("/admin/members/" + member.id() + "/password").with(login("admin"))
				.with(csrf())
				.param("password", "short1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("id=\"new-password-error\"").doesNotContain("short1\"");
		assertThat(this.members.findById(member.id()).orElseThrow().passwordHash()).isEqualTo(member.passwordHash());
	}

	@Test
	void theAdminHomeLinksToTheMembers() throws Exception {
		String home = this.mvc.perform(get("/admin").with(login("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(home).contains("id=\"admin-members-link\"", "href=\"/admin/members\"");
	}

}

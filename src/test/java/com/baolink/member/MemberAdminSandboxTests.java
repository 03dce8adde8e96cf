package com.baolink.member;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.baolink.infrastructure.web.PortalHttpClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff register a member over real HTTP; the portal's client registers them with the sandbox
 * AiGouBao (7.1) on the same server; the member then logs in, is given a new password, is disabled.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MemberAdminSandboxTests {

	private static final String PASSWORD = "Cobalt-Meadow-Piano-64";

	@LocalServerPort
	int port;

	@Autowired
	Members members;

	private PortalHttpClient staff() {
		PortalHttpClient browser = new PortalHttpClient(this.port);
		browser.loginOrFail("admin", "Harbor-Quill-Lantern-73");
		return browser;
	}

	private boolean canLogIn(String login, String password) {
		HttpResponse<String> answer = new PortalHttpClient(this.port).login(login, password);
		String location = answer.headers().firstValue("Location").orElse("");
		return answer.statusCode() == 302 && !location.contains("/login");
	}

	private static HttpResponse<String> post(PortalHttpClient browser, String formPage, String action,
			Map<String, String> fields) {
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("_csrf", PortalHttpClient.csrfToken(browser.get(formPage).body()));
		return browser.postForm(action, form);
	}

	@Test
	void staffRegisterAMemberWithAiGouBaoWhoThenLogsInUntilDisabled() {
		PortalHttpClient staff = staff();
		String mobile = MemberAdminControllerTests.freshMobile();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("mobile", mobile);
		form.put("displayName", "郑十二");
		form.put("company", "温州鹿城商旅有限公司");
		form.put("province", "浙江省");
		form.put("city", "温州市");
		form.put("address", "鹿城区人民路8号");
		form.put("creditAllowed", "true");
		form.put("_creditAllowed", "on");
		form.put("password", PASSWORD);
		form.put("registerNow", "true");
		form.put("_registerNow", "on");

		HttpResponse<String> created = post(staff, "/admin/members/new", "/admin/members/new", form);

		assertThat(created.statusCode()).isEqualTo(302);
		Member member = this.members.findByLogin(mobile).orElseThrow();
		assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/admin/members/" + member.id());
		assertThat(member.aigoubaoMemberId()).isNotBlank();
		assertThat(member.creditAllowed()).isTrue();
		assertThat(member.passwordHash()).startsWith("{").doesNotContain(PASSWORD);
		String detail = staff.get("/admin/members/" + member.id()).body();
		assertThat(detail).contains("id=\"member-registered\"", "id=\"member-aigoubao-id\"", member.aigoubaoMemberId())
			.doesNotContain(PASSWORD);
		assertThat(canLogIn(mobile, PASSWORD)).isTrue();

		String memberPage = "/admin/members/" + member.id();
		PortalHttpClient openedBefore = new PortalHttpClient(this.port);
		openedBefore.loginOrFail(mobile, PASSWORD);
		assertThat(openedBefore.get("/orders").headers().firstValue("Location").orElse(""))
			.as("a staff-set password must be changed first")
			.endsWith("/account/password");
		HttpResponse<String> weak = post(openedBefore, "/account/password", "/account/password",
				Map.of("current", PASSWORD, "password", "password1234", "repeat", "password1234"));
		assertThat(weak.statusCode()).isEqualTo(200);
		assertThat(weak.body()).contains("id=\"password-error\"", "这是常见密码").doesNotContain("password1234");
		HttpResponse<String> mismatch = post(openedBefore, "/account/password", "/account/password",
				Map.of("current", PASSWORD, "password", "Saffron-Kettle-Harbor-19", "repeat", "Saffron-Kettle-Harbor-18"));
		assertThat(mismatch.body()).contains("id=\"repeat-error\"");
		HttpResponse<String> wrongCurrent = post(openedBefore, "/account/password", "/account/password",
				Map.of("current", "not-the-password", "password", "Saffron-Kettle-Harbor-19", "repeat", "Saffron-Kettle-Harbor-19"));
		assertThat(wrongCurrent.body()).contains("id=\"current-error\"");
		assertThat(post(openedBefore, "/account/password", "/account/password",
				Map.of("current", PASSWORD, "password", "Saffron-Kettle-Harbor-19", "repeat", "Saffron-Kettle-Harbor-19"))
			.headers()
			.firstValue("Location")
			.orElse("")).doesNotContain("/account/password");
		assertThat(openedBefore.get("/orders").statusCode()).isEqualTo(200);
		PortalHttpClient again = new PortalHttpClient(this.port);
		again.loginOrFail(mobile, "Saffron-Kettle-Harbor-19");
		assertThat(again.get("/orders").statusCode()).as("an own password is not asked again").isEqualTo(200);
		assertThat(post(staff, memberPage, memberPage + "/password", Map.of("password", "Tiger-Lantern-Orbit-42"))
			.statusCode()).isEqualTo(302);
		assertThat(canLogIn(mobile, "Saffron-Kettle-Harbor-19")).isFalse();
		assertThat(openedBefore.get("/orders").headers().firstValue("Location").orElse(""))
			.as("a session opened with the old password has ended")
			.endsWith("/login");
		PortalHttpClient openSession = new PortalHttpClient(this.port);
		openSession.loginOrFail(mobile, "Tiger-Lantern-Orbit-42");
		assertThat(openSession.get("/orders").headers().firstValue("Location").orElse(""))
			.as("set by staff again: to be changed again")
			.endsWith("/account/password");
		assertThat(openSession.get("/orders", "HX-Request", "true").headers().firstValue("HX-Redirect"))
			.hasValue("/account/password");

		assertThat(post(staff, memberPage, memberPage + "/enabled", Map.of("enabled", "false")).statusCode())
			.isEqualTo(302);
		assertThat(openSession.get("/orders").headers().firstValue("Location").orElse(""))
			.as("a disabled member's open session has ended")
			.endsWith("/login");
		assertThat(this.members.findById(member.id()).orElseThrow().enabled()).isFalse();
		assertThat(canLogIn(mobile, "Tiger-Lantern-Orbit-42")).isFalse();
		assertThat(staff.get(memberPage).body()).contains("id=\"member-enabled-badge\"");

		post(staff, memberPage, memberPage + "/enabled", Map.of("enabled", "true"));
		assertThat(canLogIn(mobile, "Tiger-Lantern-Orbit-42")).isTrue();
	}

	@Test
	void withoutTheBoxTicketTheMemberIsNotRegisteredUntilStaffAsk() {
		PortalHttpClient staff = staff();
		String mobile = MemberAdminControllerTests.freshMobile();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("mobile", mobile);
		form.put("displayName", "冯十三");
		form.put("company", "嘉兴南湖会务有限公司");
		form.put("province", "浙江省");
		form.put("city", "嘉兴市");
		form.put("address", "南湖区1号");
		form.put("password", PASSWORD);
		form.put("_registerNow", "on");
		assertThat(post(staff, "/admin/members/new", "/admin/members/new", form).statusCode()).isEqualTo(302);
		Member member = this.members.findByLogin(mobile).orElseThrow();
		assertThat(member.aigoubaoMemberId()).isNull();
		assertThat(member.creditAllowed()).isFalse();
		String memberPage = "/admin/members/" + member.id();
		assertThat(staff.get(memberPage).body()).contains("id=\"member-register\"");

		post(staff, memberPage, memberPage + "/register", Map.of());

		assertThat(this.members.findById(member.id()).orElseThrow().aigoubaoMemberId()).isNotBlank();
	}

}

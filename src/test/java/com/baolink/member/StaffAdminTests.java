package com.baolink.member;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MvcResult;

import com.baolink.audit.AuditAction;
import com.baolink.audit.AuditRows;
import com.baolink.member.Member.Role;
import com.baolink.testsupport.CatalogWebTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Staff user management: creation with a one-time password shown once and changed at first login,
 * validation in the user's language keeping what was typed, the rule that an admin cannot
 * disable, demote or reset themselves, and the audit row and session end of every change.
 */
class StaffAdminTests extends CatalogWebTestSupport {

	@Autowired
	Members members;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FindByIndexNameSessionRepository<? extends Session> sessions;

	private MvcResult create(String username, String name, String role) throws Exception {
		return this.mvc.perform(post("/admin/staff/new").with(csrf()).with(login("admin"))
				.param("username", username).param("displayName", name).param("role", role))
			.andReturn();
	}

	private static String username() {
		return unique("staff").toLowerCase(java.util.Locale.ROOT);
	}

	private Member staff(String login) {
		return this.members.findByLogin(login).orElseThrow();
	}

	@Test
	void processCreationFormShowsAOneTimePasswordOnceThatMustBeChangedAtFirstLogin() throws Exception {
		String username = username();
		MvcResult created = this.mvc.perform(post("/admin/staff/new").with(csrf()).with(login("admin"))
				.param("username", username).param("displayName", "新财务").param("role", "FINANCE"))
			.andReturn();
		Member staff = staff(username);
		// the flash attribute travels in the (database) session, named by its cookie
		Cookie browser = created.getResponse().getCookie("SESSION");
		assertThat(browser).isNotNull();
		assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/staff/" + staff.id());
		String password = (String) created.getFlashMap().get(StaffAdminController.ONE_TIME_PASSWORD);
		assertThat(password).isNotBlank();
		assertThat(MemberPasswordRule.problem(password, username, null)).isEmpty();
		assertThat(staff.role()).isEqualTo(Role.FINANCE);
		assertThat(staff.passwordHash()).doesNotContain(password);

		this.mvc.perform(get("/admin/staff/" + staff.id()).cookie(browser).with(login("admin")))
			.andExpect(content().string(containsString("id=\"one-time-password\"")))
			.andExpect(content().string(containsString(password)));
		this.mvc.perform(get("/admin/staff/" + staff.id()).cookie(browser).with(login("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(password))));

		AuditRows.Row audit = AuditRows.required(this.jdbc, AuditAction.STAFF_CREATED, staff.id());
		assertThat(audit.subjectType()).isEqualTo("STAFF_USER");
		assertThat(audit.after()).contains("\"login\":\"" + username + "\"", "\"role\":\"FINANCE\"").doesNotContain(password);

		this.mvc.perform(formLogin("/login").user(username).password(password))
			.andExpect(redirectedUrl(PasswordChangeGate.PATH));
	}

	@Test
	void processCreationFormHasErrorsInTheUsersLanguageAndKeepsWhatWasTyped() throws Exception {
		this.mvc.perform(post("/admin/staff/new").with(csrf()).with(login("admin")).cookie(new Cookie("baolink-lang", "en"))
				.param("username", "13800000009").param("displayName", "Typed Name").param("role", "MEMBER"))
			.andExpect(status().isOk())
			.andExpect(view().name(StaffAdminController.VIEW_NEW))
			.andExpect(model().attributeHasFieldErrorCode("form", "username", "staff.error.usernamePattern"))
			.andExpect(model().attributeHasFieldErrorCode("form", "role", "staff.error.role"))
			.andExpect(content().string(containsString("value=\"Typed Name\"")))
			.andExpect(content().string(containsString("value=\"13800000009\"")))
			.andExpect(content().string(containsString("Please choose a staff role")));
		this.mvc.perform(post("/admin/staff/new").with(csrf()).with(login("admin"))
				.param("username", "admin").param("displayName", "").param("role", "SUPPORT"))
			.andExpect(model().attributeHasFieldErrorCode("form", "username", "staff.error.usernameTaken"))
			.andExpect(model().attributeHasFieldErrorCode("form", "displayName", "staff.error.required"))
			.andExpect(content().string(containsString("该用户名已被使用")));
		this.mvc.perform(post("/admin/staff/new").with(csrf()).with(login("admin"))
				.param("username", "ab").param("displayName", "x".repeat(51)).param("role", "SUPPORT"))
			.andExpect(model().attributeHasFieldErrorCode("form", "username", "staff.error.usernameLength"))
			.andExpect(model().attributeHasFieldErrorCode("form", "displayName", "staff.error.tooLong"));
		assertThat(this.members.findByLogin("ab")).isEmpty();
	}

	@Test
	void anAdminCannotDemoteDisableOrResetThemselves() throws Exception {
		Member admin = staff("admin");
		this.mvc.perform(post("/admin/staff/" + admin.id()).with(csrf()).with(login("admin"))
				.param("displayName", admin.displayName()).param("role", "SUPPORT"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "role", "staff.error.ownRole"));
		this.mvc.perform(post("/admin/staff/" + admin.id() + "/enabled").with(csrf()).with(login("admin"))
				.param("enabled", "false"))
			.andExpect(flash().attribute("refused", "staff.error.ownDisable"));
		this.mvc.perform(post("/admin/staff/" + admin.id() + "/password").with(csrf()).with(login("admin")))
			.andExpect(flash().attribute("refused", "staff.error.ownPassword"));
		Member after = staff("admin");
		assertThat(after.role()).isEqualTo(Role.ADMIN);
		assertThat(after.enabled()).isTrue();
		assertThat(after.passwordHash()).isEqualTo(admin.passwordHash());
		this.mvc.perform(get("/admin/staff/" + admin.id()).with(login("admin")))
			.andExpect(content().string(containsString("id=\"staff-self-note\"")))
			.andExpect(content().string(not(containsString("id=\"staff-toggle-enabled\""))));
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private void openSession(String login) {
		FindByIndexNameSessionRepository raw = this.sessions;
		Session session = (Session) raw.createSession();
		session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, login);
		raw.save(session);
		assertThat(this.sessions.findByPrincipalName(login)).isNotEmpty();
	}

	@Test
	void roleChangeDisableEnableAndResetAreAuditedAndEndTheUsersSessions() throws Exception {
		String username = username();
		create(username, "客服乙", "SUPPORT");
		Member staff = staff(username);

		openSession(username);
		this.mvc.perform(post("/admin/staff/" + staff.id()).with(csrf()).with(login("admin"))
				.param("displayName", "客服乙").param("role", "FINANCE"))
			.andExpect(redirectedUrl("/admin/staff/" + staff.id()));
		assertThat(staff(username).role()).isEqualTo(Role.FINANCE);
		assertThat(this.sessions.findByPrincipalName(username)).as("a role change ends the sessions").isEmpty();
		AuditRows.Row role = AuditRows.required(this.jdbc, AuditAction.STAFF_ROLE_CHANGED, staff.id());
		assertThat(role.before()).contains("\"role\":\"SUPPORT\"");
		assertThat(role.after()).contains("\"role\":\"FINANCE\"");

		this.mvc.perform(post("/admin/staff/" + staff.id()).with(csrf()).with(login("admin"))
				.param("displayName", "财务乙").param("role", "FINANCE"))
			.andExpect(redirectedUrl("/admin/staff/" + staff.id()));
		assertThat(AuditRows.required(this.jdbc, AuditAction.STAFF_CHANGED, staff.id()).after()).contains("财务乙");

		openSession(username);
		this.mvc.perform(post("/admin/staff/" + staff.id() + "/enabled").with(csrf()).with(login("admin"))
				.param("enabled", "false"))
			.andExpect(redirectedUrl("/admin/staff/" + staff.id()));
		assertThat(staff(username).enabled()).isFalse();
		assertThat(this.sessions.findByPrincipalName(username)).as("disabling ends the sessions").isEmpty();
		assertThat(AuditRows.required(this.jdbc, AuditAction.STAFF_DISABLED, staff.id()).after()).isEqualTo("{\"enabled\":false}");

		this.mvc.perform(post("/admin/staff/" + staff.id() + "/enabled").with(csrf()).with(login("admin"))
				.param("enabled", "true"))
			.andExpect(redirectedUrl("/admin/staff/" + staff.id()));
		assertThat(AuditRows.required(this.jdbc, AuditAction.STAFF_ENABLED, staff.id()).after()).isEqualTo("{\"enabled\":true}");

		openSession(username);
		String before = staff(username).passwordHash();
		MvcResult reset = this.mvc.perform(post("/admin/staff/" + staff.id() + "/password").with(csrf()).with(login("admin")))
			.andExpect(redirectedUrl("/admin/staff/" + staff.id()))
			.andReturn();
		String password = (String) reset.getFlashMap().get(StaffAdminController.ONE_TIME_PASSWORD);
		assertThat(password).isNotBlank();
		assertThat(staff(username).passwordHash()).isNotEqualTo(before);
		assertThat(this.sessions.findByPrincipalName(username)).as("a reset ends the sessions").isEmpty();
		assertThat(AuditRows.required(this.jdbc, AuditAction.STAFF_PASSWORD_RESET, staff.id()).after())
			.doesNotContain(password);
		this.mvc.perform(formLogin("/login").user(username).password(password))
			.andExpect(redirectedUrl(PasswordChangeGate.PATH));
	}

	@Test
	void staffAccountsAreNotMembersAndMembersAreNotStaff() throws Exception {
		long member = staff("13800000001").id();
		this.mvc.perform(get("/admin/staff/" + member).with(login("admin"))).andExpect(status().isNotFound());
		long finance = staff("finance").id();
		this.mvc.perform(get("/admin/members/" + finance).with(login("admin"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/staff").with(login("admin")))
			.andExpect(content().string(containsString("id=\"staff-finance\"")))
			.andExpect(content().string(containsString("id=\"staff-support\"")))
			.andExpect(content().string(not(containsString("13800000001"))));
	}

}

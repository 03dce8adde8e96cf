package com.baolink.infrastructure.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.baolink.member.Member.Role;
import com.baolink.member.Members;
import com.baolink.testsupport.CatalogWebTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every row of the role matrix ({@link StaffAccess}) for every role: allowed means the request gets
 * past security (a page, a redirect, a 404 for the made-up ids, a 400 — anything but 403), refused
 * means 403; a member is refused all of /admin, an anonymous visitor is sent to the login page.
 * Actions use ids that do not exist (or input that is refused), so nothing is changed.
 */
class StaffAccessTests extends CatalogWebTestSupport {

	private static final String NONE = "999999999";

	private static final Set<Role> ALL_STAFF = EnumSet.of(Role.ADMIN, Role.FINANCE, Role.SUPPORT);

	private static final Set<Role> FINANCE_ADMIN = EnumSet.of(Role.ADMIN, Role.FINANCE);

	private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);

	private static final Set<Role> NOBODY = EnumSet.noneOf(Role.class);

	@Autowired
	Members members;

	static String memberId;

	@BeforeEach
	void member() {
		memberId = String.valueOf(this.members.findByLogin("13800000001").orElseThrow().id());
	}

	record Row(HttpMethod method, String path, Set<Role> allowed, String[] params) {

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	private static Row get(String path, Set<Role> allowed) {
		return new Row(HttpMethod.GET, path, allowed, new String[0]);
	}

	private static Row post(String path, Set<Role> allowed, String... params) {
		return new Row(HttpMethod.POST, path, allowed, params);
	}

	/** The matrix; "{member}" is replaced by a real member's id. */
	static List<Row> matrix() {
		return List.of(
				get("/admin", ALL_STAFF),
				get("/admin/dashboard/orders", ALL_STAFF),
				get("/admin/orders", ALL_STAFF),
				get("/admin/orders/" + NONE, ALL_STAFF),
				get("/admin/callbacks", ALL_STAFF),
				get("/admin/callbacks/" + NONE, ALL_STAFF),
				get("/admin/members", ALL_STAFF),
				get("/admin/members/{member}", ALL_STAFF),
				get("/admin/tasks", ALL_STAFF),
				get("/admin/audit", ALL_STAFF),
				get("/admin/credit", FINANCE_ADMIN),
				post("/admin/credit/" + NONE + "/approve", FINANCE_ADMIN),
				post("/admin/credit/" + NONE + "/reject", FINANCE_ADMIN),
				post("/admin/credit/" + NONE + "/resend", FINANCE_ADMIN),
				get("/admin/invoices", FINANCE_ADMIN),
				get("/admin/orders.csv", FINANCE_ADMIN),
				get("/admin/callbacks/export.csv", FINANCE_ADMIN),
				post("/admin/members/{member}/credit-limit", FINANCE_ADMIN, "creditLimit", "50000"), // the demo limit, unchanged
				get("/admin/dashboard/funnel.json", ALL_STAFF),
				get("/admin/members/new", ADMIN),
				post("/admin/members/new", ADMIN),
				post("/admin/members/" + NONE, ADMIN),
				post("/admin/members/" + NONE + "/register", ADMIN),
				post("/admin/members/" + NONE + "/password", ADMIN),
				post("/admin/members/" + NONE + "/unlock", ADMIN),
				post("/admin/members/" + NONE + "/enabled", ADMIN, "enabled", "false"),
				get("/admin/staff", ADMIN),
				get("/admin/staff/new", ADMIN),
				post("/admin/staff/new", ADMIN),
				get("/admin/staff/" + NONE, ADMIN),
				post("/admin/staff/" + NONE, ADMIN),
				post("/admin/staff/" + NONE + "/enabled", ADMIN, "enabled", "false"),
				post("/admin/staff/" + NONE + "/password", ADMIN),
				get("/admin/products", ADMIN),
				get("/admin/products/" + NONE, ADMIN),
				post("/admin/products/" + NONE + "/enabled", ADMIN, "enabled", "false"),
				post("/admin/products/" + NONE + "/refresh", ADMIN),
				get("/admin/xiebao-products", ADMIN),
				get("/admin/scene-finance", ADMIN),
				post("/admin/callbacks/" + NONE + "/replay", ADMIN),
				post("/admin/tasks/run-again", ADMIN, "task", "no-such-task", "id", NONE),
				post("/admin/audit", NOBODY),
				post("/admin/audit/1", NOBODY),
				new Row(HttpMethod.DELETE, "/admin/audit", NOBODY, new String[0]),
				new Row(HttpMethod.PUT, "/admin/audit/1", NOBODY, new String[0]));
	}

	static Stream<Arguments> staffCases() {
		List<Arguments> cases = new ArrayList<>();
		for (Row row : matrix()) {
			for (Role role : ALL_STAFF) {
				cases.add(Arguments.of(row, role, row.allowed().contains(role)));
			}
		}
		return cases.stream();
	}

	static Stream<Row> rows() {
		return matrix().stream();
	}

	private MockHttpServletRequestBuilder build(Row row) {
		MockHttpServletRequestBuilder builder = request(row.method(), row.path().replace("{member}", memberId));
		for (int i = 0; i + 1 < row.params().length; i += 2) {
			builder.param(row.params()[i], row.params()[i + 1]);
		}
		return row.method() == HttpMethod.GET ? builder : builder.with(csrf());
	}

	private static String login(Role role) {
		return switch (role) {
			case ADMIN -> "admin";
			case FINANCE -> "finance";
			case SUPPORT -> "support";
			case MEMBER -> "13800000002";
		};
	}

	@ParameterizedTest(name = "{1} {0} allowed={2}")
	@MethodSource("staffCases")
	void eachStaffRoleReachesExactlyItsRows(Row row, Role role, boolean allowed) throws Exception {
		MvcResult result = this.mvc.perform(build(row).with(login(login(role)))).andReturn();
		int status = result.getResponse().getStatus();
		if (allowed) {
			assertThat(status).as(role + " " + row).isNotEqualTo(403);
			String redirect = result.getResponse().getRedirectedUrl();
			assertThat(redirect == null || !redirect.endsWith("/login")).as(role + " " + row + " -> " + redirect).isTrue();
		}
		else {
			assertThat(status).as(role + " " + row).isEqualTo(403);
		}
	}

	@ParameterizedTest(name = "member {0}")
	@MethodSource("rows")
	void aMemberReachesNoneOfIt(Row row) throws Exception {
		MvcResult result = this.mvc.perform(build(row).with(login(login(Role.MEMBER)))).andReturn();
		assertThat(result.getResponse().getStatus()).as(row.toString()).isEqualTo(403);
	}

	@ParameterizedTest(name = "anonymous {0}")
	@MethodSource("rows")
	void anonymousVisitorsAreSentToLoginOrRefused(Row row) throws Exception {
		MvcResult result = this.mvc.perform(build(row)).andReturn();
		int status = result.getResponse().getStatus();
		if (row.method() == HttpMethod.GET) {
			assertThat(status).as(row.toString()).isEqualTo(302);
			assertThat(result.getResponse().getRedirectedUrl()).as(row.toString()).endsWith("/login");
		}
		else {
			// an unsafe method without a session is never carried out: login redirect, or 403
			assertThat(status).as(row.toString()).isIn(302, 403);
			if (status == 302) {
				assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
			}
		}
	}

	static Stream<Arguments> orderActions() {
		return Stream.of(Arguments.of("/orders/" + NONE + "/invoice", EnumSet.of(Role.MEMBER, Role.FINANCE, Role.ADMIN)),
				Arguments.of("/orders/" + NONE + "/surrender", EnumSet.of(Role.MEMBER, Role.ADMIN)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("orderActions")
	void staffActionsOnAnOrderFollowTheRoles(String path, Set<Role> allowed) throws Exception {
		for (Role role : Role.values()) {
			int status = this.mvc.perform(build(post(path, NOBODY)).with(login(login(role))))
				.andReturn()
				.getResponse()
				.getStatus();
			if (allowed.contains(role)) {
				assertThat(status).as(role + " " + path).isNotEqualTo(403);
			}
			else {
				assertThat(status).as(role + " " + path).isEqualTo(403);
			}
		}
	}

}

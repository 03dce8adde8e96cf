package com.baolink.infrastructure.security;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.baolink.infrastructure.web.PortalHttpClient;
import com.baolink.infrastructure.web.TestMembers;
import com.baolink.member.Members;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a trusted proxy (here: the loopback address is the proxy, so {@code X-Forwarded-For} is
 * believed) an attacker can send a different forwarded address with every attempt: the account
 * lock counts per account whatever the address, and one address trying many accounts is blocked.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.tomcat.remoteip.internal-proxies=127.0.0.1/32,0:0:0:0:0:0:0:1/128",
				"baolink.login.address-max-failures=20", "baolink.engine.recurring=false" })
class LoginLockBehindProxyTests {

	@LocalServerPort
	int port;

	@Autowired
	Members members;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void forgetAddressCounters() {
		this.jdbc.sql("DELETE FROM login_attempt WHERE attempt_key LIKE 'addr|%'").update();
	}

	@Test
	void thirtyWrongPasswordsFromThirtyForgedAddressesLockTheAccountForTheRightPasswordFromANewOne() {
		String victim = TestMembers.create(this.members, this.encoder);
		PortalHttpClient attacker = new PortalHttpClient(this.port);
		int refusedAsWrong = 0;
		int refusedAsLocked = 0;
		for (int attempt = 1; attempt <= 30; attempt++) {
			String location = location(login(attacker, victim, "guess-" + attempt, "198.51.100." + attempt));
			if (location.endsWith("/login?error")) {
				refusedAsWrong++;
			}
			else if (location.endsWith("/login?locked")) {
				refusedAsLocked++;
			}
		}
		assertThat(refusedAsWrong).isEqualTo(9);
		assertThat(refusedAsLocked).isEqualTo(21);

		PortalHttpClient owner = new PortalHttpClient(this.port);
		assertThat(location(login(owner, victim, TestMembers.PASSWORD, "203.0.113.200"))).endsWith("/login?locked");
		assertThat(owner.get("/login?locked").body()).contains("id=\"login-locked\"", "该账号因多次密码错误已被锁定")
			.doesNotContain("账号或密码错误");
	}

	@Test
	void staffUnlockTheAccountFromTheMemberPage() {
		String victim = TestMembers.create(this.members, this.encoder);
		long id = this.members.findByLogin(victim).orElseThrow().id();
		PortalHttpClient attacker = new PortalHttpClient(this.port);
		for (int attempt = 1; attempt <= 10; attempt++) {
			login(attacker, victim, "guess-" + attempt, "198.51.100.77");
		}
		PortalHttpClient staff = new PortalHttpClient(this.port);
		assertThat(location(login(staff, "admin", "Harbor-Quill-Lantern-73", "203.0.113.10"))).doesNotContain("/login");
		String page = staff.get("/admin/members/" + id).body();
		assertThat(page).contains("id=\"member-lock\"", "id=\"member-unlock\"");

		HttpResponse<String> unlocked = staff.postForm("/admin/members/" + id + "/unlock",
				Map.of("_csrf", PortalHttpClient.csrfToken(page)));
		assertThat(unlocked.statusCode()).isEqualTo(302);
		assertThat(staff.get("/admin/members/" + id).body()).contains("id=\"member-unlocked\"").doesNotContain("id=\"member-lock\"");
		assertThat(location(login(new PortalHttpClient(this.port), victim, TestMembers.PASSWORD, "203.0.113.11")))
			.doesNotContain("/login");
	}

	@Test
	void oneAddressTryingManyAccountsIsBlockedForEveryAccountButOnlyThatAddress() {
		PortalHttpClient sprayer = new PortalHttpClient(this.port);
		String last = null;
		for (int account = 1; account <= 20; account++) {
			last = location(login(sprayer, "1370000" + String.format("%04d", account), "Password-123", "192.0.2.50"));
		}
		assertThat(last).endsWith("/login?blocked");
		String member = TestMembers.create(this.members, this.encoder);
		assertThat(location(login(new PortalHttpClient(this.port), member, TestMembers.PASSWORD, "192.0.2.50")))
			.endsWith("/login?blocked");
		assertThat(sprayer.get("/login?blocked").body()).contains("id=\"login-blocked\"");
		assertThat(location(login(new PortalHttpClient(this.port), member, TestMembers.PASSWORD, "192.0.2.51")))
			.doesNotContain("/login");
	}

	private static HttpResponse<String> login(PortalHttpClient browser, String username, String password,
			String forwardedFor) {
		String token = PortalHttpClient.csrfToken(browser.get("/login", "X-Forwarded-For", forwardedFor).body());
		Map<String, String> form = new LinkedHashMap<>();
		form.put("username", username);
		form.put("password", password);
		form.put("_csrf", token);
		return browser.postForm("/login", form, "X-Forwarded-For", forwardedFor);
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("(no redirect, status " + response.statusCode() + ")");
	}

}

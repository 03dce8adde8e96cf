package com.baolink.infrastructure.security;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.baolink.infrastructure.web.PortalHttpClient;
import com.baolink.infrastructure.web.TestMembers;
import com.baolink.member.Members;

import static org.assertj.core.api.Assertions.assertThat;

/** Where an account lands after login, and where "/" sends it, over real HTTP. */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LandingRedirectTests {

	private static final String STAFF = "admin";

	private static final String STAFF_PASSWORD = "Harbor-Quill-Lantern-73";

	@LocalServerPort
	int port;

	@Autowired
	Members members;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void staffLandOnTheDashboard() {
		PortalHttpClient browser = new PortalHttpClient(this.port);
		assertThat(location(browser.login(STAFF, STAFF_PASSWORD))).endsWith("/admin");
		assertThat(location(browser.get("/"))).endsWith("/admin");
		assertThat(browser.get("/admin").statusCode()).isEqualTo(200);
	}

	@Test
	void membersLandOnTheCatalogue() {
		String login = TestMembers.create(this.members, this.encoder);
		PortalHttpClient browser = new PortalHttpClient(this.port);
		assertThat(location(browser.login(login, TestMembers.PASSWORD))).endsWith("/catalog");
		assertThat(location(browser.get("/"))).endsWith("/catalog");
	}

	@Test
	void aDeepLinkWinsForStaffAndMembers() {
		PortalHttpClient staff = new PortalHttpClient(this.port);
		assertThat(location(staff.get("/admin/credit"))).endsWith("/login");
		assertThat(location(staff.login(STAFF, STAFF_PASSWORD))).endsWith("/admin/credit");

		String login = TestMembers.create(this.members, this.encoder);
		PortalHttpClient member = new PortalHttpClient(this.port);
		assertThat(location(member.get("/orders?status=ISSUED"))).endsWith("/login");
		assertThat(location(member.login(login, TestMembers.PASSWORD))).endsWith("/orders?status=ISSUED");
	}

	private static String location(HttpResponse<String> answer) {
		assertThat(answer.statusCode()).isEqualTo(302);
		return answer.headers().firstValue("Location").orElseThrow();
	}

}

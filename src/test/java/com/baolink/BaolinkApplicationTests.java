package com.baolink;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BaolinkApplicationTests {

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	void startsOnEmbeddedMariaDbWithDemoAccounts() {
		assertThat(this.jdbc.sql("SELECT VERSION()").query(String.class).single()).containsIgnoringCase("mariadb");
		// Other tests add members to the shared database: look only at the demo logins.
		assertThat(this.jdbc.sql("SELECT login FROM member WHERE login IN ('13800000001', '13800000002', 'admin') ORDER BY login")
			.query(String.class)
			.list()).containsExactly("13800000001", "13800000002", "admin");
	}

}

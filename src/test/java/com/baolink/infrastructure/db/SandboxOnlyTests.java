package com.baolink.infrastructure.db;

import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.baolink.billing.CreditLimits;
import com.baolink.member.Members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Demo accounts and simulated partners exist only in the sandbox profile, and a deployment with
 * its own database never gets that profile.
 */
class SandboxOnlyTests {

	/** Package-private in the sandbox module on purpose; loaded by name. */
	private static final String DEMO_ACCOUNTS = "com.baolink.sandbox.DemoAccounts";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withBean(Members.class, () -> mock(Members.class))
		.withBean(CreditLimits.class, () -> mock(CreditLimits.class))
		.withBean(PasswordEncoder.class, () -> mock(PasswordEncoder.class))
		.withBean(Clock.class, Clock::systemUTC);

	@Test
	void demoAccountsAreCreatedOnlyInTheSandboxProfile() throws ClassNotFoundException {
		Class<?> demoAccounts = Class.forName(DEMO_ACCOUNTS);
		this.runner.withUserConfiguration(demoAccounts)
			.run(context -> assertThat(context).doesNotHaveBean(demoAccounts).doesNotHaveBean(ApplicationRunner.class));
		this.runner.withUserConfiguration(demoAccounts)
			.withPropertyValues("spring.profiles.active=sandbox")
			.run(context -> assertThat(context).hasSingleBean(demoAccounts));
	}

	@Test
	void anExternalDatabaseMeansNoSandbox() {
		StandardEnvironment production = new StandardEnvironment();
		production.getPropertySources()
			.addFirst(new MapPropertySource("deployment", Map.of("spring.datasource.url", "jdbc:mysql://db.internal/baolink")));
		new SandboxProfileActivator().postProcessEnvironment(production, new SpringApplication());
		assertThat(production.getProperty("spring.profiles.include")).isNull();

		StandardEnvironment developer = new StandardEnvironment();
		new SandboxProfileActivator().postProcessEnvironment(developer, new SpringApplication());
		assertThat(developer.getProperty("spring.profiles.include")).isEqualTo("sandbox");
	}

}

package com.baolink.engine;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import com.baolink.BaolinkApplication;
import com.baolink.infrastructure.web.PortalHttpClient;
import com.baolink.infrastructure.web.TestMembers;
import com.baolink.member.Members;
import com.baolink.partner.aigoubao.AigoubaoApi.CallPriority;
import com.baolink.partner.xiebao.XiebaoProperties;
import com.baolink.partner.aigoubao.RateBudget;
import com.baolink.xiebao.XiebaoNotifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two portal nodes (two application contexts, each with its own web server and engine node name) on
 * one database, as behind a load balancer: a session made on one is valid on the other, every
 * execution runs exactly once, a recurring task runs once per interval for the whole cluster, work
 * picked by a node that died is revived and done once, and the AiGouBao rate budget is shared. Also
 * an acknowledged callback outlives the node that acknowledged it and is applied after a restart.
 */
@Tag("integration")
class TwoNodesTests {

	static final String CASE = "XB-TRAVEL-01";

	static final Map<String, AtomicInteger> RUNS = new ConcurrentHashMap<>();

	static final Set<String> NODES_SEEN = ConcurrentHashMap.newKeySet();

	static final List<Instant> RECURRING_RUNS = new CopyOnWriteArrayList<>();

	static String namespace;

	static ConfigurableApplicationContext nodeA;

	static ConfigurableApplicationContext nodeB;

	@BeforeAll
	static void startTwoNodes() {
		namespace = "two-" + UUID.randomUUID().toString().substring(0, 6) + ":";
		nodeA = node(namespace, "node-a", true);
		nodeB = node(namespace, "node-b", true);
	}

	@AfterAll
	static void stopNodes() {
		nodeB.close();
		nodeA.close();
	}

	/** One portal node: its own port, the shared embedded database, engine in {@code namespace}. */
	static ConfigurableApplicationContext node(String namespace, String name, boolean engine) {
		return new SpringApplicationBuilder(BaolinkApplication.class, CountingTasks.class)
			.initializers(context -> context.getBeanFactory()
				.registerSingleton("excludeTestClasses", new ExcludeTestClasses()))
			.run("--server.port=0", "--baolink.engine.namespace=" + namespace, "--baolink.engine.node-name=" + name,
					"--baolink.engine.enabled=" + engine, "--baolink.engine.recurring=true",
					"--baolink.engine.polling-interval=200ms", "--baolink.engine.heartbeat-interval=1s",
					"--spring.main.banner-mode=off");
	}

	static int port(ConfigurableApplicationContext node) {
		return ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	@Test
	void aSessionMadeOnOneNodeIsValidOnTheOther() {
		String login = TestMembers.create(nodeA.getBean(Members.class), nodeA.getBean(PasswordEncoder.class));
		PortalHttpClient onA = new PortalHttpClient(port(nodeA));
		onA.loginOrFail(login, TestMembers.PASSWORD);
		String session = onA.cookie("SESSION").orElseThrow();

		HttpResponse<String> onB = new PortalHttpClient(port(nodeB)).get("/orders", "Cookie", "SESSION=" + session);

		assertThat(onB.statusCode()).as("served, not sent to the login page").isEqualTo(200);
		assertThat(onB.body()).contains("<title>我的订单</title>").doesNotContain("name=\"password\"");
	}

	@Test
	void everyExecutionRunsExactlyOnceAndBothNodesTakeWork() {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			ids.add("once-" + UUID.randomUUID());
		}
		Jobs jobs = nodeA.getBean(Jobs.class);
		nodeA.getBean(TransactionTemplate.class).executeWithoutResult(status -> ids.forEach(id -> jobs.scheduleNow(CountingTasks.TASK, id)));

		await().atMost(Duration.ofSeconds(60)).until(() -> ids.stream().allMatch(RUNS::containsKey));
		assertThat(ids).allSatisfy(id -> assertThat(RUNS.get(id).get()).as(id).isEqualTo(1));
		assertThat(NODES_SEEN).containsExactlyInAnyOrder("node-a", "node-b");
		await("nothing left behind").atMost(Duration.ofSeconds(10)).until(() -> nodeA.getBean(JdbcClient.class)
			.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = :task")
			.param("task", namespace + CountingTasks.TASK)
			.query(Long.class)
			.single() == 0);
	}

	@Test
	void aRecurringTaskRunsOncePerIntervalForTheWholeCluster() {
		RECURRING_RUNS.clear();
		Instant from = Instant.now();
		await().atMost(Duration.ofSeconds(30)).until(() -> RECURRING_RUNS.size() >= 5);
		double seconds = Duration.between(from, Instant.now()).toMillis() / 1000.0;
		assertThat(RECURRING_RUNS.size()).as("one run per second for both nodes together, not two")
			.isLessThanOrEqualTo((int) Math.ceil(seconds) + 1);
	}

	@Test
	void workPickedByANodeThatDiedIsRevivedAndAppliedOnce() {
		XiebaoProperties xiebao = nodeA.getBean(XiebaoProperties.class);
		JdbcClient jdbc = nodeA.getBean(JdbcClient.class);
		String member = String.valueOf(nodeA.getBean(Members.class)
			.findByLogin(TestMembers.create(nodeA.getBean(Members.class), nodeA.getBean(PasswordEncoder.class)))
			.orElseThrow()
			.id());
		XiebaoNotifications xb = new XiebaoNotifications(port(nodeA), xiebao.partnerId(), xiebao.notifyKey());
		String num = XiebaoNotifications.newInsureNum();
		assertThat(xb.post(1, xb.insure(member, CASE, num)).statusCode()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(20)).until(() -> "PROCESSED".equals(callbackStatus(jdbc, num)));
		long callbackId = jdbc.sql("SELECT id FROM inbound_callback WHERE partner_ref = :ref").param("ref", num)
			.query(Long.class).single();

		// A third node applied the notification, then died before its completion was committed: the
		// callback is waiting again and the execution is still marked as picked by the dead node.
		jdbc.sql("UPDATE inbound_callback SET status = 'RECEIVED' WHERE id = :id").param("id", callbackId).update();
		jdbc.sql("""
				INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, picked_by, last_heartbeat, version)
				VALUES (:task, :id, NOW(6) - INTERVAL 1 MINUTE, TRUE, 'node-dead', NOW(6) - INTERVAL 1 HOUR, 1)""")
			.param("task", namespace + "inbox-callback")
			.param("id", String.valueOf(callbackId))
			.update();

		await().atMost(Duration.ofSeconds(60)).until(() -> "PROCESSED".equals(callbackStatus(jdbc, num)));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM purchase_order WHERE channel = 'XIEBAO' AND partner_ref = :ref")
			.param("ref", num).query(Long.class).single()).as("one order, not two").isEqualTo(1);
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc
			.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE task_instance = :id AND task_name = :task")
			.param("id", String.valueOf(callbackId))
			.param("task", namespace + "inbox-callback")
			.query(Long.class)
			.single() == 0);
	}

	@Test
	void theAigoubaoRateBudgetIsSharedByBothNodes() {
		RateBudget onA = nodeA.getBean(RateBudget.class);
		RateBudget onB = nodeB.getBean(RateBudget.class);
		int before = onB.remaining();
		for (int i = 0; i < 5; i++) {
			assertThat(onA.tryAcquire(CallPriority.USER)).isTrue();
		}
		assertThat(onB.remaining()).as("node B sees node A's calls").isLessThanOrEqualTo(before - 5);
	}

	@Test
	void anAcknowledgedCallbackOutlivesItsNodeAndIsAppliedAfterTheRestart() {
		String restartSpace = "restart-" + UUID.randomUUID().toString().substring(0, 6) + ":";
		ConfigurableApplicationContext first = node(restartSpace, "node-first", false);
		String num = XiebaoNotifications.newInsureNum();
		JdbcClient jdbc = first.getBean(JdbcClient.class);
		try {
			XiebaoProperties xiebao = first.getBean(XiebaoProperties.class);
			String member = String.valueOf(first.getBean(Members.class)
				.findByLogin(TestMembers.create(first.getBean(Members.class), first.getBean(PasswordEncoder.class)))
				.orElseThrow()
				.id());
			XiebaoNotifications xb = new XiebaoNotifications(port(first), xiebao.partnerId(), xiebao.notifyKey());
			HttpResponse<String> ack = xb.post(1, xb.insure(member, CASE, num));
			assertThat(ack.statusCode()).isEqualTo(200);
			assertThat(ack.body()).contains("\"state\":true");
		}
		finally {
			first.close();
		}
		assertThat(callbackStatus(nodeA.getBean(JdbcClient.class), num)).as("acknowledged, not yet applied")
			.isEqualTo("RECEIVED");

		ConfigurableApplicationContext restarted = node(restartSpace, "node-restarted", true);
		try {
			JdbcClient after = restarted.getBean(JdbcClient.class);
			await().atMost(Duration.ofSeconds(30)).until(() -> "PROCESSED".equals(callbackStatus(after, num)));
			assertThat(after.sql("SELECT COUNT(*) FROM purchase_order WHERE channel = 'XIEBAO' AND partner_ref = :ref")
				.param("ref", num).query(Long.class).single()).isEqualTo(1);
		}
		finally {
			restarted.close();
		}
	}

	private static String callbackStatus(JdbcClient jdbc, String insureNum) {
		return jdbc.sql("SELECT status FROM inbound_callback WHERE partner_ref = :ref")
			.param("ref", insureNum)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/** A one-time task that counts its runs (and the node that ran it), and a recurring one every second. */
	@Configuration(proxyBeanMethods = false)
	static class CountingTasks {

		static final String TASK = "counting";

		@Bean
		JobHandler countingTask(EngineProperties engine) {
			return new JobHandler() {
				@Override
				public String task() {
					return TASK;
				}

				@Override
				public JobOutcome run(String id, JobAttempt attempt) {
					RUNS.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
					NODES_SEEN.add(engine.nodeName());
					try {
						Thread.sleep(50); // a task that takes a while, so both nodes get work
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					return JobOutcome.done();
				}
			};
		}

		@Bean
		RecurringJob everySecond() {
			return new RecurringJob() {
				@Override
				public String task() {
					return "every-second";
				}

				@Override
				public Duration interval() {
					return Duration.ofSeconds(1);
				}

				@Override
				public void run() {
					RECURRING_RUNS.add(Instant.now());
				}
			};
		}

	}

	/** Component scanning of the manual contexts skips test classes, as a test context's filter does. */
	static final class ExcludeTestClasses extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
			String name = reader.getClassMetadata().getClassName();
			return name.endsWith("Tests") || name.contains("Tests$");
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof ExcludeTestClasses;
		}

		@Override
		public int hashCode() {
			return ExcludeTestClasses.class.hashCode();
		}

	}

}

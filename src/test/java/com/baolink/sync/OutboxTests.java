package com.baolink.sync;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import com.baolink.engine.EngineOverview;
import com.baolink.engine.JobAttempt;
import com.baolink.engine.JobOutcome;
import com.baolink.engine.Jobs;
import com.baolink.member.Member;
import com.baolink.member.Members;
import com.baolink.order.Order;
import com.baolink.order.OrderFixtures;
import com.baolink.order.Orders;
import com.baolink.partner.PartnerUnavailableException;
import com.baolink.partner.aigoubao.AigoubaoApi;
import com.baolink.partner.aigoubao.AigoubaoApi.CallPriority;
import com.baolink.partner.aigoubao.AigoubaoApi.PaymentNotice;
import com.baolink.partner.aigoubao.AigoubaoException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/** The outbox against the real database, with the partner API mocked (so its answers can be chosen). */
@Tag("integration")
@SpringBootTest(properties = "baolink.engine.recurring=false")
class OutboxTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	@MockitoBean
	AigoubaoApi api;

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxProcessor processor;

	@Autowired
	Jobs jobs;

	@Autowired
	EngineOverview engine;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Orders orders;

	@Autowired
	Members members;

	long memberId;

	@BeforeEach
	void member() {
		// A fresh member with a made-up AiGouBao id (the partner is mocked here): the demo accounts stay untouched.
		String mobile = "135" + String.format("%08d", Math.floorMod(System.nanoTime() / 1000, 100_000_000L));
		this.memberId = this.members.save(Member.newMember(mobile, "测试", "{noop}x", "公司", "上海市", "上海市", "路", false,
				Instant.now()).withAigoubaoMemberId("AGB0002")).id();
	}

	private Order order() {
		return OrderFixtures.launched(this.orders, this.memberId, "200437", Instant.now(), null, "张三");
	}

	private static PaymentNotice notice(Order order, int txnStatus) {
		return new PaymentNotice(order.getPartnerRef(), "90778244", "AGB0002", txnStatus);
	}

	private long enqueue(Order order) {
		return this.transactions.execute(
				status -> this.outbox.enqueue(OutboxKind.AIGOUBAO_PAYMENT_RESULT, order.getId(), notice(order, 2), "admin"));
	}

	private OutboxEntry row(long id) {
		return this.outbox.find(id).orElseThrow();
	}

	@Test
	void sentPromptlyAfterCommitWithOwedPriority() {
		Order order = order();
		long id = enqueue(order);
		OutboxEntry sent = awaitAttempted(id, OutboxStatus.SENT);
		assertThat(sent.sentAt()).isNotNull();
		assertThat(sent.attempts()).isEqualTo(1);
		assertThat(sent.payload()).contains(order.getPartnerRef()).contains("\"txnStatus\":2");
		verify(this.api).outNotify(notice(order, 2), CallPriority.OWED);
		await().atMost(WAIT).until(() -> !this.jobs.isScheduled(OutboxProcessor.TASK, String.valueOf(id)));
		assertThat(this.processor.run(String.valueOf(id), new JobAttempt(0, Instant.now())))
			.as("a sent row is never sent again").isEqualTo(JobOutcome.done());
		verify(this.api, times(1)).outNotify(notice(order, 2), CallPriority.OWED);
	}

	@Test
	void partnerUnavailableIsRetriedByTheTaskPolicyUntilSent() {
		Order order = order();
		PaymentNotice notice = notice(order, 2);
		doThrow(new PartnerUnavailableException("timeout", null)).doThrow(new AigoubaoException("0002", "请求过于频繁"))
			.doNothing()
			.when(this.api)
			.outNotify(argThat(notice::equals), any());
		long id = enqueue(order);
		String task = String.valueOf(id);
		await().atMost(WAIT).until(() -> row(id).lastError() != null && nextRunIn(id).compareTo(Duration.ofSeconds(5)) > 0);
		assertThat(row(id).status()).isEqualTo(OutboxStatus.PENDING);
		assertThat(row(id).lastError()).contains("timeout");
		assertThat(nextRunIn(id)).as("first backoff step 30s").isBetween(Duration.ofSeconds(20), Duration.ofSeconds(31));

		assertThat(this.jobs.runNow(OutboxProcessor.TASK, task)).as("run now, as staff would").isTrue();
		await().atMost(WAIT).until(() -> row(id).lastError() != null && row(id).lastError().contains("0002")
				&& nextRunIn(id).compareTo(Duration.ofSeconds(5)) > 0);

		assertThat(this.jobs.runNow(OutboxProcessor.TASK, task)).isTrue();
		await().atMost(WAIT).until(() -> row(id).status() == OutboxStatus.SENT);
		assertThat(row(id).attempts()).isEqualTo(3);
		assertThat(row(id).lastError()).isNull();
		verify(this.api, times(3)).outNotify(argThat(notice::equals), any());
	}

	@Test
	void partnerAnswering9999IsRetriedInTheBackground() {
		Order order = order();
		PaymentNotice notice = notice(order, 2);
		doThrow(new AigoubaoException("9999", "系统繁忙")).doNothing().when(this.api).outNotify(argThat(notice::equals), any());
		long id = enqueue(order);
		await().atMost(WAIT).until(() -> row(id).lastError() != null && row(id).lastError().contains("9999"));
		assertThat(row(id).status()).isEqualTo(OutboxStatus.PENDING);
		assertThat(this.jobs.nextRun(OutboxProcessor.TASK, String.valueOf(id))).isPresent();

		this.jobs.runNow(OutboxProcessor.TASK, String.valueOf(id));
		await().atMost(WAIT).until(() -> row(id).status() == OutboxStatus.SENT);
	}

	@Test
	void configurationFaultIsRetriedSoAFixedKeyLetsItThrough() {
		Order order = order();
		PaymentNotice notice = notice(order, 2);
		doThrow(new AigoubaoException("2000", "签名错误")).doNothing().when(this.api).outNotify(argThat(notice::equals), any());
		long id = enqueue(order);
		await().atMost(WAIT).until(() -> row(id).lastError() != null && row(id).lastError().contains("2000"));
		assertThat(row(id).status()).isEqualTo(OutboxStatus.PENDING);
		this.jobs.runNow(OutboxProcessor.TASK, String.valueOf(id));
		await().atMost(WAIT).until(() -> row(id).status() == OutboxStatus.SENT);
	}

	@Test
	void definitiveRefusalIsGivenUpAtOnceKeptForStaffAndCanRunAgain() {
		Order order = order();
		PaymentNotice notice = notice(order, 2);
		doThrow(new AigoubaoException("1000", "订单不存在")).doNothing().when(this.api).outNotify(argThat(notice::equals), any());
		long id = enqueue(order);
		OutboxEntry failed = awaitAttempted(id, OutboxStatus.FAILED);
		assertThat(failed.lastError()).contains("1000").contains("订单不存在");
		assertThat(this.jobs.isScheduled(OutboxProcessor.TASK, String.valueOf(id))).isFalse();
		assertThat(this.engine.givenUp(100)).anySatisfy(given -> {
			assertThat(given.task()).isEqualTo(OutboxProcessor.TASK);
			assertThat(given.id()).isEqualTo(String.valueOf(id));
			assertThat(given.lastError()).contains("1000");
		});
		verify(this.api, times(1)).outNotify(argThat(notice::equals), any());

		assertThat(this.engine.runAgain(OutboxProcessor.TASK, String.valueOf(id))).isTrue();
		await().atMost(WAIT).until(() -> row(id).status() == OutboxStatus.SENT);
		assertThat(this.engine.givenUp(100)).noneMatch(given -> given.id().equals(String.valueOf(id))
				&& given.task().equals(OutboxProcessor.TASK));
		assertThat(this.engine.runAgain(OutboxProcessor.TASK, String.valueOf(id))).as("only once").isFalse();
	}

	private Duration nextRunIn(long id) {
		return this.jobs.nextRun(OutboxProcessor.TASK, String.valueOf(id))
			.map(at -> Duration.between(Instant.now(), at))
			.orElse(Duration.ZERO);
	}

	private OutboxEntry awaitAttempted(long id, OutboxStatus status) {
		await().atMost(WAIT).until(() -> row(id).status() == status && row(id).attempts() >= 1);
		return row(id);
	}

	@Test
	void enqueueRollsBackWithTheCallersTransactionAndNeedsOne() {
		Order order = order();
		assertThatThrownBy(() -> this.transactions.executeWithoutResult(status -> {
			this.outbox.enqueue(OutboxKind.AIGOUBAO_PAYMENT_RESULT, order.getId(), notice(order, 2), "admin");
			throw new IllegalStateException("business change failed");
		})).hasMessage("business change failed");
		assertThat(this.outbox.latest(order.getId(), OutboxKind.AIGOUBAO_PAYMENT_RESULT)).isEmpty();

		assertThatThrownBy(() -> this.outbox.enqueue(OutboxKind.AIGOUBAO_PAYMENT_RESULT, order.getId(),
				notice(order, 2), "admin"))
			.isInstanceOf(IllegalTransactionStateException.class);
		assertThat(this.outbox.latest(order.getId(), OutboxKind.AIGOUBAO_PAYMENT_RESULT)).isEmpty();
		verify(this.api, times(0)).outNotify(argThat(n -> order.getPartnerRef().equals(n.tempOrderCode())), any());
	}

}

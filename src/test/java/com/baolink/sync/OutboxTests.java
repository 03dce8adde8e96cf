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
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

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
@SpringBootTest(properties = "baolink.scheduling.enabled=false")
class OutboxTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	@MockitoBean
	AigoubaoApi api;

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxProcessor processor;

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

	private OutboxEntry awaitAttempted(long id, OutboxStatus status) {
		await().atMost(WAIT).until(() -> row(id).status() == status && row(id).attempts() >= 1);
		return row(id);
	}

	/** Time passes: the row's next attempt is due now. */
	private void makeDue(long id) {
		this.jdbc.sql("UPDATE partner_outbox SET next_attempt_at = :past WHERE id = :id")
			.param("past", Timestamp.from(Instant.now().minusSeconds(1)))
			.param("id", id)
			.update();
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

	@Test
	void sentPromptlyAfterCommitWithUserPriority() {
		Order order = order();
		long id = enqueue(order);
		OutboxEntry sent = awaitAttempted(id, OutboxStatus.SENT);
		assertThat(sent.sentAt()).isNotNull();
		assertThat(sent.attempts()).isEqualTo(1);
		assertThat(sent.payload()).contains(order.getPartnerRef()).contains("\"txnStatus\":2");
		verify(this.api).outNotify(notice(order, 2), CallPriority.USER);
		assertThat(this.processor.attempt(id, CallPriority.BACKGROUND)).as("a sent row is never sent again").isEmpty();
	}

	@Test
	void partnerUnavailableIsRetriedWithBackoffUntilSent() {
		Order order = order();
		PaymentNotice notice = notice(order, 2);
		doThrow(new PartnerUnavailableException("timeout", null)).doThrow(new AigoubaoException("0002", "请求过于频繁"))
			.doNothing()
			.when(this.api)
			.outNotify(argThat(notice::equals), any());
		long id = enqueue(order);
		OutboxEntry first = awaitAttempted(id, OutboxStatus.PENDING);
		assertThat(first.lastError()).contains("timeout");
		assertThat(Duration.between(Instant.now(), first.nextAttemptAt())).isBetween(Duration.ofSeconds(20),
				Duration.ofSeconds(31));
		assertThat(this.processor.processDue()).as("not due yet").isZero();

		makeDue(id);
		assertThat(this.processor.attempt(id, CallPriority.BACKGROUND)).contains(OutboxStatus.PENDING);
		OutboxEntry second = row(id);
		assertThat(second.lastError()).contains("0002");
		assertThat(Duration.between(Instant.now(), second.nextAttemptAt())).isGreaterThan(Duration.ofSeconds(100));

		makeDue(id);
		this.processor.processDue();
		assertThat(row(id).status()).isEqualTo(OutboxStatus.SENT);
		assertThat(row(id).attempts()).isEqualTo(3);
		assertThat(row(id).lastError()).isNull();
		verify(this.api, times(3)).outNotify(argThat(notice::equals), any());
	}

	@Test
	void definitiveRefusalFailsAtOnceWithThePartnersMessage() {
		Order order = order();
		PaymentNotice notice = notice(order, 2);
		doThrow(new AigoubaoException("9999", "订单状态不允许此操作")).when(this.api).outNotify(argThat(notice::equals), any());
		long id = enqueue(order);
		OutboxEntry failed = awaitAttempted(id, OutboxStatus.FAILED);
		assertThat(failed.lastError()).contains("9999").contains("订单状态不允许此操作");
		makeDue(id);
		assertThat(this.processor.attempt(id, CallPriority.BACKGROUND)).isEmpty();
		verify(this.api, times(1)).outNotify(argThat(notice::equals), any());
	}

	@Test
	void configurationFaultFailsWithoutBlindRetry() {
		Order order = order();
		PaymentNotice notice = notice(order, 2);
		doThrow(new AigoubaoException("2000", "签名错误")).when(this.api).outNotify(argThat(notice::equals), any());
		long id = enqueue(order);
		assertThat(awaitAttempted(id, OutboxStatus.FAILED).lastError()).contains("2000").contains("签名错误");
	}

	@Test
	void givesUpAfterTheConfiguredAge() {
		Order order = order();
		PaymentNotice notice = notice(order, 2);
		doThrow(new PartnerUnavailableException("connection refused", null)).when(this.api)
			.outNotify(argThat(notice::equals), any());
		long id = enqueue(order);
		awaitAttempted(id, OutboxStatus.PENDING);
		this.jdbc.sql("UPDATE partner_outbox SET created_at = :old WHERE id = :id")
			.param("old", Timestamp.from(Instant.now().minus(Duration.ofDays(4))))
			.param("id", id)
			.update();
		makeDue(id);
		assertThat(this.processor.attempt(id, CallPriority.BACKGROUND)).contains(OutboxStatus.FAILED);
		assertThat(row(id).lastError()).contains("connection refused");
	}

	@Test
	void aRowWhoseWorkerDiedIsClaimedAgainAfterTheLease() {
		Order order = order();
		PaymentNotice notice = notice(order, 2);
		doThrow(new PartnerUnavailableException("down", null)).doNothing()
			.when(this.api)
			.outNotify(argThat(notice::equals), any());
		long id = enqueue(order);
		awaitAttempted(id, OutboxStatus.PENDING);
		makeDue(id);
		Instant now = Instant.now();
		assertThat(this.outbox.claim(id, now, now.plusSeconds(60))).isTrue();
		assertThat(this.outbox.claim(id, now, now.plusSeconds(60))).as("held by the first worker").isFalse();
		assertThat(this.processor.attempt(id, CallPriority.BACKGROUND)).as("lease still running").isEmpty();
		this.jdbc.sql("UPDATE partner_outbox SET claimed_until = :past WHERE id = :id")
			.param("past", Timestamp.from(now.minusSeconds(1)))
			.param("id", id)
			.update();
		assertThat(this.processor.attempt(id, CallPriority.BACKGROUND)).contains(OutboxStatus.SENT);
	}

	@Test
	void concurrentWorkersNeverSendOneRowTwice() throws Exception {
		Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
		List<Order> batch = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			batch.add(order());
		}
		List<String> refs = batch.stream().map(Order::getPartnerRef).toList();
		doAnswer(invocation -> {
			PaymentNotice sent = invocation.getArgument(0);
			calls.computeIfAbsent(sent.tempOrderCode(), k -> new AtomicInteger()).incrementAndGet();
			Thread.sleep(50); // a slow partner widens the window for a double send
			return null;
		}).when(this.api).outNotify(argThat(n -> refs.contains(n.tempOrderCode())), any());
		List<Long> ids = new ArrayList<>();
		this.transactions.executeWithoutResult(status -> batch.forEach(order -> ids.add(this.outbox
			.enqueue(OutboxKind.AIGOUBAO_PAYMENT_RESULT, order.getId(), notice(order, 2), "admin"))));

		ExecutorService workers = Executors.newFixedThreadPool(4);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> runs = new ArrayList<>();
		for (int w = 0; w < 4; w++) {
			runs.add(workers.submit(() -> {
				start.await();
				for (long id : ids) {
					this.processor.attempt(id, CallPriority.BACKGROUND);
				}
				return null;
			}));
		}
		start.countDown();
		for (Future<?> run : runs) {
			run.get(30, TimeUnit.SECONDS);
		}
		workers.shutdown();
		await().atMost(WAIT).until(() -> ids.stream().allMatch(id -> row(id).status() == OutboxStatus.SENT));
		assertThat(calls).hasSize(12);
		assertThat(calls.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
		assertThat(ids).allSatisfy(id -> assertThat(row(id).attempts()).isEqualTo(1));
	}

	@Test
	void invoiceApplicationsGoTo72() {
		Order order = order();
		var request = new AigoubaoApi.ApplyInvoiceRequest("AGB0002", "I" + order.getId(), 1, "张三", null);
		doNothing().when(this.api).applyInvoice(any(), any());
		long id = this.transactions.execute(status -> this.outbox.enqueue(OutboxKind.AIGOUBAO_INVOICE_APPLY,
				order.getId(), request, "13800000002"));
		awaitAttempted(id, OutboxStatus.SENT);
		verify(this.api).applyInvoice(request, CallPriority.USER);
		assertThatThrownBy(() -> this.transactions.execute(status -> this.outbox
			.enqueue(OutboxKind.AIGOUBAO_INVOICE_APPLY, order.getId(), notice(order, 2), "x")))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void staffSendAGivenUpCallAgainAndItIsDelivered() {
		Order order = order();
		PaymentNotice notice = notice(order, 2);
		doThrow(new AigoubaoException("9999", "系统繁忙")).doNothing()
			.when(this.api)
			.outNotify(argThat(notice::equals), any());
		long id = enqueue(order);
		awaitAttempted(id, OutboxStatus.FAILED);

		assertThat(this.outbox.resend(order.getId(), OutboxKind.AIGOUBAO_PAYMENT_RESULT, "admin")).isTrue();

		OutboxEntry sent = awaitAttempted(id, OutboxStatus.SENT);
		assertThat(sent.attempts()).isEqualTo(2);
		verify(this.api, times(2)).outNotify(argThat(notice::equals), any());
		assertThat(this.outbox.resend(order.getId(), OutboxKind.AIGOUBAO_PAYMENT_RESULT, "admin"))
			.as("nothing given up any more")
			.isFalse();
	}

}

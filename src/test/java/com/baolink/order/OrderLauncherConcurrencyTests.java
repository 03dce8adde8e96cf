package com.baolink.order;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import com.baolink.infrastructure.config.ChinaTime;
import com.baolink.member.Members;
import com.baolink.order.OrderLauncher.LaunchRequest;
import com.baolink.order.OrderLauncher.Outcome;
import com.baolink.order.OrderLauncher.Person;
import com.baolink.partner.aigoubao.AigoubaoApi.CallPriority;
import com.baolink.partner.aigoubao.AigoubaoApi.PreOrderResult;
import com.baolink.partner.aigoubao.AigoubaoApi.RegisterResult;
import com.baolink.testsupport.CatalogWebTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class OrderLauncherConcurrencyTests extends CatalogWebTestSupport {

	@Autowired
	OrderLauncher launcher;

	@Autowired
	Orders orders;

	@Autowired
	Members members;

	@Test
	void concurrentSubmitsOfTheSameFormCreateOnePreOrder() throws Exception {
		long memberId = this.members.findByLogin("13800000001").orElseThrow().id();
		String token = UUID.randomUUID().toString();
		given(this.aigoubao.register(any(), eq(CallPriority.USER))).willReturn(new RegisterResult("106225"));
		given(this.aigoubao.addTemp(any(), eq(CallPriority.USER))).willAnswer(invocation -> {
			Thread.sleep(300);
			return new PreOrderResult("https://pay.example/x", "TX" + token.substring(0, 8));
		});
		LocalDate start = LocalDate.now(ChinaTime.ZONE).plusDays(1);
		LaunchRequest request = new LaunchRequest(memberId, token, unique("C"), "并发险", "P1", "计划", PayType.CASH, start,
				start.plusDays(3), null, List.of(new Person("张三", "2", "E12345678", null, null, null, "1")));

		ExecutorService pool = Executors.newFixedThreadPool(4);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Outcome>> outcomes = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			outcomes.add(pool.submit(() -> {
				go.await();
				return this.launcher.launch(request);
			}));
		}
		go.countDown();
		List<Outcome> results = new ArrayList<>();
		for (Future<Outcome> outcome : outcomes) {
			results.add(outcome.get(30, TimeUnit.SECONDS));
		}
		pool.shutdown();

		verify(this.aigoubao, times(1)).addTemp(any(), any());
		assertThat(results).extracting(Outcome::kind).containsOnly(Outcome.Kind.REDIRECT);
		Order order = this.orders.findByLaunchToken(token).orElseThrow();
		assertThat(results).extracting(Outcome::orderId).containsOnly(order.getId());
		assertThat(order.getPartnerRef()).isEqualTo("TX" + token.substring(0, 8));
	}

	@Test
	void personNeverPrintsTheFullCardNumber() {
		assertThat(new Person("张三", "1", "11010519491231002X", null, null, null, "1").toString())
			.contains("110105********002X")
			.doesNotContain("11010519491231002X");
	}

}

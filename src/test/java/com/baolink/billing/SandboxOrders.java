package com.baolink.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;

import com.baolink.infrastructure.web.PortalHttpClient;
import com.baolink.member.Member;
import com.baolink.member.Members;
import com.baolink.order.Order;
import com.baolink.order.OrderLauncher;
import com.baolink.order.OrderLauncher.LaunchRequest;
import com.baolink.order.OrderLauncher.Outcome;
import com.baolink.order.OrderLauncher.Person;
import com.baolink.order.OrderSync;
import com.baolink.order.Orders;
import com.baolink.order.PayType;
import com.baolink.order.SalesChannel.PullPriority;
import com.baolink.sandbox.aigoubao.SandboxPayForm;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real orders over the sandbox, made the way a member makes them: the portal launches the
 * pre-order (7.4), the member submits the hosted purchase page, the portal pulls the result.
 */
final class SandboxOrders {

	static final String PASSWORD = "test-Pass-9";

	private final OrderLauncher launcher;

	private final OrderSync sync;

	private final Orders orders;

	private final int port;

	SandboxOrders(OrderLauncher launcher, OrderSync sync, Orders orders, int port) {
		this.launcher = launcher;
		this.sync = sync;
		this.orders = orders;
		this.port = port;
	}

	/** A fresh member (allowed credit) not yet registered with AiGouBao; returns the login (its mobile). */
	static Member newMember(Members members, PasswordEncoder encoder) {
		String mobile = "136" + String.format("%08d", Math.floorMod(System.nanoTime() / 1000, 100_000_000L));
		return members.save(Member.newMember(mobile, "开票测试会员", encoder.encode(PASSWORD), "上海悦行旅行社有限公司", "上海市",
				"上海市", "浦东新区世纪大道100号", true, Instant.now()));
	}

	/** Launches, submits the hosted page ({@code payResult} success/failure) and pulls the order once. */
	Order buy(long memberId, PayType payType, String payResult) {
		LocalDate start = LocalDate.now().plusDays(3);
		Person zhang = new Person("张三", "1", SandboxPayForm.ZHANG_SAN_ID, null, null, "13800138000", "1");
		Person li = new Person("李四", "1", SandboxPayForm.LI_SI_ID, null, null, null, "5");
		Outcome outcome = this.launcher.launch(new LaunchRequest(memberId, UUID.randomUUID().toString(), "200437",
				"天安“旅途无忧”国内旅游意外险", "30543", "计划一", payType, start, start.plusDays(1), zhang, List.of(zhang, li)));
		assertThat(outcome.kind()).as(String.valueOf(outcome)).isEqualTo(Outcome.Kind.REDIRECT);
		PortalHttpClient browser = new PortalHttpClient(this.port);
		String page = outcome.redirectUrl().substring(browser.baseUrl().length());
		var submitted = browser.postForm(page, SandboxPayForm.twoInsured(start, payResult));
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(302);
		Order order = this.orders.findById(outcome.orderId()).orElseThrow();
		return this.sync.refresh(order, PullPriority.USER);
	}

}

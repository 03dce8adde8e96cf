package com.baolink.browser;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.baolink.infrastructure.web.TestMembers;
import com.baolink.member.Members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Staff follow an order: a member buys through the sandbox AiGouBao (its callback arrives, the
 * portal pulls, the order is issued); staff log in, find the order by its member on
 * {@code /admin/orders}, open it and read its timeline — created by the member, the callback, the
 * pulls and the status changes, each with its source, in words.
 */
class AdminOrderBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Members members;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	MessageSource messages;

	@Test
	void staffOpenAnOrderAndSeeItsTimeline() {
		String member = TestMembers.create(this.members, this.encoder);
		login(member, TestMembers.PASSWORD);
		new AigoubaoBuyPage(this, this.jdbc).buyTwoInsuredUpToSandbox().click();
		waitFor().until(d -> d.getCurrentUrl().matches(".*/orders/\\d+$"));
		String url = this.driver.getCurrentUrl();
		long orderId = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
		await().atMost(Duration.ofSeconds(60)).until(() -> "ISSUED".equals(this.jdbc
			.sql("SELECT status FROM purchase_order WHERE id = :id").param("id", orderId).query(String.class).single())
				&& callbacksOnTimeline(orderId) > 0);

		this.driver.findElement(By.cssSelector("form[action='/logout'] button[type=submit]")).click();
		waitFor().until(d -> d.findElements(By.cssSelector("form[action='/logout']")).isEmpty());
		login("admin", "Harbor-Quill-Lantern-73");
		open("/admin/orders");
		this.driver.findElement(By.id("admin-filter-member")).sendKeys(member);
		this.driver.findElement(By.cssSelector("#admin-order-filter button[type=submit]")).click();
		waitFor().until(d -> d.findElements(By.cssSelector(".admin-order-link")).size() == 1);
		this.driver.findElement(By.cssSelector(".admin-order-link")).click();

		waitFor().until(d -> d.getCurrentUrl().endsWith("/admin/orders/" + orderId));
		assertThat(this.driver.findElement(By.id("admin-order-status")).getText()).isEqualTo(text("order.status.ISSUED"));
		assertThat(this.driver.findElement(By.id("admin-order-member")).getText()).contains(member);
		List<WebElement> entries = this.driver.findElements(By.cssSelector("#admin-order-timeline .timeline-entry"));
		List<String> kinds = entries.stream()
			.map(entry -> entry.findElement(By.className("timeline-kind")).getText())
			.toList();
		assertThat(kinds).contains(text("admin.order.event.kind.LAUNCHED"),
				text("admin.order.event.kind.CALLBACK_RECEIVED"), text("admin.order.event.kind.PULLED"),
				text("admin.order.event.kind.STATE_CHANGED"));
		assertThat(kinds.get(kinds.size() - 1)).as("oldest last").isEqualTo(text("admin.order.event.kind.LAUNCHED"));
		WebElement issued = entries.stream()
			.filter(entry -> entry.getText().contains("→ " + text("order.status.ISSUED")))
			.findFirst()
			.orElseThrow();
		assertThat(issued.findElement(By.className("timeline-source")).getText())
			.isEqualTo(text("admin.order.event.source.PULL"));
		WebElement callback = entries.stream()
			.filter(entry -> entry.getText().contains(text("admin.order.event.kind.CALLBACK_RECEIVED")))
			.findFirst()
			.orElseThrow();
		callback.findElement(By.tagName("a")).click();
		waitFor().until(d -> d.getCurrentUrl().matches(".*/admin/callbacks/\\d+$"));
	}

	private long callbacksOnTimeline(long orderId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM order_event WHERE order_id = :id AND kind = 'CALLBACK_RECEIVED'")
			.param("id", orderId)
			.query(Long.class)
			.single();
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, java.util.Locale.SIMPLIFIED_CHINESE);
	}

}

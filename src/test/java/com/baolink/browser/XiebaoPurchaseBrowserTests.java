package com.baolink.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.baolink.infrastructure.web.TestMembers;
import com.baolink.member.Members;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Xiebao purchase as a member clicks it: catalogue → Xiebao product → buy → the simulated
 * Xiebao page → fill in and pay → back to the portal → the order history shows the order issued
 * once Xiebao's notifications (insure, pay, issue, e-policy) have arrived.
 */
class XiebaoPurchaseBrowserTests extends BrowserTest {

	@Autowired
	Members members;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcClient jdbc;

	@Test
	void memberBuysAXiebaoProductAndSeesItIssuedInTheOrderHistory() {
		long productId = this.jdbc.sql("SELECT id FROM product WHERE channel = 'XIEBAO' AND code = 'XB-TRAVEL-01'")
			.query(Long.class)
			.single();
		String login = TestMembers.create(this.members, this.encoder);
		login(login, TestMembers.PASSWORD);
		open("/catalog");
		this.driver.findElements(By.cssSelector("a.product-link"))
			.stream()
			.filter(a -> a.getAttribute("href").endsWith("/catalog/" + productId))
			.findFirst()
			.orElseThrow(() -> new AssertionError("Xiebao product " + productId + " is not in the catalogue"))
			.click();
		this.driver.findElement(By.id("xiebao-buy")).click();

		WebElement pay = waitFor().until(d -> d.findElements(By.id("xiebao-pay")).stream().findFirst().orElse(null));
		assertThat(this.driver.getCurrentUrl()).contains("/sandbox/xiebao/dispatch/cps");
		type("applicantName", "王五");
		type("applicantIdNo", "11010519491231002X");
		type("insuredNames", "张三,李四");
		pay.click();

		waitFor().until(d -> d.findElements(By.id("xiebao-back")).stream().findFirst().orElse(null)).click();
		waitFor().until(d -> d.getCurrentUrl().startsWith(url("")) && !d.getCurrentUrl().contains("/sandbox/"));

		new WebDriverWait(this.driver, Duration.ofSeconds(30)).pollingEvery(Duration.ofSeconds(1)).until(d -> {
			open("/orders");
			return d.findElements(By.cssSelector(".order-row .order-status.ok")).size() == 1;
		});
		WebElement row = this.driver.findElement(By.cssSelector(".order-row"));
		assertThat(row.getText()).contains("携保境内旅游险").contains("张三").contains("24.00");
		assertThat(this.driver.findElements(By.cssSelector(".order-row"))).hasSize(1);

		row.findElement(By.cssSelector("a.order-link")).click();
		WebElement policy = waitFor().until(d -> d.findElements(By.id("xiebao-policy-link")).stream().findFirst().orElse(null));
		assertThat(policy.getAttribute("rel")).contains("noopener");
		assertThat(policy.getAttribute("target")).isEqualTo("_blank");
	}

	private void type(String id, String text) {
		WebElement input = this.driver.findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
	}

}

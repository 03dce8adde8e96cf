package com.baolink.browser;

import java.time.Duration;
import java.util.List;

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

		// the order tells its plan and insurer, and offers no action that cannot work for Xiebao
		String orderPage = this.driver.getCurrentUrl();
		String facts = this.driver.findElement(By.cssSelector("dl.facts")).getText();
		assertThat(facts).contains("基础计划").contains("平安产险").doesNotContain("—\n保险公司");
		assertThat(this.driver.findElements(By.id("download-all"))).isEmpty();
		assertThat(this.driver.findElements(By.cssSelector("a.policy-download, a.certificate-download"))).isEmpty();

		// every policy action on the page opens the policy at Xiebao, and its PDF is there
		List<String> actions = new java.util.ArrayList<>();
		actions.add(policy.getAttribute("href"));
		this.driver.findElements(By.cssSelector("a.policy-view")).forEach(a -> actions.add(a.getAttribute("href")));
		assertThat(actions).hasSizeGreaterThanOrEqualTo(3);
		for (String action : actions) {
			this.driver.get(action);
			WebElement policyNum = waitFor().until(d -> d.findElements(By.id("xiebao-detail-policy-num")).stream().findFirst().orElse(null));
			assertThat(policyNum.getText()).isNotBlank();
			assertThat(this.driver.findElement(By.id("xiebao-detail-status")).getText()).isEqualTo("已出单");
			String pdf = this.driver.findElement(By.id("xiebao-policy-pdf")).getAttribute("href");
			assertThat(fetch(pdf)).startsWith("%PDF");
			this.driver.get(orderPage);
		}
	}

	private static String fetch(String url) {
		try {
			java.net.http.HttpResponse<byte[]> answer = java.net.http.HttpClient.newHttpClient()
				.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
						java.net.http.HttpResponse.BodyHandlers.ofByteArray());
			assertThat(answer.statusCode()).isEqualTo(200);
			return new String(answer.body(), 0, Math.min(4, answer.body().length), java.nio.charset.StandardCharsets.ISO_8859_1);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void type(String id, String text) {
		WebElement input = this.driver.findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
	}

}

package com.baolink.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.baolink.infrastructure.config.ChinaTime;
import com.baolink.infrastructure.web.TestMembers;
import com.baolink.member.Members;
import com.baolink.sandbox.aigoubao.SandboxPayForm;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Share links as people click them, on a 375 px phone: a member shares a product from its page, an
 * anonymous browser (every cookie of the member's session deleted) opens the link, buys through
 * the sandbox partner, lands on its own status page and sees the order issued; the member's
 * history shows the order as from the link. AiGouBao (two insured persons, policy downloaded) and
 * Xiebao (up to issued).
 */
class ShareLinkBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Members members;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void customerBuysThroughAMembersAigoubaoLinkAndGetsThePolicy() throws Exception {
		AigoubaoBuyPage buy = new AigoubaoBuyPage(this, this.jdbc);
		long productId = buy.sandboxProductInCatalogue(AigoubaoBuyPage.SANDBOX_PRODUCT);
		String member = TestMembers.create(this.members, this.encoder);
		phone();
		login(member, TestMembers.PASSWORD);
		String link = shareFromProductPage(productId);

		anonymous();
		open(link.substring(url("").length()));
		assertFitsThePhone("share link page");
		assertThat(this.driver.findElement(By.id("share-member")).getText()).isEqualTo("测试会员 向您推荐");
		screenshot("share-customer-aigoubao");
		Select plan = new Select(this.driver.findElement(By.id("plan")));
		plan.selectByIndex(plan.getOptions().size() - 1);
		LocalDate start = LocalDate.now(ChinaTime.ZONE).plusDays(3);
		setDate("coverStart", start);
		setDate("coverEnd", start.plusDays(1));
		buy.type("holder.name", "张三");
		new Select(this.driver.findElement(By.id("holder.cardType"))).selectByValue("1");
		buy.type("holder.cardNo", SandboxPayForm.ZHANG_SAN_ID);
		buy.type("holder.mobile", "13800138000");
		insured(buy, 0, "张三", SandboxPayForm.ZHANG_SAN_ID, "1");
		insured(buy, 1, "李四", SandboxPayForm.LI_SI_ID, "5");
		this.driver.findElement(By.id("acceptNotices1")).click();
		this.driver.findElement(By.id("buy-submit")).click();

		WebElement pay = waitFor().until(d -> d.findElements(By.id("sandbox-pay")).stream().findFirst().orElse(null));
		assertThat(this.driver.getCurrentUrl()).contains("/sandbox/aigoubao/");
		pay.click();

		new WebDriverWait(this.driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/s/o/")
				&& "ISSUED".equals(d.findElement(By.id("order-status")).getAttribute("data-status")));
		assertFitsThePhone("customer status page");
		screenshot("share-customer-issued");
		assertThat(this.driver.findElements(By.cssSelector("#insured-table .insured-row"))).hasSize(2);
		assertThat(this.driver.findElement(By.id("insured-table")).getText()).contains("张三", "李四");
		String policyUrl = this.driver.findElement(By.cssSelector("a.policy-download")).getAttribute("href");
		HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(policyUrl)).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");

		open("/orders");
		assertThat(this.driver.getCurrentUrl()).as("a customer reaches no member page").endsWith("/login");
		login(member, TestMembers.PASSWORD);
		open("/orders");
		WebElement row = this.driver.findElement(By.cssSelector(".order-row"));
		assertThat(row.findElement(By.cssSelector(".share-origin")).getText()).contains("来自分享链接").contains("客户：张三");
		assertFitsThePhone("member history");
	}

	@Test
	void customerBuysThroughAMembersXiebaoLinkAndSeesItIssued() {
		long productId = this.jdbc.sql("SELECT id FROM product WHERE channel = 'XIEBAO' AND code = 'XB-TRAVEL-01'")
			.query(Long.class)
			.single();
		String member = TestMembers.create(this.members, this.encoder);
		phone();
		login(member, TestMembers.PASSWORD);
		String link = shareFromProductPage(productId);

		anonymous();
		open(link.substring(url("").length()));
		assertFitsThePhone("Xiebao share link page");
		this.driver.findElement(By.id("customerName")).sendKeys("王五");
		this.driver.findElement(By.id("acceptNotices1")).click();
		this.driver.findElement(By.id("xiebao-submit")).click();

		WebElement pay = waitFor().until(d -> d.findElements(By.id("xiebao-pay")).stream().findFirst().orElse(null));
		assertThat(this.driver.getCurrentUrl()).contains("/sandbox/xiebao/dispatch/cps").contains("paySuccess=");
		type("applicantName", "王五");
		type("applicantIdNo", SandboxPayForm.ZHANG_SAN_ID);
		type("insuredNames", "张三,李四");
		pay.click();

		new WebDriverWait(this.driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/s/o/")
				&& "ISSUED".equals(d.findElement(By.id("order-status")).getAttribute("data-status")));
		assertFitsThePhone("Xiebao customer status page");
		assertThat(this.driver.findElement(By.id("xiebao-policy")).getAttribute("rel")).contains("noopener");

		login(member, TestMembers.PASSWORD);
		open("/orders");
		assertThat(this.driver.findElement(By.cssSelector(".order-row .share-origin")).getText()).contains("客户：王五");
	}

	/** Product page → "share with a customer" → create → the link shown for copying. */
	private String shareFromProductPage(long productId) {
		open("/catalog/" + productId);
		this.driver.findElement(By.id("share-product")).click();
		waitFor().until(d -> d.getCurrentUrl().contains("/shares"));
		assertThat(new Select(this.driver.findElement(By.id("productId"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo(String.valueOf(productId));
		this.driver.findElement(By.id("share-create")).click();
		WebElement copy = waitFor().until(d -> d.findElements(By.cssSelector(".share-row.share-new input.share-url"))
			.stream()
			.findFirst()
			.orElse(null));
		assertThat(copy.getAttribute("readonly")).isNotNull();
		assertFitsThePhone("shares page");
		screenshot("share-member-list");
		return copy.getAttribute("value");
	}

	/** A browser with no cookie of the member left: an anonymous visitor. */
	private void anonymous() {
		this.driver.manage().deleteAllCookies();
	}

	private void phone() {
		this.driver.manage().window().setSize(new Dimension(375, 812));
	}

	private void assertFitsThePhone(String page) {
		JavascriptExecutor js = (JavascriptExecutor) this.driver;
		long viewport = ((Number) js.executeScript("return window.innerWidth")).longValue();
		long content = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
		assertThat(viewport).as("viewport width").isEqualTo(375);
		assertThat(content).as(page + " width at 375 px").isLessThanOrEqualTo(375);
	}

	private void insured(AigoubaoBuyPage buy, int index, String name, String idCard, String relation) {
		buy.type("insured" + index + ".name", name);
		new Select(this.driver.findElement(By.id("insured" + index + ".cardType"))).selectByValue("1");
		buy.type("insured" + index + ".cardNo", idCard);
		new Select(this.driver.findElement(By.id("insured" + index + ".relation"))).selectByValue(relation);
	}

	private void type(String id, String text) {
		WebElement input = this.driver.findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
	}

	private void setDate(String id, LocalDate date) {
		((JavascriptExecutor) this.driver).executeScript("arguments[0].value = arguments[1]",
				this.driver.findElement(By.id(id)), date.toString());
	}

	/** Keeps what the phone showed (target/browser-screenshots/), for people reviewing the pages. */
	private void screenshot(String name) throws RuntimeException {
		try {
			Path dir = Path.of("target", "browser-screenshots");
			ensureDirectory(dir);
			Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}

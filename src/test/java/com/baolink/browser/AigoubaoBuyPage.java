package com.baolink.browser;

import java.time.Duration;
import java.time.LocalDate;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.baolink.infrastructure.config.ChinaTime;

/**
 * The steps of an AiGouBao purchase shared by the browser tests: find the sandbox product in the
 * catalogue, fill the portal's buy form for 张三 (holder and first insured) and 李四, and reach the
 * sandbox's hosted purchase page.
 */
final class AigoubaoBuyPage {

	static final String SANDBOX_PRODUCT = "200437";

	private final BrowserTest test;

	private final JdbcClient jdbc;

	AigoubaoBuyPage(BrowserTest test, JdbcClient jdbc) {
		this.test = test;
		this.jdbc = jdbc;
	}

	/** The catalogue is filled from the sandbox (7.5) once the application is ready. */
	long sandboxProductInCatalogue(String code) {
		return new WebDriverWait(driver(), Duration.ofSeconds(30)).until(d -> this.jdbc
			.sql("SELECT id FROM product WHERE channel = 'AIGOUBAO' AND code = ? AND enabled")
			.param(code)
			.query(Long.class)
			.optional()
			.orElse(null));
	}

	/** Catalogue → product page → buy form. */
	void openBuyForm(long productId) {
		this.test.open("/catalog");
		driver().findElements(By.cssSelector("a.product-link"))
			.stream()
			.filter(a -> a.getAttribute("href").endsWith("/catalog/" + productId))
			.findFirst()
			.orElseThrow(() -> new AssertionError("product " + productId + " is not in the catalogue"))
			.click();
		driver().findElement(By.id("buy-button")).click();
	}

	/** The last plan, two days from three days on, holder 张三, insured 张三 (self) and 李四 (other). */
	void fillForTwoInsured() {
		LocalDate start = LocalDate.now(ChinaTime.ZONE).plusDays(3);
		Select plan = new Select(driver().findElement(By.id("plan")));
		plan.selectByIndex(plan.getOptions().size() - 1);
		setDate("coverStart", start);
		setDate("coverEnd", start.plusDays(1));
		type("holder.name", "张三");
		new Select(driver().findElement(By.id("holder.cardType"))).selectByValue("1");
		type("holder.cardNo", "11010519491231002X");
		type("holder.mobile", "13800138000");
		fillInsured(0, "张三", "11010519491231002X", "1");
		fillInsured(1, "李四", "110105198001010016", "5");
	}

	/** Submits the buy form; returns the sandbox's pay (or credit submit) button once its page is shown. */
	WebElement submitAndReachSandbox() {
		driver().findElement(By.id("buy-submit")).click();
		return this.test.waitFor()
			.until(d -> d.findElements(By.id("sandbox-pay")).stream().findFirst().orElse(null));
	}

	/** The whole purchase up to the sandbox's hosted page. */
	WebElement buyTwoInsuredUpToSandbox() {
		long productId = sandboxProductInCatalogue(SANDBOX_PRODUCT);
		openBuyForm(productId);
		fillForTwoInsured();
		return submitAndReachSandbox();
	}

	void type(String id, String text) {
		WebElement input = driver().findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
	}

	private void fillInsured(int index, String name, String idCard, String relation) {
		type("insured" + index + ".name", name);
		new Select(driver().findElement(By.id("insured" + index + ".cardType"))).selectByValue("1");
		type("insured" + index + ".cardNo", idCard);
		new Select(driver().findElement(By.id("insured" + index + ".relation"))).selectByValue(relation);
	}

	/** Date inputs take keyboard input in the browser's locale format; set the ISO value directly. */
	private void setDate(String id, LocalDate date) {
		((JavascriptExecutor) driver()).executeScript("arguments[0].value = arguments[1]",
				driver().findElement(By.id(id)), date.toString());
	}

	private WebDriver driver() {
		return this.test.driver();
	}

}

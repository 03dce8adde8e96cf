package com.baolink.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.baolink.infrastructure.config.ChinaTime;
import com.baolink.infrastructure.web.TestMembers;
import com.baolink.member.Members;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole AiGouBao purchase as a member clicks it: catalogue → buy with two insured persons →
 * the sandbox's hosted page → pay → back on the order page, which settles (htmx polling) on
 * "issued" with a policy number per insured person.
 */
class AigoubaoPurchaseBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Members members;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void memberBuysWithTwoInsuredPersonsAndSeesBothPoliciesIssued() {
		long productId = sandboxProductInCatalogue("200437");
		login(TestMembers.create(this.members, this.encoder), TestMembers.PASSWORD);
		open("/catalog");
		this.driver.findElements(By.cssSelector("a.product-link"))
			.stream()
			.filter(a -> a.getAttribute("href").endsWith("/catalog/" + productId))
			.findFirst()
			.orElseThrow(() -> new AssertionError("product " + productId + " is not in the catalogue"))
			.click();
		this.driver.findElement(By.id("buy-button")).click();

		LocalDate start = LocalDate.now(ChinaTime.ZONE).plusDays(3);
		Select plan = new Select(this.driver.findElement(By.id("plan")));
		plan.selectByIndex(plan.getOptions().size() - 1);
		setDate("coverStart", start);
		setDate("coverEnd", start.plusDays(1));
		type("holder.name", "张三");
		new Select(this.driver.findElement(By.id("holder.cardType"))).selectByValue("1");
		type("holder.cardNo", "11010519491231002X");
		type("holder.mobile", "13800138000");
		fillInsured(0, "张三", "11010519491231002X", "1");
		fillInsured(1, "李四", "110105198001010016", "5");
		this.driver.findElement(By.id("buy-submit")).click();

		WebElement pay = waitFor().until(d -> d.findElements(By.id("sandbox-pay")).stream().findFirst().orElse(null));
		assertThat(this.driver.getCurrentUrl()).contains("/sandbox/aigoubao/");
		pay.click();

		new WebDriverWait(this.driver, Duration.ofSeconds(30))
			.until(d -> d.getCurrentUrl().matches(".*/orders/\\d+$") && d.findElement(By.id("order-status"))
				.getAttribute("class")
				.contains("ok"));
		List<WebElement> rows = this.driver.findElements(By.cssSelector("#insured-table .insured-row"));
		assertThat(rows).hasSize(2);
		assertThat(rows).allSatisfy(row -> assertThat(row.findElement(By.cssSelector(".policy-code")).getText())
			.matches("\\S{6,}"));
		assertThat(this.driver.findElement(By.id("insured-table")).getText()).contains("张三", "李四");
	}

	/** The catalogue is filled from the sandbox (7.5) once the application is ready. */
	private long sandboxProductInCatalogue(String code) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(30)).until(d -> this.jdbc
			.sql("SELECT id FROM product WHERE channel = 'AIGOUBAO' AND code = ? AND enabled")
			.param(code)
			.query(Long.class)
			.optional()
			.orElse(null));
	}

	private void fillInsured(int index, String name, String idCard, String relation) {
		type("insured" + index + ".name", name);
		new Select(this.driver.findElement(By.id("insured" + index + ".cardType"))).selectByValue("1");
		type("insured" + index + ".cardNo", idCard);
		new Select(this.driver.findElement(By.id("insured" + index + ".relation"))).selectByValue(relation);
	}

	/** Date inputs take keyboard input in the browser's locale format; set the ISO value directly. */
	private void setDate(String id, LocalDate date) {
		((JavascriptExecutor) this.driver).executeScript("arguments[0].value = arguments[1]",
				this.driver.findElement(By.id(id)), date.toString());
	}

	private void type(String id, String text) {
		WebElement input = this.driver.findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
	}

}

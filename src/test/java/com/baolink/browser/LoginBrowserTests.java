package com.baolink.browser;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class LoginBrowserTests extends BrowserTest {

	static final String DEMO_MEMBER = "13800000001";

	static final String DEMO_PASSWORD = "Bamboo-River-Kite-58";

	@Autowired
	MessageSource messages;

	@Test
	void memberLogsInAndIsInsideThePortal() {
		login(DEMO_MEMBER, DEMO_PASSWORD);

		assertThat(this.driver.getCurrentUrl()).doesNotContain("/login");
		assertThat(this.driver.findElements(By.cssSelector("form[action='/logout'] button[type=submit]"))).hasSize(1);
	}

	@Test
	void pagesWithHtmxRaiseNoContentSecurityPolicyViolation() {
		contentSecurityPolicyViolations();
		open("/login");
		login(DEMO_MEMBER, DEMO_PASSWORD);
		// htmx injects its indicator <style> when it starts, unless told not to (meta htmx-config)
		open("/catalog");
		waitFor().until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
			.executeScript("return typeof htmx !== 'undefined' && htmx.config.includeIndicatorStyles === false")));
		open("/orders");
		open("/no-such-page");

		assertThat(contentSecurityPolicyViolations()).isEmpty();
	}

	@Test
	void wrongPasswordShowsTheErrorMessageAndStaysOnTheLoginPage() {
		login("13800000002", "not-the-password");

		assertThat(this.driver.getCurrentUrl()).endsWith("/login?error");
		assertThat(this.driver.findElement(By.cssSelector(".alert.error")).getText())
			.isEqualTo(text("login.error", Locale.SIMPLIFIED_CHINESE));
		assertThat(this.driver.findElements(By.cssSelector("form[action='/logout']"))).isEmpty();
	}

	@Test
	void languageSwitchShowsTheEnglishLoginPageAndIsRemembered() {
		open("/login");
		assertThat(this.driver.findElement(By.tagName("h1")).getText())
			.isEqualTo(text("login.title", Locale.SIMPLIFIED_CHINESE));

		this.driver.findElement(By.cssSelector("a[hreflang='en']")).click();
		waitFor().until(d -> d.getCurrentUrl().contains("lang=en"));
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo(text("login.title", Locale.ENGLISH));

		open("/login");
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo(text("login.title", Locale.ENGLISH));
	}

	@Test
	void loginPageFitsA375PixelPhoneWithoutHorizontalScrolling() {
		this.driver.manage().window().setSize(new Dimension(375, 812));
		open("/login");

		JavascriptExecutor js = (JavascriptExecutor) this.driver;
		long viewport = ((Number) js.executeScript("return window.innerWidth")).longValue();
		long content = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
		assertThat(viewport).as("viewport width").isEqualTo(375);
		assertThat(content).as("page width at 375 px").isLessThanOrEqualTo(375);
		assertThat(this.driver.findElement(By.id("username")).isDisplayed()).isTrue();
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}

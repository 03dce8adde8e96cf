package com.baolink.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.baolink.infrastructure.web.TestMembers;
import com.baolink.member.Members;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue as a member uses it: filter by insurer and category (htmx swaps the results),
 * find an AiGouBao product among them, open it and read its coverage table — the sandbox demo
 * curation gives the AiGouBao products insurer, category and coverage.
 */
class CatalogBrowserTests extends BrowserTest {

	static final String INSURER = "天安财险";

	static final String PRODUCT = "天安“旅途无忧”国内旅游意外险";

	@Autowired
	Members members;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void memberFiltersByInsurerAndCategoryAndReadsAnAigoubaoProductsCoverage() {
		login(TestMembers.create(this.members, this.encoder), TestMembers.PASSWORD);
		// the first refresh of the AiGouBao products runs in the background after startup
		new WebDriverWait(this.driver, Duration.ofSeconds(60)).pollingEvery(Duration.ofSeconds(1)).until(d -> {
			open("/catalog");
			return !d.findElements(By.cssSelector("#insurer option[value='" + INSURER + "']")).isEmpty();
		});

		new Select(this.driver.findElement(By.id("insurer"))).selectByValue(INSURER);
		waitFor().until(d -> d.findElements(By.cssSelector("#catalog-results .product-card"))
			.stream()
			.allMatch(card -> card.getText().contains(INSURER)));
		new Select(this.driver.findElement(By.id("category"))).selectByValue("TRAVEL");
		waitFor().until(d -> d.findElement(By.id("catalog-results")).getText().contains(PRODUCT)
				&& d.findElements(By.cssSelector("#catalog-results .product-card"))
					.stream()
					.allMatch(card -> card.getText().contains(INSURER) && card.getText().contains("旅游")));

		WebElement card = this.driver.findElements(By.cssSelector("#catalog-results .product-card"))
			.stream()
			.filter(c -> c.getText().contains(PRODUCT))
			.findFirst()
			.orElseThrow();
		card.findElement(By.cssSelector("a.product-link")).click();

		WebElement coverage = waitFor().until(d -> d.findElements(By.id("coverage-table")).stream().findFirst().orElse(null));
		assertThat(this.driver.findElement(By.id("product-name")).getText()).isEqualTo(PRODUCT);
		assertThat(this.driver.findElement(By.id("product-insurer")).getText()).isEqualTo(INSURER);
		assertThat(coverage.findElements(By.cssSelector(".coverage-row"))).hasSizeGreaterThanOrEqualTo(3);
		assertThat(coverage.getText()).contains("意外身故、伤残", "¥100,000.00", "意外医疗");
		assertThat(this.driver.findElement(By.id("limits-age")).getText()).isEqualTo("0–80 周岁");
		assertThat(this.driver.findElements(By.cssSelector("#plans tr[id^='plan-']"))).isNotEmpty();

		// the filtered list works without JavaScript too: the same filters as a plain GET
		open("/catalog?insurer=" + java.net.URLEncoder.encode(INSURER, java.nio.charset.StandardCharsets.UTF_8)
				+ "&category=TRAVEL");
		assertThat(this.driver.findElement(By.id("catalog-results")).getText()).contains(PRODUCT);
	}

}

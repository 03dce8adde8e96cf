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
		AigoubaoBuyPage buy = new AigoubaoBuyPage(this, this.jdbc);
		long productId = buy.sandboxProductInCatalogue(AigoubaoBuyPage.SANDBOX_PRODUCT);
		login(TestMembers.create(this.members, this.encoder), TestMembers.PASSWORD);
		buy.openBuyForm(productId);
		buy.fillForTwoInsured();
		WebElement pay = buy.submitAndReachSandbox();
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

}

package com.baolink.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.baolink.admin.DashboardDataSet;
import com.baolink.member.Members;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff log in, land on the dashboard and see every chart drawn (ECharts' canvas in each chart
 * container) beside its table, whose numbers are those of a known data set; on a phone the charts
 * stack and the tables scroll sideways.
 */
class DashboardBrowserTests extends BrowserTest {

	private static final List<String> CHARTS = List.of("sales-per-day", "premium-by-product", "premium-by-member",
			"funnel", "callbacks-per-hour", "task-queue");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Members members;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void staffLandOnTheDashboardAndSeeTheChartsWithTheirNumbers() {
		DashboardDataSet data = DashboardDataSet.seed(this.jdbc, this.members, this.encoder, 2012);
		login("admin", "Harbor-Quill-Lantern-73");
		assertThat(this.driver.getCurrentUrl()).isEqualTo(url("/admin"));
		waitForCharts();

		open("/admin?from=" + data.firstDay + "&to=" + data.lastDay());
		waitForCharts();
		assertThat(this.driver.findElement(By.id("range-from")).getAttribute("value")).isEqualTo(data.firstDay.toString());
		assertThat(cells("table-sales-per-day", "orders")).containsExactly("2", "3", "0");
		assertThat(cells("table-sales-per-day", "premium")).containsExactly("150.50", "220.00", "0.00");
		assertThat(cells("table-funnel", "orders")).containsExactly("5", "4", "3", "2");
		assertThat(cells("table-premium-by-product", "premium")).containsExactly("300.00", "70.50");
		assertThat(cells("table-premium-by-member", "premium")).containsExactly("220.00", "150.50");
		assertThat(this.driver.findElement(By.id("table-premium-by-member")).getText()).contains(data.memberB,
				data.memberA);
		assertThat(contentSecurityPolicyViolations()).isEmpty();
	}

	@Test
	void onAPhoneTheChartsStackAndTheTablesScroll() {
		login("admin", "Harbor-Quill-Lantern-73");
		this.driver.manage().window().setSize(new Dimension(375, 800));
		open("/admin");
		waitForCharts();
		WebElement chart = this.driver.findElement(By.id("chart-sales-per-day"));
		WebElement table = this.driver.findElement(By.id("table-sales-per-day"));
		assertThat(table.getLocation().getY()).as("the table is below its chart")
			.isGreaterThanOrEqualTo(chart.getLocation().getY() + chart.getSize().getHeight());
		Object pageWidth = ((JavascriptExecutor) this.driver)
			.executeScript("return document.documentElement.scrollWidth;");
		assertThat(((Number) pageWidth).intValue()).as("nothing wider than the phone").isLessThanOrEqualTo(375);
	}

	private void waitForCharts() {
		waitFor().until(d -> CHARTS.stream().allMatch(id -> "true".equals(
				d.findElement(By.id("chart-" + id)).getAttribute("data-chart-drawn"))));
		for (String id : CHARTS) {
			WebElement container = this.driver.findElement(By.id("chart-" + id));
			assertThat(container.findElements(By.cssSelector("canvas, svg"))).as(id).isNotEmpty();
			assertThat(container.getSize().getHeight()).as(id).isPositive();
		}
	}

	private List<String> cells(String table, String series) {
		return this.driver.findElements(By.cssSelector("#" + table + " td[data-series='" + series + "']"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

}

package com.baolink.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

import com.baolink.infrastructure.web.TestMembers;
import com.baolink.member.Members;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a member does after buying (issue 3), clicked in Chromium: download a policy PDF, ask for a
 * company invoice (a wrong credit code first), see the invoice issued, surrender one of two
 * policies. And staff approving a credit purchase. The sandbox issues invoices after one second
 * and the invoice poll job runs often, so the invoice arrives while the test waits.
 */
@TestPropertySource(properties = { "baolink.sandbox.aigoubao.invoice-delay=PT1S", "baolink.invoice.poll-interval=PT2S" })
class AfterPurchaseBrowserTests extends BrowserTest {

	/** Wrong check character (the valid one ends in 3). */
	static final String BAD_CREDIT_CODE = "91350100M000100Y44";

	static final String GOOD_CREDIT_CODE = "91350100M000100Y43";

	static final String COMPANY = "上海悦行旅行社有限公司";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Members members;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	MessageSource messages;

	@Test
	void memberDownloadsThePolicyGetsACompanyInvoiceAndSurrendersOnePolicy() throws Exception {
		loginAsNewMember();
		new AigoubaoBuyPage(this, this.jdbc).buyTwoInsuredUpToSandbox().click();
		long orderId = waitForOrderPage();
		waitUntilIssued(orderId);

		downloadPolicyOf("张三");
		requestCompanyInvoiceWithBadThenGoodCode();
		waitForInvoice();
		surrenderFirstPolicy(orderId);
		orderPageFitsAPhone(orderId);
	}

	@Test
	void staffApprovesACreditPurchaseAndTheOrderIsIssued() {
		loginAsNewMember();
		AigoubaoBuyPage buy = new AigoubaoBuyPage(this, this.jdbc);
		buy.openBuyForm(buy.sandboxProductInCatalogue(AigoubaoBuyPage.SANDBOX_PRODUCT));
		buy.fillForTwoInsured();
		this.driver.findElement(By.id("payType-CREDIT")).click();
		buy.submitAndReachSandbox().click();

		waitFor().until(d -> d.findElements(By.id("credit-waiting")).size() == 1);
		this.driver.findElement(By.id("back-to-distributor")).click();
		long orderId = waitForOrderPage();
		assertThat(this.driver.findElement(By.id("order-status")).getText())
			.isEqualTo(text("order.status.AWAITING_CREDIT_APPROVAL"));

		this.driver.findElement(By.cssSelector("form[action='/logout'] button[type=submit]")).click();
		waitFor().until(d -> d.findElements(By.cssSelector("form[action='/logout']")).isEmpty());
		login("admin", "Harbor-Quill-Lantern-73");
		open("/admin/credit");
		this.driver.findElement(By.id("approve-" + orderId)).click();
		waitFor().until(d -> d.findElements(By.id("credit-notice")).size() == 1);

		open("/orders/" + orderId);
		waitUntilIssued(orderId);
		assertThat(this.driver.findElements(By.cssSelector("#insured-table .insured-row .policy-code")))
			.hasSize(2)
			.allSatisfy(code -> assertThat(code.getText()).matches("\\S{6,}"));
	}

	// --- steps -------------------------------------------------------------------------------

	private long waitForOrderPage() {
		new WebDriverWait(this.driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().matches(".*/orders/\\d+$"));
		String url = this.driver.getCurrentUrl();
		return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
	}

	/** Reloads the order page until its status badge shows "issued" (htmx polling may also get there). */
	private void waitUntilIssued(long orderId) {
		String issued = text("order.status.ISSUED");
		reloadUntil(orderId, d -> issued.equals(d.findElement(By.id("order-status")).getText()));
	}

	private void downloadPolicyOf(String name) throws IOException, InterruptedException {
		String href = insuredRow(name).findElement(By.cssSelector("a.policy-download")).getAttribute("href");
		assertThat(pdfText(href)).contains(name);
	}

	/** Fetches a download link of the page as the logged-in browser would; it must be a PDF. */
	private String pdfText(String href) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = fetchWithBrowserSession(href);
		assertThat(response.statusCode()).as("status of " + href).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).as("content type of " + href)
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
		byte[] pdf = response.body();
		assertThat(new String(pdf, 0, Math.min(4, pdf.length), StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private void requestCompanyInvoiceWithBadThenGoodCode() {
		assertThat(invoiceState()).isEqualTo("none");
		assertBesideItsLabel(By.id("invoice-type-company"));
		this.driver.findElement(By.id("invoice-type-company")).click();
		type("invoice-title", COMPANY);
		type("invoice-taxpayer-no", BAD_CREDIT_CODE);
		this.driver.findElement(By.id("invoice-submit")).click();

		WebElement error = waitFor().until(d -> d.findElements(By.id("invoice-taxpayer-no-error"))
			.stream()
			.filter(WebElement::isDisplayed)
			.findFirst()
			.orElse(null));
		assertThat(error.getText()).isEqualTo(text("billing.invoice.error.taxpayerInvalid"));
		assertThat(this.driver.findElement(By.id("invoice-type-company")).isSelected()).isTrue();
		assertThat(this.driver.findElement(By.id("invoice-title")).getAttribute("value")).isEqualTo(COMPANY);
		assertThat(this.driver.findElement(By.id("invoice-taxpayer-no")).getAttribute("value")).isEqualTo(BAD_CREDIT_CODE);
		assertThat(invoiceState()).isEqualTo("none");

		type("invoice-taxpayer-no", GOOD_CREDIT_CODE);
		this.driver.findElement(By.id("invoice-submit")).click();
		waitFor().until(d -> !"none".equals(invoiceState()));
	}

	/** The section polls itself while AiGouBao is issuing; no reload needed. */
	private void waitForInvoice() throws IOException, InterruptedException {
		new WebDriverWait(this.driver, Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(500))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(d -> "issued".equals(invoiceState())
					&& !d.findElements(By.cssSelector("#invoice-section .invoice-link")).isEmpty());
		assertThat(this.driver.findElement(By.id("invoice-requested-title")).getText()).isEqualTo(COMPANY);
		List<WebElement> links = this.driver.findElements(By.cssSelector("#invoice-section .invoice-link"));
		assertThat(links).hasSize(2);
		assertThat(pdfText(links.get(0).getAttribute("href"))).contains(COMPANY, GOOD_CREDIT_CODE);
	}

	private void surrenderFirstPolicy(long orderId) {
		assertBesideItsLabel(By.id("surrender-scope-policies"));
		assertBesideItsLabel(By.cssSelector(".surrender-policy"));
		this.driver.findElement(By.id("surrender-scope-policies")).click();
		WebElement first = this.driver.findElements(By.cssSelector(".surrender-policy")).get(0);
		String policyCode = first.getAttribute("value");
		first.click();
		this.driver.findElement(By.id("surrender-next")).click();

		WebElement table = waitFor().until(d -> d.findElements(By.id("surrender-confirm-table"))
			.stream()
			.findFirst()
			.orElse(null));
		List<String> chosen = table.findElements(By.cssSelector(".surrender-confirm-row .policy-code"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(chosen).containsExactly(policyCode);
		String surrenderedName = table.findElement(By.cssSelector(".surrender-confirm-row .insured-name")).getText();
		this.driver.findElement(By.id("surrender-submit")).click();

		waitFor().until(d -> d.findElements(By.id("surrender-notice")).size() == 1);
		assertThat(this.driver.getCurrentUrl()).endsWith("/orders/" + orderId);
		assertThat(policyStatusOf(surrenderedName)).isIn(text("policy.status.SURRENDER_PENDING"),
				text("policy.status.SURRENDERED"));
		String other = "张三".equals(surrenderedName) ? "李四" : "张三";
		assertThat(policyStatusOf(other)).isEqualTo(text("policy.status.ISSUED"));

		String partially = text("order.status.PARTIALLY_SURRENDERED");
		reloadUntil(orderId, d -> partially.equals(d.findElement(By.id("order-status")).getText()));
		assertThat(policyStatusOf(surrenderedName)).isEqualTo(text("policy.status.SURRENDERED"));
		assertThat(policyStatusOf(other)).isEqualTo(text("policy.status.ISSUED"));
	}

	/** The order page with all its sections (documents, invoice, surrender) on a 375 px phone. */
	private void orderPageFitsAPhone(long orderId) {
		this.driver.manage().window().setSize(new org.openqa.selenium.Dimension(375, 812));
		open("/orders/" + orderId);
		JavascriptExecutor js = (JavascriptExecutor) this.driver;
		long viewport = ((Number) js.executeScript("return window.innerWidth")).longValue();
		long content = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
		assertThat(viewport).as("viewport width").isEqualTo(375);
		assertThat(content).as("order page width at 375 px").isLessThanOrEqualTo(375);
	}

	// --- page helpers ----------------------------------------------------------------------------

	/** A radio button or checkbox is a small box on the line of its label text, not a stretched field. */
	private void assertBesideItsLabel(By control) {
		WebElement box = this.driver.findElement(control);
		WebElement label = box.findElement(By.xpath("./ancestor::label[1]"));
		assertThat(box.getSize().getWidth()).as("width of " + control).isLessThan(40);
		int boxMiddle = box.getLocation().getY() + box.getSize().getHeight() / 2;
		assertThat(boxMiddle).as("vertical middle of " + control + " within its label's first line")
			.isBetween(label.getLocation().getY(), label.getLocation().getY() + 40);
	}

	private void reloadUntil(long orderId, java.util.function.Function<WebDriver, Boolean> condition) {
		new WebDriverWait(this.driver, Duration.ofSeconds(30)).pollingEvery(Duration.ofSeconds(1))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.ignoring(org.openqa.selenium.NoSuchElementException.class)
			.until(d -> {
				if (condition.apply(d)) {
					return true;
				}
				open("/orders/" + orderId);
				return condition.apply(d);
			});
	}

	private WebElement insuredRow(String name) {
		return this.driver.findElements(By.cssSelector("#insured-table .insured-row"))
			.stream()
			.filter(row -> row.findElement(By.cssSelector(".insured-name")).getText().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError(name + " is not in the insured table"));
	}

	private String policyStatusOf(String name) {
		return insuredRow(name).findElement(By.cssSelector(".policy-status")).getText().strip();
	}

	private String invoiceState() {
		return this.driver.findElements(By.id("invoice-section"))
			.stream()
			.findFirst()
			.map(section -> section.getAttribute("data-state"))
			.orElse("absent");
	}

	/** Chromium's headless downloads are awkward: fetch the link with the browser's session cookies. */
	private HttpResponse<byte[]> fetchWithBrowserSession(String href) throws IOException, InterruptedException {
		String cookies = this.driver.manage()
			.getCookies()
			.stream()
			.map(cookie -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
		HttpRequest request = HttpRequest.newBuilder(URI.create(href))
			.header("Cookie", cookies)
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	private void type(String id, String text) {
		WebElement input = this.driver.findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
	}

	/**
	 * A member allowed credit and not yet registered with AiGouBao (a demo account's partner id may
	 * have been set to a mock's value by other tests sharing the database).
	 */
	private void loginAsNewMember() {
		String login = TestMembers.create(this.members, this.encoder, true);
		// within its credit limit (no limit set would need an override, see CreditLimits)
		this.jdbc.sql("UPDATE member SET credit_limit = 1000.00 WHERE login = ?").param(login).update();
		login(login, TestMembers.PASSWORD);
	}

}

package com.baolink.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: the whole portal on a random port and one headless Chromium per test
 * class (Debian's {@code chromium} + {@code chromium-driver}, installed by {@code scripts/test.sh}).
 * The driver and browser paths are given explicitly so Selenium Manager never runs (it would try
 * to download a browser). A missing driver fails the tests, it never skips them. A failing test
 * leaves a screenshot in {@code target/browser-screenshots/}.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ScreenshotOnFailure.class)
public abstract class BrowserTest {

	static final String CHROMIUM = "/usr/bin/chromium";

	static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	@LocalServerPort
	protected int port;

	protected WebDriver driver;

	private Path profileDir;

	@BeforeAll
	void startBrowser() throws IOException {
		requireExecutable(CHROMEDRIVER, "chromium-driver");
		requireExecutable(CHROMIUM, "chromium");
		System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER);
		this.profileDir = Files.createTempDirectory("baolink-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		// console messages (Content-Security-Policy violations among them) are readable by the tests
		options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--no-first-run",
				"--window-size=1280,900", "--user-data-dir=" + this.profileDir);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@AfterAll
	void stopBrowser() throws IOException {
		if (this.driver != null) {
			this.driver.quit();
		}
		if (this.profileDir != null) {
			org.springframework.util.FileSystemUtils.deleteRecursively(this.profileDir);
		}
	}

	/** Each test starts logged out, in the default language, at desktop size. */
	@BeforeEach
	void resetBrowser() {
		open("/login");
		this.driver.manage().deleteAllCookies();
		this.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	protected void open(String path) {
		this.driver.get(url(path));
	}

	/** Submits the login form; does not check the outcome. */
	protected void login(String username, String password) {
		open("/login");
		this.driver.findElement(By.id("username")).sendKeys(username);
		this.driver.findElement(By.id("password")).sendKeys(password);
		this.driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
		waitFor().until(d -> !d.getCurrentUrl().equals(url("/login")));
	}

	/** Waits up to 10 s; an element htmx swapped out while being read is simply looked up again. */
	protected WebDriverWait waitFor() {
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(10));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	/** Console messages since the last call that report a Content-Security-Policy violation. */
	protected java.util.List<String> contentSecurityPolicyViolations() {
		return this.driver.manage()
			.logs()
			.get(org.openqa.selenium.logging.LogType.BROWSER)
			.getAll()
			.stream()
			.map(org.openqa.selenium.logging.LogEntry::getMessage)
			.filter(message -> message.contains("Content Security Policy") || message.contains("Refused to"))
			.toList();
	}

	WebDriver driver() {
		return this.driver;
	}

	private static void requireExecutable(String path, String debianPackage) {
		if (!new File(path).canExecute()) {
			throw new IllegalStateException(path + " is missing: install the Debian package " + debianPackage
					+ " (bash scripts/test.sh does that)");
		}
	}

	static void ensureDirectory(Path dir) {
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

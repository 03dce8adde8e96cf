package com.baolink.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/** Saves what the browser showed when a test failed, as {@code target/browser-screenshots/Class-method.png}. */
class ScreenshotOnFailure implements AfterTestExecutionCallback {

	static final Path DIRECTORY = Path.of("target", "browser-screenshots");

	@Override
	public void afterTestExecution(ExtensionContext context) {
		if (context.getExecutionException().isEmpty()
				|| !(context.getRequiredTestInstance() instanceof BrowserTest test)) {
			return;
		}
		WebDriver driver = test.driver();
		if (!(driver instanceof TakesScreenshot camera)) {
			return;
		}
		try {
			BrowserTest.ensureDirectory(DIRECTORY);
			Path target = DIRECTORY.resolve(
					context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName() + ".png");
			Files.copy(camera.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
			System.err.println("Browser screenshot: " + target.toAbsolutePath() + " (page " + driver.getCurrentUrl() + ")");
		}
		catch (IOException | RuntimeException ex) {
			System.err.println("Could not take a browser screenshot: " + ex);
		}
	}

}

package org.sprout.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application on a random port with the demo data, and a headless Chromium to drive
 * it. A failing test leaves a full-page screenshot of what it was looking at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserTest {

	@LocalServerPort
	private int port;

	protected Browser browser;

	/** Keeps a picture of the page a failing step was looking at. */
	@RegisterExtension
	final TestExecutionExceptionHandler screenshotOnFailure = (context, failure) -> {
		if (this.browser != null) {
			try {
				this.browser.screenshotFullPage("failure-" + context.getRequiredTestMethod().getName());
			}
			catch (RuntimeException ex) {
				failure.addSuppressed(ex);
			}
		}
		throw failure;
	};

	/**
	 * Skips the test, reported as skipped with the reason, when Chromium is not
	 * installed; fails it when CI=true (see {@link Browser#requireChromium()}).
	 */
	@BeforeEach
	void startBrowser() {
		this.browser = Browser.start(this.port);
	}

	private Browser withoutJavaScript;

	/** A second browser, running none of the pages' scripts; closed after the test. */
	protected Browser browserWithoutJavaScript() {
		if (this.withoutJavaScript == null) {
			this.withoutJavaScript = Browser.startWithoutJavaScript(this.port);
		}
		return this.withoutJavaScript;
	}

	@AfterEach
	void quitBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
		if (this.withoutJavaScript != null) {
			this.withoutJavaScript.quit();
			this.withoutJavaScript = null;
		}
	}

}

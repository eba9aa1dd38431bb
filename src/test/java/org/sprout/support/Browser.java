package org.sprout.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium, driven through the pages as a user would: sign in and out
 * through the real forms, click and wait for the next page, and keep screenshots under
 * {@code target/screenshots/}.
 */
public final class Browser {

	/** The password of every demo account. */
	public static final String DEMO_PASSWORD = "sprout-demo";

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Duration TIMEOUT = Duration.ofSeconds(15);

	private static final Duration POLLING = Duration.ofMillis(100);

	private final String baseUrl;

	private final Path profile;

	private final ChromeDriver driver;

	private final WebDriverWait wait;

	private Browser(String baseUrl, Path profile, ChromeDriver driver) {
		this.baseUrl = baseUrl;
		this.profile = profile;
		this.driver = driver;
		this.wait = new WebDriverWait(driver, TIMEOUT, POLLING);
	}

	/**
	 * Skips the calling test when Chromium or its driver is not installed, so a developer
	 * without them can run the other tests; fails it on CI, where a skipped browser test
	 * would hide that nothing was checked.
	 */
	public static void requireChromium() {
		for (Path binary : new Path[] { CHROMEDRIVER, CHROMIUM }) {
			if (!Files.isExecutable(binary)) {
				String message = binary + " is missing: the browser tests need Debian's chromium and "
						+ "chromium-driver packages (apt-get install chromium chromium-driver).";
				if ("true".equals(System.getenv("CI"))) {
					Assertions.fail(message + " CI=true, so this fails instead of being skipped.");
				}
				Assumptions.abort(message + " Skipped; set CI=true to make this a failure.");
			}
		}
	}

	/** A fresh headless Chromium, with its own empty profile, pointed at the app. */
	public static Browser start(int port) {
		return start(port, true);
	}

	/**
	 * A fresh headless Chromium that runs none of the pages' scripts, as a visitor who
	 * has JavaScript turned off (the test can still run its own).
	 */
	public static Browser startWithoutJavaScript(int port) {
		return start(port, false);
	}

	private static Browser start(int port, boolean javaScript) {
		requireChromium();
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		Path profile;
		try {
			profile = Files.createTempDirectory("sprout-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toString());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,900", "--user-data-dir=" + profile);
		// The console's errors (a script that failed, a style or script the CSP refused)
		// can be read, see PageProblems.
		options.setCapability("goog:loggingPrefs", Map.of("browser", "SEVERE"));
		try {
			ChromeDriver driver = new ChromeDriver(options);
			if (!javaScript) {
				driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
			}
			return new Browser("http://localhost:" + port, profile, driver);
		}
		catch (RuntimeException ex) {
			FileSystemUtils.deleteRecursively(profile.toFile());
			throw ex;
		}
	}

	public WebDriver driver() {
		return this.driver;
	}

	/** Opens a page by its address, as typing it into the address bar would. */
	public void open(String path) {
		this.driver.get(this.baseUrl + path);
		waitForPage();
	}

	/** The path and query of the page shown, without scheme, host and port. */
	public String currentPath() {
		return this.driver.getCurrentUrl().substring(this.baseUrl.length());
	}

	/** Signs in through the login form; ends on the dashboard. */
	public void signIn(String username) {
		if (this.driver.findElements(By.id("username")).isEmpty()) {
			open("/login");
		}
		WebElement user = find(By.id("username"));
		user.clear();
		user.sendKeys(username);
		WebElement password = find(By.id("password"));
		password.clear();
		password.sendKeys(DEMO_PASSWORD);
		clickToLoad(find(By.cssSelector("form[action$='/login'] button[type='submit']")));
		find(By.xpath("//nav//button[normalize-space()='Sign out']"));
	}

	/** Signs out with the navbar's button, a POST to /logout; ends on the login page. */
	public void signOut() {
		clickToLoad(find(By.xpath("//nav//form[contains(@action,'/logout')]//button[normalize-space()='Sign out']")));
		find(By.id("username"));
	}

	/** Waits for an element to be visible and returns it. */
	public WebElement find(By by) {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	/**
	 * Clicks an element once it is in view. Bootstrap scrolls smoothly, so the element is
	 * first scrolled to at once; otherwise the click may land where it was mid-scroll.
	 */
	public void click(WebElement element) {
		this.driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		this.wait.until(ExpectedConditions.elementToBeClickable(element)).click();
	}

	/** Clicks what leads to another page (a link or a submit button) and waits for it. */
	public void clickToLoad(WebElement element) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		click(element);
		// The old page is gone once its root element is stale; Chromium may also report
		// it
		// as a node that no longer belongs to the document.
		this.wait.until((driver) -> {
			try {
				page.isEnabled();
				return false;
			}
			catch (org.openqa.selenium.StaleElementReferenceException ex) {
				return true;
			}
			catch (org.openqa.selenium.WebDriverException ex) {
				return ex.getMessage() != null && ex.getMessage().contains("does not belong to the document");
			}
		});
		waitForPage();
	}

	/**
	 * Chooses a person in a person picker as a keyboard user would: types into its text
	 * box, waits for the list to answer what was typed, goes down to the person with the
	 * arrow keys and presses Enter.
	 */
	public void choosePerson(String fieldId, String typed, String person) {
		WebElement box = find(By.id(fieldId));
		box.sendKeys(typed);
		WebElement options = pickerOptions(typed, person);
		List<String> shown = options.findElements(By.cssSelector("li[role='option']"))
			.stream()
			.map(WebElement::getText)
			.toList();
		for (int i = 0; i <= shown.indexOf(person); i++) {
			box.sendKeys(Keys.ARROW_DOWN);
		}
		box.sendKeys(Keys.ENTER);
	}

	/**
	 * The open list of the focused person picker, once it answers what was typed (the
	 * answer to an earlier keystroke may come first) and offers the person.
	 */
	public WebElement pickerOptions(String typed, String person) {
		WebElement box = this.driver.switchTo().activeElement();
		WebElement options = this.driver.findElement(By.id(box.getDomAttribute("aria-controls")));
		this.wait.until((driver) -> (Boolean) ((JavascriptExecutor) driver).executeScript("""
				const [box, list, typed, person] = arguments;
				const shown = Array.from(list.querySelectorAll('li[role=option]')).map((li) => li.textContent.trim());
				return !list.hidden && !box.classList.contains('htmx-request') && shown.includes(person)
				    && shown.every((text) => text.toLowerCase().includes(typed.toLowerCase()));
				""", box, options, typed, person));
		return options;
	}

	/** Sets an input's value by script: date inputs do not take typed text reliably. */
	public void setValue(WebElement input, String value) {
		this.driver.executeScript("arguments[0].value = arguments[1];", input, value);
	}

	/** Saves a PNG of the window as {@code target/screenshots/<name>.png}. */
	public Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path target = SCREENSHOTS.resolve(name + ".png");
			Path taken = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(taken, target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Saves a PNG of the whole page, below the fold too, as
	 * {@code target/screenshots/<name>.png}.
	 */
	public Path screenshotFullPage(String name) {
		@SuppressWarnings("unchecked")
		Map<String, Object> size = (Map<String, Object>) this.driver
			.executeCdpCommand("Page.getLayoutMetrics", Map.of())
			.get("cssContentSize");
		Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"),
				"scale", 1);
		String png = (String) this.driver
			.executeCdpCommand("Page.captureScreenshot",
					Map.of("format", "png", "captureBeyondViewport", true, "clip", clip))
			.get("data");
		try {
			Files.createDirectories(SCREENSHOTS);
			Path target = SCREENSHOTS.resolve(name + ".png");
			Files.write(target, Base64.getDecoder().decode(png));
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The texts of the labels tied to a form field, as a screen reader announces them. A
	 * label whose {@code for} names an id used twice labels only the first element.
	 */
	@SuppressWarnings("unchecked")
	public List<String> labelsOf(WebElement field) {
		return (List<String>) this.driver
			.executeScript("return Array.from(arguments[0].labels).map((label) => label.textContent.trim());", field);
	}

	/** The text of the success message shown once after a redirect. */
	public String successMessage() {
		return find(By.cssSelector("main .alert-success")).getText();
	}

	/** Closes the browser and removes its profile. */
	public void quit() {
		try {
			this.driver.quit();
		}
		finally {
			FileSystemUtils.deleteRecursively(this.profile.toFile());
		}
	}

	private void waitForPage() {
		this.wait.until((driver) -> "complete"
			.equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
	}

}

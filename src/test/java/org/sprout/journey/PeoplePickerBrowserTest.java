package org.sprout.journey;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.sprout.support.Browser;
import org.sprout.support.BrowserTest;
import org.sprout.support.PageProblems;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The person picker in a real browser: Sam asks for feedback by typing names and choosing
 * with the keyboard; an admin starts a mentorship by clicking and finds it marked in the
 * list; without JavaScript the same form is a plain select that works.
 */
class PeoplePickerBrowserTest extends BrowserTest {

	private static final String PRIYA = "Priya Raman \u00b7 Architecture";

	private static final String LEE = "Lee Chen \u00b7 Platform";

	@Test
	void samChoosesWhomToAskWithTheKeyboardOnly() {
		String question = "How did my summary land? (PICKER-" + UUID.randomUUID() + ")";
		this.browser.signIn("sam");
		this.browser.open("/requests");
		WebElement box = this.browser.find(By.id("recipientIds"));
		assertThat(box.getDomAttribute("role")).isEqualTo("combobox");
		assertThat(this.browser.labelsOf(box)).containsExactly("Ask");
		assertThat(box.getDomAttribute("aria-describedby")).isEqualTo("recipientIds-hint");
		assertThat(this.browser.driver().findElement(By.id("recipientIds-select")).isDisplayed()).isFalse();

		this.browser.choosePerson("recipientIds", "pri", PRIYA);
		assertThat(chosen()).containsExactly(PRIYA);
		assertThat(status()).isEqualTo(PRIYA + " added; 1 chosen.");
		assertThat(box.getDomProperty("value")).isEmpty();
		assertThat(this.browser.currentPath()).as("Enter chose, it did not send the form").isEqualTo("/requests");
		assertThat(this.browser.driver().findElements(By.id("error-summary"))).isEmpty();

		box.sendKeys("lee ch");
		WebElement options = this.browser.pickerOptions("lee ch", LEE);
		assertThat(box.getDomAttribute("aria-expanded")).isEqualTo("true");
		assertThat(PageProblems.axeViolations(this.browser.driver())).as("with its list open").isEmpty();
		box.sendKeys(Keys.ARROW_DOWN);
		WebElement lee = options.findElement(By.xpath("./li[normalize-space()='" + LEE + "']"));
		assertThat(box.getDomAttribute("aria-activedescendant")).isEqualTo(lee.getDomAttribute("id"));
		box.sendKeys(Keys.ENTER);
		assertThat(chosen()).as("by name").containsExactly(LEE, PRIYA);
		assertThat(box.getDomAttribute("aria-expanded")).isEqualTo("false");

		this.browser.click(this.browser.find(By.cssSelector("button[aria-label='Remove " + LEE + "']")));
		assertThat(chosen()).containsExactly(PRIYA);
		assertThat(status()).isEqualTo(LEE + " removed.");
		assertThat(this.browser.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("recipientIds");
		assertThat(new Select(this.browser.driver().findElement(By.id("recipientIds-select"))).getAllSelectedOptions())
			.extracting((option) -> option.getDomProperty("text"))
			.containsExactly(PRIYA);

		this.browser.find(By.id("question")).sendKeys(question);
		this.browser.clickToLoad(this.browser.find(By.xpath("//button[normalize-space()='Send request']")));
		assertThat(this.browser.successMessage()).startsWith("Request sent.");
		assertThat(sentAsk(question)).contains("Asked Priya Raman");
		assertThat(PageProblems.consoleErrors(this.browser.driver())).as("no script failed, the CSP refused nothing")
			.isEmpty();
	}

	@Test
	void anAdminStartsAMentorshipByClickingAndTheListShowsWhereItIs() {
		this.browser.signIn("admin");
		this.browser.open("/admin/mentorships/new");
		WebElement mentor = this.browser.find(By.id("mentorId"));
		this.browser.click(mentor);
		mentor.sendKeys("whitf");
		this.browser.click(this.browser.pickerOptions("whitf", "Dana Whitfield \u00b7 Engineering")
			.findElement(By.xpath("./li[normalize-space()='Dana Whitfield \u00b7 Engineering']")));
		assertThat(mentor.getDomProperty("value")).isEqualTo("Dana Whitfield \u00b7 Engineering");
		this.browser.choosePerson("menteeId", "alex mor", "Alex Morgan \u00b7 Operations");
		assertThat(new Select(this.browser.driver().findElement(By.id("menteeId-select"))).getFirstSelectedOption()
			.getDomProperty("text")).isEqualTo("Alex Morgan \u00b7 Operations");
		this.browser.clickToLoad(this.browser.find(By.xpath("//button[normalize-space()='Start mentorship']")));

		assertThat(this.browser.successMessage()).startsWith("Mentorship started.");
		assertThat(this.browser.currentPath()).matches("/admin/mentorships\\?added=\\d+#mentorship-\\d+");
		WebElement added = this.browser.find(By.cssSelector("li.just-added"));
		assertThat(added.getText()).contains("Dana Whitfield mentors Alex Morgan", "Just added");
		assertThat((Boolean) ((JavascriptExecutor) this.browser.driver()).executeScript(
				"const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight;", added))
			.as("the new mentorship is in view")
			.isTrue();
		assertThat(PageProblems.consoleErrors(this.browser.driver())).isEmpty();
	}

	@Test
	void withoutJavaScriptThePickerIsAPlainSelectThatWorks() {
		String question = "Was the hand-over clear? (NO-SCRIPT-" + UUID.randomUUID() + ")";
		Browser plain = browserWithoutJavaScript();
		plain.signIn("lee");
		plain.open("/requests");
		WebElement select = plain.find(By.id("recipientIds"));
		assertThat(select.getTagName()).isEqualTo("select");
		assertThat(plain.labelsOf(select)).containsExactly("Ask");
		assertThat(plain.driver().findElements(By.cssSelector("[role='combobox']")))
			.allSatisfy((box) -> assertThat(box.isDisplayed()).isFalse());
		new Select(select).selectByVisibleText(PRIYA);
		plain.find(By.id("question")).sendKeys(question);
		plain.clickToLoad(plain.find(By.xpath("//button[normalize-space()='Send request']")));
		assertThat(plain.successMessage()).startsWith("Request sent.");
		assertThat(plain.find(By.xpath("//li[contains(@class,'sent-ask')][contains(., '" + question + "')]")).getText())
			.contains("Asked Priya Raman");
	}

	private List<String> chosen() {
		return this.browser.driver()
			.findElements(By.cssSelector("#recipientIds-chosen li"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private String status() {
		return this.browser.driver().findElement(By.cssSelector("[data-picker-status]")).getDomProperty("textContent");
	}

	private String sentAsk(String question) {
		return this.browser.find(By.xpath("//li[contains(@class,'sent-ask')][contains(., '" + question + "')]"))
			.getText();
	}

}

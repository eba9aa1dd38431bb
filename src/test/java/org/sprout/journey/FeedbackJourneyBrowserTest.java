package org.sprout.journey;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.sprout.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feedback loop in a real browser: a manager logs feedback (after a false start), the
 * person it is about finds and filters it, and people with no part in it cannot read or
 * write it.
 */
class FeedbackJourneyBrowserTest extends BrowserTest {

	private static final Pattern PROFILE_PATH = Pattern.compile("/people/(\\d+)$");

	@Test
	void managerLogsFeedbackThatOnlyTheRightPeopleSee() {
		String marker = "JOURNEY-" + UUID.randomUUID();

		this.browser.signIn("maria");
		long samId = openSamsProfile();
		this.browser.clickToLoad(this.browser.find(By.linkText("Give feedback")));
		assertThat(heading()).isEqualTo("Feedback for Sam Okafor");

		submitIncompleteFeedback();
		saveFeedback(marker);
		this.browser.signOut();

		this.browser.signIn("sam");
		findFeedbackInOwnHistory(marker);
		filterOwnHistoryByKind(marker);
		this.browser.signOut();

		this.browser.signIn("lee");
		this.browser.open("/people/" + samId + "/feedback");
		assertThat(heading()).isEqualTo("Not found");
		assertThat(text("main")).contains("Error 404", "There is nothing here, or it is not yours to see.")
			.doesNotContain("Sam Okafor");
		assertThat(this.browser.driver().getPageSource()).doesNotContain(marker);
		this.browser.signOut();

		this.browser.signIn("priya");
		assertThat(openSamsProfile()).isEqualTo(samId);
		assertThat(this.browser.driver().findElements(By.linkText("Give feedback"))).isEmpty();
		assertThat(this.browser.driver().findElements(By.linkText("Feedback history"))).isEmpty();
		this.browser.open("/feedback/new?about=" + samId);
		assertThat(heading()).isEqualTo("Not allowed");
		assertThat(text("main")).contains("Error 403",
				"You can give feedback to the people you manage, mentor or sponsor");
		assertThat(this.browser.driver().findElements(By.id("behaviour"))).isEmpty();
	}

	/** People, search for Sam, open his profile; returns his id from the address. */
	private long openSamsProfile() {
		this.browser.clickToLoad(this.browser.find(By.xpath("//nav//a[normalize-space()='People']")));
		assertThat(heading()).isEqualTo("People");
		WebElement search = this.browser.find(By.id("q"));
		search.sendKeys("Sam");
		this.browser.clickToLoad(this.browser.find(By.cssSelector("form[role='search'] button[type='submit']")));
		assertThat(this.browser.find(By.id("q")).getDomProperty("value")).isEqualTo("Sam");
		this.browser.clickToLoad(this.browser.find(By.linkText("Sam Okafor")));
		assertThat(heading()).isEqualTo("Sam Okafor");
		assertThat(text("main")).contains("Software Engineer", "Maria Alvarez", "Onboarding revamp");
		Matcher id = PROFILE_PATH.matcher(this.browser.currentPath());
		assertThat(id.find()).as("profile address %s", this.browser.currentPath()).isTrue();
		return Long.parseLong(id.group(1));
	}

	/** No behaviour and a day in the future: the form comes back, saying what to fix. */
	private void submitIncompleteFeedback() {
		String situation = "In Tuesday's onboarding session for the two new engineers.";
		this.browser.setValue(this.browser.find(By.id("observedOn")), LocalDate.now().plusDays(3).toString());
		this.browser.find(By.id("situation")).sendKeys(situation);
		save();

		assertThat(heading()).isEqualTo("Feedback for Sam Okafor");
		assertThat(this.browser.find(By.id("error-summary")).getText()).contains("Please check the highlighted fields:",
				"Please fill this in.", "Choose today or a day in the past.");
		assertFieldError("behaviour", "Please fill this in.");
		assertFieldError("observedOn", "Choose today or a day in the past.");
		assertThat(this.browser.find(By.id("situation")).getDomProperty("value")).isEqualTo(situation);
		assertThat(this.browser.driver().findElements(By.id("situation-error"))).isEmpty();
		assertThat(this.browser.find(By.id("observedOn")).getDomProperty("value"))
			.isEqualTo(LocalDate.now().plusDays(3).toString());
	}

	/** Fixes the form and saves it: the entry page shows what was written. */
	private void saveFeedback(String marker) {
		String behaviour = "You asked each new engineer what blocked them (" + marker + ") and waited for the answer.";
		this.browser.setValue(this.browser.find(By.id("observedOn")), LocalDate.now().toString());
		WebElement listening = this.browser
			.find(By.xpath("//input[@name='skillIds'][@id=//label[normalize-space()='Good listening']/@for]"));
		this.browser.click(this.browser.find(By.xpath("//label[normalize-space()='Good listening']")));
		assertThat(listening.isSelected()).isTrue();
		WebElement reinforcing = this.browser.find(By.cssSelector("input[name='kind'][value='REINFORCING']"));
		this.browser.click(reinforcing);
		assertThat(reinforcing.isSelected()).isTrue();
		this.browser.find(By.id("behaviour")).sendKeys(behaviour);
		this.browser.find(By.id("impact")).sendKeys("Both of them raised their questions on day one.");
		this.browser.find(By.id("nextStep")).sendKeys("Do the same in the sprint planning next week.");
		WebElement shared = this.browser.find(By.cssSelector("input[name='visibility'][value='SHARED']"));
		this.browser.click(shared);
		assertThat(shared.isSelected()).isTrue();
		save();

		assertThat(this.browser.currentPath()).matches("/feedback/\\d+");
		assertThat(this.browser.find(By.cssSelector(".alert-success")).getText()).isEqualTo("Feedback saved.");
		assertThat(heading()).isEqualTo("Feedback for Sam Okafor");
		WebElement entry = this.browser.find(By.cssSelector("article.entry"));
		assertThat(entry.getText()).contains("In Tuesday's onboarding session for the two new engineers.", behaviour,
				"Both of them raised their questions on day one.", "Do the same in the sprint planning next week.",
				"Reinforcing", "Good listening", "Maria Alvarez");
	}

	/** Sam opens "My feedback": Maria's entry is the newest. */
	private void findFeedbackInOwnHistory(String marker) {
		this.browser.clickToLoad(this.browser.find(By.xpath("//nav//a[normalize-space()='My feedback']")));
		assertThat(heading()).isEqualTo("My feedback");
		WebElement newest = this.browser.find(By.cssSelector("article.entry"));
		assertThat(newest.getText()).contains(marker);
		assertThat(newest.findElement(By.xpath(".//p[contains(., 'By')]/a[1]")).getText()).isEqualTo("Maria Alvarez");
		this.browser.screenshot("history");
	}

	/**
	 * Only redirecting feedback hides the reinforcing entry; clearing the filters shows
	 * it.
	 */
	private void filterOwnHistoryByKind(String marker) {
		new Select(this.browser.find(By.id("f-kind"))).selectByVisibleText("Redirecting");
		this.browser.clickToLoad(this.browser.find(By.xpath("//button[normalize-space()='Apply filters']")));
		assertThat(heading()).isEqualTo("My feedback");
		assertThat(new Select(this.browser.find(By.id("f-kind"))).getFirstSelectedOption().getText())
			.isEqualTo("Redirecting");
		assertThat(text("main")).doesNotContain(marker);
		List<WebElement> entries = this.browser.driver().findElements(By.cssSelector("article.entry"));
		assertThat(entries).allSatisfy(
				(entry) -> assertThat(entry.findElement(By.cssSelector(".badge")).getText()).isEqualTo("Redirecting"));

		this.browser.clickToLoad(this.browser.find(By.linkText("Clear")));
		assertThat(new Select(this.browser.find(By.id("f-kind"))).getFirstSelectedOption().getText()).isEqualTo("Any");
		assertThat(this.browser.find(By.cssSelector("article.entry")).getText()).contains(marker);
	}

	private void save() {
		this.browser.clickToLoad(this.browser.find(By.xpath("//button[normalize-space()='Save feedback']")));
	}

	private void assertFieldError(String field, String message) {
		WebElement input = this.browser.find(By.id(field));
		assertThat(input.getDomAttribute("class")).contains("is-invalid");
		assertThat(input.getDomAttribute("aria-describedby")).contains(field + "-error");
		WebElement error = this.browser
			.find(By.xpath("//*[@id='" + field + "']/following-sibling::div[contains(@class,'invalid-feedback')]"));
		assertThat(error.getDomAttribute("id")).isEqualTo(field + "-error");
		assertThat(error.getText()).isEqualTo(message);
	}

	private String heading() {
		return this.browser.find(By.tagName("h1")).getText();
	}

	private String text(String selector) {
		return this.browser.find(By.cssSelector(selector)).getText();
	}

}

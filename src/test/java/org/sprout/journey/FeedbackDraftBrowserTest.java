package org.sprout.journey;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import org.sprout.people.PersonRepository;
import org.sprout.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A draft in a real browser: Maria starts feedback about Sam, htmx keeps it a moment
 * after she stops typing, she leaves, comes back and finds it as she left it; she
 * discards it and the form is empty again.
 */
class FeedbackDraftBrowserTest extends BrowserTest {

	private static final String MARKER = "At Monday's stand-up (DRAFT-IN-BROWSER)";

	@Autowired
	private PersonRepository people;

	@Test
	void theDraftIsKeptWhileTypingAndWaitsForTheAuthorToComeBack() {
		long sam = this.people.findByUsername("sam").orElseThrow().getId();
		this.browser.signIn("maria");
		this.browser.open("/feedback/new?about=" + sam);
		assertThat(this.browser.find(By.id("draft-status")).getText())
			.isEqualTo("Your draft is kept as you type, for you alone, until you save or discard it.");

		this.browser.find(By.id("situation")).sendKeys(MARKER);
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(15))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("draft-status"), "Draft kept"));
		assertThat(this.browser.currentPath()).as("nothing was submitted").startsWith("/feedback/new");

		this.browser.open("/people/" + sam);
		this.browser.open("/feedback/new?about=" + sam);
		assertThat(this.browser.find(By.cssSelector(".draft-restored")).getText()).startsWith("This is your draft of");
		assertThat(this.browser.find(By.id("situation")).getAttribute("value")).isEqualTo(MARKER);

		this.browser.clickToLoad(this.browser.find(By.xpath("//button[normalize-space()='Discard draft']")));
		assertThat(this.browser.currentPath()).isEqualTo("/people/" + sam);
		assertThat(this.browser.successMessage()).isEqualTo("Draft discarded.");
		this.browser.open("/feedback/new?about=" + sam);
		assertThat(this.browser.find(By.id("situation")).getAttribute("value")).isEmpty();
		assertThat(this.browser.driver().findElements(By.cssSelector(".draft-restored"))).isEmpty();
	}

}

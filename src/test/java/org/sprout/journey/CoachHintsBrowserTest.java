package org.sprout.journey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import org.sprout.people.PersonRepository;
import org.sprout.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coach's live hints in a real browser: Maria types a vague, judgemental draft about
 * Sam, the hints appear while she types (nothing is submitted), she rewrites it and the
 * score rises. With {@code -Dsprout.docs.screenshots=true} the form with its hints is
 * saved as {@code docs/coach-hints.png}.
 */
class CoachHintsBrowserTest extends BrowserTest {

	private static final Pattern SCORE = Pattern.compile("Score (\\d+) of 100");

	@Autowired
	private PersonRepository people;

	@Test
	void hintsAppearWhileTypingAndTheScoreRisesAsTheDraftImproves() throws IOException {
		long sam = this.people.findByUsername("sam").orElseThrow().getId();
		this.browser.signIn("maria");
		this.browser.open("/feedback/new?about=" + sam);
		String formPath = this.browser.currentPath();
		assertThat(panel().getText()).contains("The coach reads your draft as you type");

		type("situation", "Always in meetings.");
		type("behaviour", "You were rude and lazy with the team.");
		type("impact", "Bad.");
		type("nextStep", "Be better.");
		int vague = waitForScore((score) -> score < 70);
		assertThat(this.browser.currentPath()).as("nothing was submitted").isEqualTo(formPath);
		assertThat(rules()).contains("clear", "actionable", "about-the-work");
		assertThat(panel().getText()).contains("Could be clearer", "\u201clazy, rude\u201d judges character",
				"Name one moment instead of \u201calways\u201d");
		if (Boolean.getBoolean("sprout.docs.screenshots")) {
			saveForDocs();
		}

		type("situation", "In Tuesday's sprint planning, when the release date came up.");
		type("behaviour", "You interrupted Lee twice while he explained the estimate.");
		type("impact", "Lee stopped talking and the team planned without his numbers.");
		type("nextStep", "Try asking Lee to finish before you reply in the next planning.");
		int better = waitForScore((score) -> score >= 70);
		assertThat(better).isGreaterThan(vague);
		assertThat(panel().getText()).contains("Reads well.");
		assertThat(rules()).doesNotContain("about-the-work", "actionable");
		assertThat(this.browser.currentPath()).isEqualTo(formPath);

	}

	/** The form with the hints on the vague draft, as docs/coach-hints.png. */
	private void saveForDocs() throws IOException {
		((org.openqa.selenium.JavascriptExecutor) this.browser.driver()).executeScript(
				"arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});",
				this.browser.find(By.cssSelector("label[for='behaviour']")));
		Path shot = this.browser.screenshot("coach-hints");
		Files.copy(shot, Path.of("docs", "coach-hints.png"), StandardCopyOption.REPLACE_EXISTING);
	}

	private WebElement panel() {
		return this.browser.find(By.id("coach-hints"));
	}

	private void type(String field, String text) {
		WebElement area = this.browser.find(By.id(field));
		area.clear();
		area.sendKeys(text);
	}

	/** Waits for the live panel to show a score that passes the test; returns it. */
	private int waitForScore(java.util.function.IntPredicate wanted) {
		// htmx may swap the panel between finding the badge and reading it: look again.
		return new WebDriverWait(this.browser.driver(), Duration.ofSeconds(15), Duration.ofMillis(100))
			.ignoring(StaleElementReferenceException.class)
			.until((driver) -> {
				List<WebElement> badges = driver.findElements(By.cssSelector("#coach-hints .coach-score"));
				if (badges.isEmpty()) {
					return null;
				}
				Matcher matcher = SCORE.matcher(badges.get(0).getText());
				if (!matcher.find()) {
					return null;
				}
				int score = Integer.parseInt(matcher.group(1));
				return wanted.test(score) ? score : null;
			});
	}

	private List<String> rules() {
		return this.browser.driver()
			.findElements(By.cssSelector("#coach-hints .coach-findings li"))
			.stream()
			.map((li) -> li.getAttribute("data-rule"))
			.toList();
	}

}

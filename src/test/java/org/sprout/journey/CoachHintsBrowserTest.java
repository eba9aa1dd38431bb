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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
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
 * score rises. The hints sit beside the text at desktop width and under their field at a
 * phone's width, and clicking one puts the cursor in its field. With
 * {@code -Dsprout.docs.screenshots=true} the form with its hints is saved as
 * {@code docs/coach-hints.png}.
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
		// On a slow machine an answer to the half-typed draft may come first: wait for
		// the whole.
		waitForRules("clear", "actionable", "about-the-work");
		int vague = waitForScore((score) -> score < 70);
		assertThat(this.browser.currentPath()).as("nothing was submitted").isEqualTo(formPath);
		assertThat(panel().getText()).contains("Could be clearer", "\u201crude, lazy\u201d judges the person",
				"\u201calways\u201d generalises");
		if (Boolean.getBoolean("sprout.docs.screenshots")) {
			saveForDocs();
		}
		hintsSitBesideTheTextOnADesktop();
		hintsSitUnderTheirFieldOnAPhone();
		this.browser.driver().manage().window().setSize(new Dimension(1280, 900));

		type("situation", "In Tuesday's sprint planning, when the release date came up.");
		type("behaviour", "You interrupted Lee twice while he explained the estimate.");
		type("impact", "Lee stopped talking and the team planned without his numbers.");
		type("nextStep", "Try asking Lee to finish before you reply in the next planning.");
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(15), Duration.ofMillis(100))
			.ignoring(StaleElementReferenceException.class)
			.until((driver) -> !rules().contains("about-the-work") && !rules().contains("actionable"));
		int better = waitForScore((score) -> score >= 70);
		assertThat(better).isGreaterThan(vague);
		assertThat(panel().getText()).contains("Reads well.");
		assertThat(rules()).doesNotContain("about-the-work", "actionable");
		assertThat(this.browser.currentPath()).isEqualTo(formPath);

	}

	/**
	 * At 1280 px the hints are a column to the right of the text boxes, which stays in
	 * view while the author scrolls through them; the hints under each field are hidden.
	 * A hint names its field and clicking it puts the cursor there.
	 */
	private void hintsSitBesideTheTextOnADesktop() {
		WebElement behaviour = this.browser.find(By.id("behaviour"));
		WebElement hint = this.browser.find(By.cssSelector("#coach-hints li[data-rule='about-the-work']"));
		assertThat(hint.getAttribute("data-field")).isEqualTo("behaviour");
		assertThat(hint.getText()).startsWith("Behaviour").contains("For example:");
		assertThat(hint.getLocation().getX()).as("right of the text boxes")
			.isGreaterThanOrEqualTo(behaviour.getLocation().getX() + behaviour.getSize().getWidth());
		assertThat(this.browser.driver().findElement(By.id("coach-for-behaviour")).isDisplayed()).isFalse();

		// Sticky: in a shorter window, scrolled to the end, the column has moved down the
		// page to stay in view; a column that scrolled away would keep its place.
		this.browser.driver().manage().window().setSize(new Dimension(1280, 600));
		JavascriptExecutor js = (JavascriptExecutor) this.browser.driver();
		String offset = "return arguments[0].getBoundingClientRect().top + window.scrollY;";
		WebElement column = this.browser.find(By.cssSelector(".coach-column"));
		assertThat(js.executeScript("return getComputedStyle(arguments[0]).position;", column)).isEqualTo("sticky");
		// Bootstrap scrolls smoothly: scroll at once, or the offsets are read mid-scroll.
		js.executeScript("window.scrollTo({top: 0, behavior: 'instant'});");
		double atTop = ((Number) js.executeScript(offset, column)).doubleValue();
		js.executeScript("window.scrollTo({top: document.body.scrollHeight, behavior: 'instant'});");
		double atEnd = ((Number) js.executeScript(offset, column)).doubleValue();
		assertThat(atEnd).as("the column is sticky").isGreaterThan(atTop);
		this.browser.driver().manage().window().setSize(new Dimension(1280, 900));

		focusOnAnotherField();
		this.browser.click(hint.findElement(By.cssSelector("a.coach-field")));
		assertThat(activeElementId()).isEqualTo("behaviour");
	}

	/**
	 * At 390 px, a phone's width, each field's hints are right under that field, above
	 * the next one, and the column's copy of them is hidden.
	 */
	private void hintsSitUnderTheirFieldOnAPhone() {
		this.browser.driver().manage().window().setSize(new Dimension(390, 844));
		WebElement behaviour = this.browser.find(By.id("behaviour"));
		WebElement under = this.browser.find(By.cssSelector("#coach-for-behaviour li[data-rule='about-the-work']"));
		WebElement impactLabel = this.browser.find(By.cssSelector("label[for='impact']"));
		assertThat(under.getLocation().getY()).as("under the behaviour box")
			.isGreaterThanOrEqualTo(behaviour.getLocation().getY() + behaviour.getSize().getHeight());
		assertThat(under.getLocation().getY()).as("above the next field").isLessThan(impactLabel.getLocation().getY());
		assertThat(this.browser.driver()
			.findElement(By.cssSelector("#coach-hints li[data-rule='about-the-work']"))
			.isDisplayed()).isFalse();
		if (Boolean.getBoolean("sprout.docs.screenshots")) {
			scrollTo(behaviour);
			this.browser.screenshot("coach-hints-phone");
		}

		focusOnAnotherField();
		this.browser.click(under.findElement(By.cssSelector("a.coach-field")));
		assertThat(activeElementId()).isEqualTo("behaviour");
	}

	private void focusOnAnotherField() {
		this.browser.click(this.browser.find(By.id("situation")));
		assertThat(activeElementId()).isEqualTo("situation");
	}

	private String activeElementId() {
		return (String) ((JavascriptExecutor) this.browser.driver()).executeScript("return document.activeElement.id;");
	}

	private void scrollTo(WebElement element) {
		((JavascriptExecutor) this.browser.driver())
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
	}

	/** The form with the hints on the vague draft, as docs/coach-hints.png. */
	private void saveForDocs() throws IOException {
		((org.openqa.selenium.JavascriptExecutor) this.browser.driver()).executeScript(
				"arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});",
				this.browser.find(By.cssSelector("label[for='situation']")));
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
		// htmx replaces the badge as the answer comes in: a badge read mid-swap is stale.
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

	private void waitForRules(String... wanted) {
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(15), Duration.ofMillis(100))
			.ignoring(StaleElementReferenceException.class)
			.until((driver) -> rules().containsAll(List.of(wanted)));
	}

	private List<String> rules() {
		return this.browser.driver()
			.findElements(By.cssSelector("#coach-hints .coach-findings li"))
			.stream()
			.map((li) -> li.getAttribute("data-rule"))
			.toList();
	}

}

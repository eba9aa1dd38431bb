package org.sprout.journey;

import java.util.List;
import java.util.UUID;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.sprout.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mentee's side of the loop in a real browser: Sam acknowledges and reflects on his
 * manager's feedback, Maria sees the reflection and his commitment, Sam asks a peer for
 * feedback, she answers, Sam reads the answer, and someone with no part in it cannot.
 */
class MenteeLoopBrowserTest extends BrowserTest {

	private static final String SAM = "Sam Okafor";

	private static final String PRIYA = "Priya Raman";

	private static final String HEADING_ABOUT_SAM = "Feedback for Sam Okafor";

	/** The Answer section of an entry page: acknowledgement and reflection. */
	private static final String ANSWER = "section[aria-labelledby='answer-heading']";

	/**
	 * How the pages present what the journey did; collected while the journey goes on and
	 * checked at its end, so one wrong line break does not hide later steps.
	 */
	private final SoftAssertions shown = new SoftAssertions();

	@Test
	void menteeAnswersFeedbackAndAsksAPeerForMore() {
		String id = UUID.randomUUID().toString().substring(0, 8);
		String feedbackMarker = "LOOP-FEEDBACK-" + id;
		String reflection = "I learnt that waiting for the answer matters (LOOP-REFLECTION-" + id + ").";
		String intent = "I wanted the new engineers to feel safe asking.";
		String commitment = "ask one open question in each review (LOOP-COMMITMENT-" + id + ")";
		String question = "How did I handle the disagreement in Tuesday's design review? (LOOP-QUESTION-" + id + ")";
		String answer = "You summarised both positions before giving yours (LOOP-ANSWER-" + id + ").";

		this.browser.signIn("maria");
		String entryPath = mariaGivesSamFeedback(feedbackMarker);
		this.browser.signOut();

		this.browser.signIn("sam");
		samAcknowledgesAndReflects(entryPath, feedbackMarker, reflection, intent, commitment);
		this.browser.signOut();

		this.browser.signIn("maria");
		mariaSeesTheReflectionAndCommitment(entryPath, reflection, commitment);
		this.browser.signOut();

		this.browser.signIn("sam");
		samAsksPriya(question);
		this.browser.signOut();

		this.browser.signIn("priya");
		String answerPath = priyaAnswers(question, answer, commitment);
		this.browser.signOut();

		this.browser.signIn("sam");
		samReadsTheAnswer(question, answerPath, answer);
		this.browser.signOut();

		this.browser.signIn("lee");
		this.browser.open(answerPath);
		assertThat(heading()).isEqualTo("Not found");
		assertThat(text("main")).contains("Error 404", "There is nothing here, or it is not yours to see.");
		assertThat(this.browser.driver().getPageSource()).doesNotContain(answer, question, SAM);

		this.shown.assertAll();
	}

	/**
	 * People, Sam Okafor, Give feedback: shared, reinforcing feedback on good listening.
	 * Returns the entry's path.
	 */
	private String mariaGivesSamFeedback(String marker) {
		clickNav("People");
		assertThat(heading()).isEqualTo("People");
		this.browser.find(By.id("q")).sendKeys("Sam");
		this.browser.clickToLoad(this.browser.find(By.cssSelector("form[role='search'] button[type='submit']")));
		this.browser.clickToLoad(this.browser.find(By.linkText(SAM)));
		assertThat(heading()).isEqualTo(SAM);
		this.browser.clickToLoad(this.browser.find(By.linkText("Give feedback")));
		assertThat(heading()).isEqualTo(HEADING_ABOUT_SAM);

		tickSkill("Good listening");
		this.browser.click(this.browser.find(By.cssSelector("input[name='kind'][value='REINFORCING']")));
		this.browser.find(By.id("situation")).sendKeys("In Tuesday's onboarding session for the two new engineers.");
		this.browser.find(By.id("behaviour"))
			.sendKeys("You asked each new engineer what blocked them (" + marker + ") and waited for the answer.");
		this.browser.find(By.id("impact")).sendKeys("Both of them raised their questions on day one.");
		this.browser.find(By.id("nextStep")).sendKeys("Do the same in the sprint planning next week.");
		WebElement shared = this.browser.find(By.cssSelector("input[name='visibility'][value='SHARED']"));
		this.browser.click(shared);
		assertThat(shared.isSelected()).isTrue();
		saveFeedback();

		assertThat(this.browser.successMessage()).isEqualTo("Feedback saved.");
		assertThat(this.browser.currentPath()).matches("/feedback/\\d+");
		assertThat(heading()).isEqualTo(HEADING_ABOUT_SAM);
		assertThat(text("article.entry")).contains(marker, "Good listening", "Maria Alvarez");
		assertThat(text(ANSWER)).contains("Sam Okafor has not acknowledged it yet.");
		return this.browser.currentPath();
	}

	/**
	 * From the dashboard's recent feedback, opens Maria's entry, acknowledges it and
	 * reflects on it.
	 */
	private void samAcknowledgesAndReflects(String entryPath, String marker, String reflection, String intent,
			String commitment) {
		WebElement recent = this.browser.find(By.xpath("//section[@aria-labelledby='recent-heading']"));
		assertThat(recent.findElement(By.tagName("h2")).getText()).isEqualTo("Recent feedback about you");
		WebElement card = recent.findElement(
				By.xpath(".//article[contains(@class,'entry')][contains(normalize-space(.), '" + marker + "')]"));
		this.browser.clickToLoad(card.findElement(By.linkText("Open")));
		assertThat(this.browser.currentPath()).isEqualTo(entryPath);
		assertThat(heading()).isEqualTo(HEADING_ABOUT_SAM);
		assertThat(text("article.entry")).contains(marker, "Maria Alvarez");

		this.browser.clickToLoad(this.browser.find(By.xpath("//button[normalize-space()='Acknowledge']")));
		assertThat(this.browser.currentPath()).isEqualTo(entryPath);
		assertThat(this.browser.successMessage()).startsWith("Acknowledged.")
			.isEqualTo("Acknowledged. The author can see that you read it.");
		WebElement answer = this.browser.find(By.cssSelector(ANSWER));
		assertThat(answer.findElement(By.cssSelector(".badge")).getText()).isEqualTo("Acknowledged");
		assertThat(answer.getText()).contains("Sam Okafor acknowledged it on");
		assertThat(answer.findElements(By.xpath(".//button[normalize-space()='Acknowledge']"))).isEmpty();
		assertThat(badges("article.entry")).contains("Acknowledged");

		this.browser.find(By.cssSelector("textarea[name='reflection']")).sendKeys(reflection);
		this.browser.find(By.id("intent")).sendKeys(intent);
		this.browser.find(By.id("commitment")).sendKeys(commitment);
		this.browser.clickToLoad(this.browser.find(By.xpath("//button[normalize-space()='Save reflection']")));

		assertThat(this.browser.currentPath()).isEqualTo(entryPath);
		assertThat(this.browser.successMessage()).isEqualTo("Your reflection is saved.");
		WebElement saved = this.browser.find(By.cssSelector(ANSWER + " .reflection"));
		assertThat(oneLine(saved.getText())).contains(reflection, "My intent was " + intent,
				"Next time I will " + commitment, "Reflected ");
		// Each label reads as the start of its sentence, on the same line, with no gap
		// above it.
		this.shown.assertThat(saved.getText())
			.as("the saved reflection on the entry page")
			.isEqualTo(reflection + "\nMy intent was " + intent + "\nNext time I will " + commitment + "\n"
					+ saved.findElement(By.xpath("./p[last()]")).getText());
		// Once saved, the form folds away behind "Edit my reflection".
		assertThat(this.browser.driver().findElement(By.cssSelector("textarea[name='reflection']")).isDisplayed())
			.isFalse();
		this.browser.click(this.browser.find(By.xpath("//summary[normalize-space()='Edit my reflection']")));
		WebElement textarea = this.browser.find(By.cssSelector("textarea[name='reflection']"));
		assertThat(textarea.getDomProperty("value")).isEqualTo(reflection);
		this.shown.assertThat(this.browser.driver().findElements(By.id("reflection")))
			.as("elements with id=\"reflection\" (the Answer section and the textarea share it)")
			.hasSize(1);
		this.shown.assertThat(this.browser.labelsOf(textarea))
			.as("labels of the \"What I take from it\" textarea")
			.containsExactly("What I take from it");
		this.shown.assertThat(this.browser.labelsOf(this.browser.find(By.cssSelector("textarea[name='commitment']"))))
			.as("labels of the \"Next time I will\" textarea")
			.containsExactly("Next time I will");
		this.browser.find(By.xpath("//button[normalize-space()='Update reflection']"));
		assertThat(badges("article.entry")).contains("Acknowledged", "Reflected");
		this.browser.screenshotFullPage("reflection");
	}

	/**
	 * Maria's dashboard lists the reflection; the entry says Sam acknowledged it; her
	 * next feedback form shows his open commitment.
	 */
	private void mariaSeesTheReflectionAndCommitment(String entryPath, String reflection, String commitment) {
		WebElement reflections = this.browser.find(By.xpath("//section[@aria-labelledby='reflections-heading']"));
		assertThat(reflections.findElement(By.tagName("h2")).getText()).isEqualTo("Recent reflections");
		WebElement item = reflections
			.findElement(By.xpath(".//li[contains(normalize-space(.), '" + marker(reflection) + "')]"));
		assertThat(item.getText()).contains("Sam Okafor on feedback of", reflection, "Next time I will " + commitment);
		this.browser.screenshotFullPage("loop-maria-dashboard");
		this.browser.clickToLoad(item.findElement(By.linkText("Open")));
		assertThat(this.browser.currentPath()).isEqualTo(entryPath);
		WebElement answer = this.browser.find(By.cssSelector(ANSWER));
		assertThat(oneLine(answer.getText())).contains("Sam Okafor acknowledged it on", reflection,
				"Next time I will " + commitment);
		assertThat(answer.findElements(By.tagName("form"))).isEmpty();

		clickNav("Dashboard");
		this.browser.clickToLoad(this.browser.find(By.cssSelector("a[aria-label='Give feedback to Sam Okafor']")));
		assertThat(heading()).isEqualTo(HEADING_ABOUT_SAM);
		WebElement commitments = this.browser.find(By.cssSelector("section.commitments"));
		assertThat(commitments.findElement(By.tagName("h2")).getText()).isEqualTo("Sam Okafor\u2019s open commitments");
		assertThat(commitments.getText()).contains("Next time I will " + commitment);
		WebElement line = commitments
			.findElement(By.xpath(".//li[contains(normalize-space(.), '" + marker(commitment) + "')]"));
		assertThat(line.getText()).contains("Good listening");
		this.browser.screenshotFullPage("loop-commitments");
	}

	/** Requests: asks Priya about diplomacy; the request is listed as open. */
	private void samAsksPriya(String question) {
		clickNav("Requests");
		assertThat(heading()).isEqualTo("Feedback requests");
		this.browser.choosePerson("recipientIds", "priya", PRIYA + " \u00b7 Architecture");
		assertThat(this.browser.find(By.id("recipientIds-chosen")).getText()).as("Priya chosen")
			.contains(PRIYA + " \u00b7 Architecture");
		tickSkill("Diplomacy");
		this.browser.find(By.id("question")).sendKeys(question);
		this.browser.clickToLoad(this.browser.find(By.xpath("//button[normalize-space()='Send request']")));

		assertThat(this.browser.currentPath()).isEqualTo("/requests");
		assertThat(this.browser.successMessage()).startsWith("Request sent.");
		WebElement sent = sentRequest(question);
		assertThat(sent.getText()).contains("Asked Priya Raman", question);
		assertThat(sent.findElement(By.cssSelector(".badge")).getText()).isEqualTo("Open");
		assertThat(sent.findElements(By.linkText("Read the answer"))).isEmpty();
		this.browser.screenshotFullPage("loop-request-sent");
	}

	/**
	 * From her dashboard, answers Sam's request with shared feedback; returns the path of
	 * the answer.
	 */
	private String priyaAnswers(String question, String answer, String commitment) {
		WebElement asked = this.browser.find(By.xpath("//section[@aria-labelledby='asked-heading']"));
		assertThat(asked.findElement(By.tagName("h2")).getText()).isEqualTo("Asked of you");
		WebElement request = asked
			.findElement(By.xpath(".//li[contains(normalize-space(.), '" + marker(question) + "')]"));
		assertThat(request.getText()).contains(SAM, question);
		this.browser.clickToLoad(request.findElement(By.linkText("Answer with feedback")));

		assertThat(heading()).isEqualTo(HEADING_ABOUT_SAM);
		WebElement banner = this.browser.find(By.cssSelector(".request-banner"));
		assertThat(banner.getText()).contains("Sam Okafor asked you for feedback:", question);
		assertThat(skillBox("Diplomacy").isSelected()).as("the requested skill is ticked").isTrue();
		// Sam's commitment is on Maria's feedback, which Priya may not read.
		assertThat(this.browser.driver().getPageSource()).doesNotContain(marker(commitment));

		this.browser.click(this.browser.find(By.cssSelector("input[name='kind'][value='REINFORCING']")));
		this.browser.find(By.id("situation")).sendKeys("In Tuesday's design review of the billing service.");
		this.browser.find(By.id("behaviour")).sendKeys(answer);
		this.browser.find(By.id("impact")).sendKeys("The review settled on one design within the hour.");
		this.browser.find(By.id("nextStep")).sendKeys("Write the summary in the review notes next time.");
		this.browser.screenshotFullPage("loop-answer-form");
		WebElement shared = this.browser.find(By.cssSelector("input[name='visibility'][value='SHARED']"));
		this.browser.click(shared);
		assertThat(shared.isSelected()).isTrue();
		saveFeedback();

		assertThat(this.browser.successMessage()).isEqualTo("Feedback saved.");
		assertThat(this.browser.currentPath()).matches("/feedback/\\d+");
		assertThat(heading()).isEqualTo(HEADING_ABOUT_SAM);
		assertThat(text("article.entry")).contains(answer, "Diplomacy", PRIYA);
		return this.browser.currentPath();
	}

	/** Requests: the request is answered, and its answer is Priya's entry. */
	private void samReadsTheAnswer(String question, String answerPath, String answer) {
		clickNav("Requests");
		WebElement sent = sentRequest(question);
		assertThat(sent.findElement(By.cssSelector(".badge")).getText()).isEqualTo("Answered");
		this.browser.clickToLoad(sent.findElement(By.linkText("Read the answer")));

		assertThat(this.browser.currentPath()).isEqualTo(answerPath);
		assertThat(heading()).isEqualTo(HEADING_ABOUT_SAM);
		WebElement entry = this.browser.find(By.cssSelector("article.entry"));
		assertThat(entry.getText()).contains(answer, "Diplomacy");
		assertThat(entry.findElement(By.xpath(".//p[contains(., 'By')]/a[1]")).getText()).isEqualTo(PRIYA);
		this.browser.find(By.xpath("//button[normalize-space()='Acknowledge']"));
		this.browser.screenshotFullPage("loop-answer");
	}

	/** The request under "You asked" that holds the question. */
	private WebElement sentRequest(String question) {
		WebElement sent = this.browser.find(By.xpath("//section[@aria-labelledby='sent-heading']"));
		assertThat(sent.findElement(By.tagName("h2")).getText()).isEqualTo("You asked");
		return sent.findElement(By.xpath(".//li[contains(normalize-space(.), '" + marker(question) + "')]"));
	}

	/** The text with its line breaks and runs of spaces made single spaces. */
	private static String oneLine(String text) {
		return text.replaceAll("\\s+", " ");
	}

	/** The LOOP-…-id part of a text, safe to use in an XPath literal. */
	private static String marker(String text) {
		int start = text.indexOf("LOOP-");
		return text.substring(start, text.indexOf(')', start));
	}

	private void tickSkill(String name) {
		this.browser.click(this.browser.find(By.xpath("//label[normalize-space()='" + name + "']")));
		assertThat(skillBox(name).isSelected()).as("%s ticked", name).isTrue();
	}

	private WebElement skillBox(String name) {
		return this.browser
			.find(By.xpath("//input[@name='skillIds'][@id=//label[normalize-space()='" + name + "']/@for]"));
	}

	private void saveFeedback() {
		this.browser.clickToLoad(this.browser.find(By.xpath("//button[normalize-space()='Save feedback']")));
	}

	private void clickNav(String link) {
		this.browser.clickToLoad(this.browser.find(By.xpath("//nav//a[normalize-space()='" + link + "']")));
	}

	private List<String> badges(String selector) {
		return this.browser.find(By.cssSelector(selector))
			.findElements(By.cssSelector(".badge"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private String heading() {
		return this.browser.find(By.tagName("h1")).getText();
	}

	private String text(String selector) {
		return this.browser.find(By.cssSelector(selector)).getText();
	}

}

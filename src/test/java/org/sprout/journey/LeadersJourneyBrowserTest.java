package org.sprout.journey;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.sprout.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Power without position in a real browser: Priya is recognised by people from three
 * teams, Maria finds her under "leading without position", gives her a project, starts it
 * under a safe-space agreement, gives feedback on it and closes it; Priya writes her
 * retrospective and finds it, with the feedback, in her history.
 */
class LeadersJourneyBrowserTest extends BrowserTest {

	private static final String PRIYA = "Priya Raman";

	@Test
	void priyaBubblesUpIsGivenAProjectAndLeadsItToARetrospective() {
		String id = UUID.randomUUID().toString().substring(0, 8);
		String project = "Architecture guild " + id;
		String safeSpace = "A review format that does not work is dropped after one try (SAFE-" + id + ").";
		String retrospective = "Asking each team for its risk first got decisions faster (RETRO-" + id + ").";

		// Three people from three teams: Platform, Engineering, Operations.
		recognisePriya("lee", "EXPERT", "Big-picture thinking", "She mapped the service boundaries for us.");
		recognisePriya("dana", "REFERENT", "Consensus building", "Teams follow her proposals in design reviews.");
		recognisePriya("admin", "EXPERT", null, "I relied on her to explain the outage to the board.");

		this.browser.signIn("maria");
		this.browser.clickToLoad(this.browser.find(By.xpath("//nav//a[normalize-space()='Leaders']")));
		this.browser.clickToLoad(this.browser.find(By.linkText("Leading without position")));
		WebElement priya = rowOf(PRIYA);
		assertThat(priya.getText()).contains("Leading without position", "no reports").doesNotContain("has reports");
		this.browser.clickToLoad(priya.findElement(By.linkText("Give them a project")));

		// The project form comes prefilled: Priya leads, her recognised skills are the
		// focus.
		assertThat(this.browser.find(By.id("leadId")).getDomProperty("value"))
			.isEqualTo(PRIYA + " \u00b7 Architecture");
		assertThat(checkbox("focusSkillIds", "Big-picture thinking").isSelected()).isTrue();
		this.browser.find(By.id("name")).sendKeys(project);
		this.browser.find(By.id("goal")).sendKeys("Teams settle cross-cutting design questions in one meeting.");
		this.browser.clickToLoad(this.browser.find(By.xpath("//button[normalize-space()='Create project']")));
		assertThat(this.browser.find(By.cssSelector("h1")).getText()).isEqualTo(project);
		assertThat(this.browser.find(By.cssSelector("h1 + .badge")).getText()).isEqualTo("Planned");

		// Starting needs the safe space.
		this.browser.clickToLoad(this.browser.find(By.xpath("//button[normalize-space()='Start the project']")));
		assertThat(this.browser.find(By.id("safeSpace-error")).getText())
			.isEqualTo("Write the safe-space agreement first: what may fail without harm?");
		this.browser.find(By.id("safeSpace")).sendKeys(safeSpace);
		this.browser.find(By.id("cadenceDays")).sendKeys("7");
		this.browser.clickToLoad(this.browser.find(By.xpath("//button[normalize-space()='Start the project']")));
		assertThat(this.browser.successMessage()).startsWith("The project is active.");
		assertThat(this.browser.find(By.cssSelector("h1 + .badge")).getText()).isEqualTo("Active");
		assertThat(this.browser.find(By.cssSelector(".safe-space")).getText()).contains(safeSpace);
		assertThat(this.browser.find(By.tagName("main")).getText()).contains("Feedback to Priya Raman every 7 days.");
		String projectPath = this.browser.currentPath();

		// Feedback on the project: the form shows its safe space once it is chosen.
		this.browser.clickToLoad(this.browser.find(By.linkText(PRIYA)));
		this.browser.clickToLoad(this.browser.find(By.linkText("Give feedback")));
		new Select(this.browser.find(By.id("projectId"))).selectByVisibleText(project);
		assertThat(this.browser.find(By.cssSelector(".safe-space-notes .safe-space")).getText())
			.contains("Safe space on " + project, safeSpace);
		writeFeedback("In the first guild review on Tuesday", "you asked each team to name one risk before deciding",
				"three teams agreed on the API change in one meeting");
		assertThat(this.browser.successMessage()).isEqualTo("Feedback saved.");

		// Closing sends the sponsor to the closing feedback.
		this.browser.open(projectPath);
		this.browser.click(this.browser.find(By.xpath("//summary[normalize-space()='Close the project…']")));
		assertThat(this.browser.find(By.cssSelector("details.close-project")).getText()).contains("Closing is final");
		this.browser.clickToLoad(this.browser.find(By.xpath("//button[normalize-space()='Yes, close it now']")));
		assertThat(this.browser.successMessage()).startsWith("Project closed. Write your closing feedback");
		assertThat(new Select(this.browser.find(By.id("projectId"))).getFirstSelectedOption().getText())
			.isEqualTo(project);
		writeFeedback("Over the six weeks of the guild", "you let each team lead one review and coached from the side",
				"the guild now runs without you in the room");
		this.browser.open(projectPath);
		assertThat(this.browser.find(By.cssSelector("h1 + .badge")).getText()).isEqualTo("Done");
		assertThat(this.browser.find(By.tagName("main")).getText()).contains("Your closing feedback is written.");
		this.browser.signOut();

		// Priya writes her retrospective; her history keeps it with the feedback.
		this.browser.signIn("priya");
		this.browser.open(projectPath);
		this.browser.find(By.id("retrospective")).sendKeys(retrospective);
		this.browser.clickToLoad(this.browser.find(By.xpath("//button[normalize-space()='Save the retrospective']")));
		assertThat(this.browser.successMessage()).startsWith("Retrospective saved.");
		this.browser.clickToLoad(this.browser.find(By.xpath("//nav//a[normalize-space()='My feedback']")));
		String history = this.browser.find(By.tagName("main")).getText();
		assertThat(history).contains("Project retrospectives", project, retrospective,
				"you let each team lead one review and coached from the side",
				"you asked each team to name one risk before deciding");
		this.browser.clickToLoad(this.browser.find(By.linkText(PRIYA)));
		assertThat(this.browser.find(By.id("emergence")).isDisplayed()).isTrue();
		this.browser.screenshotFullPage("leaders-journey-priya-profile");
	}

	private void recognisePriya(String giver, String power, String skill, String note) {
		this.browser.signIn(giver);
		this.browser.clickToLoad(this.browser.find(By.xpath("//nav//a[normalize-space()='People']")));
		this.browser.find(By.id("q")).sendKeys("Priya");
		this.browser.clickToLoad(this.browser.find(By.cssSelector("form[role='search'] button[type='submit']")));
		this.browser.clickToLoad(this.browser.find(By.linkText(PRIYA)));
		this.browser.clickToLoad(this.browser.find(By.linkText("Recognise")));
		assertThat(this.browser.find(By.id("receiverId")).getDomProperty("value")).startsWith(PRIYA);
		this.browser.click(this.browser.find(By.cssSelector("input[name='power'][value='" + power + "']")));
		if (skill != null) {
			new Select(this.browser.find(By.id("skillId"))).selectByVisibleText(skill);
		}
		this.browser.find(By.id("note")).sendKeys(note);
		this.browser.clickToLoad(this.browser.find(By.xpath("//button[normalize-space()='Recognise']")));
		assertThat(this.browser.successMessage()).startsWith("Recognition recorded.");
		assertThat(this.browser.find(By.cssSelector("h1")).getText()).isEqualTo(PRIYA);
		assertThat(this.browser.find(By.cssSelector("li.recognition")).getText()).contains(note);
		this.browser.signOut();
	}

	private WebElement rowOf(String name) {
		List<WebElement> rows = this.browser.driver().findElements(By.cssSelector("ol.leaders > li"));
		return rows.stream()
			.filter((row) -> row.getText().contains(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError(name + " is not on the board"));
	}

	private WebElement checkbox(String name, String label) {
		return this.browser
			.find(By.xpath("//input[@name='" + name + "'][@id=//label[normalize-space()='" + label + "']/@for]"));
	}

	private void writeFeedback(String situation, String behaviour, String impact) {
		this.browser.setValue(this.browser.find(By.id("observedOn")), LocalDate.now().toString());
		this.browser.click(this.browser.find(By.xpath("//label[normalize-space()='Consensus building']")));
		this.browser.click(this.browser.find(By.cssSelector("input[name='kind'][value='REINFORCING']")));
		this.browser.find(By.id("situation")).sendKeys(situation);
		this.browser.find(By.id("behaviour")).sendKeys(behaviour);
		this.browser.find(By.id("impact")).sendKeys(impact);
		this.browser.find(By.id("nextStep")).sendKeys("Run the next cross-team review the same way this month.");
		this.browser.click(this.browser.find(By.cssSelector("input[name='visibility'][value='SHARED']")));
		this.browser.clickToLoad(this.browser.find(By.cssSelector("form.feedback-form button[type='submit']")));
	}

}

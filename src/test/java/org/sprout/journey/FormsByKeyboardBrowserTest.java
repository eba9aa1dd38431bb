package org.sprout.journey;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

import org.sprout.people.PersonRepository;
import org.sprout.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forms by keyboard, as a screen reader user meets them: a refused form puts the focus on
 * a summary that names each field and leads to it; Enter in a checkbox sends nothing;
 * every control shows a clear focus ring, on the green navigation too; a skip link leads
 * from a profile straight to "Give feedback".
 */
class FormsByKeyboardBrowserTest extends BrowserTest {

	/**
	 * The focused element's ring: style, width and its contrast with what is around it
	 * (inside the element when the ring is drawn inside it).
	 */
	private static final String FOCUS_RING = """
			const el = document.activeElement;
			const s = getComputedStyle(el);
			const rgb = (c) => (c.match(/[\\d.]+/g) || [255, 255, 255]).slice(0, 3).map(Number);
			const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92
			    : Math.pow((v + 0.055) / 1.055, 2.4); }).reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
			const behind = (node) => { for (; node; node = node.parentElement) { const c = getComputedStyle(node).backgroundColor;
			    if (c !== 'transparent' && !c.startsWith('rgba(0, 0, 0, 0)')) return c; } return 'rgb(255, 255, 255)'; };
			const around = behind(parseFloat(s.outlineOffset) < 0 ? el : el.parentElement);
			const [a, b] = [lum(rgb(s.outlineColor)), lum(rgb(around))].sort((x, y) => y - x);
			return [el.tagName.toLowerCase() + ' "' + (el.textContent || el.value || el.id || '').trim().slice(0, 30) + '"',
			    s.outlineStyle, String(parseFloat(s.outlineWidth)), ((a + 0.05) / (b + 0.05)).toFixed(2)];
			""";

	@Autowired
	private PersonRepository people;

	@Test
	void aRefusedFormPutsTheFocusOnASummaryThatNamesAndLeadsToEachField() {
		long lee = this.people.findByUsername("lee").orElseThrow().getId();
		this.browser.signIn("maria");
		this.browser.open("/feedback/new?about=" + lee);
		WebElement save = this.browser.find(By.xpath("//button[normalize-space()='Save feedback']"));
		WebElement page = this.browser.driver().findElement(By.tagName("html"));
		save.sendKeys(Keys.ENTER);
		this.browser.find(By.id("error-summary"));
		assertThat(isStale(page)).as("the form was sent").isTrue();

		assertThat(focused().getDomAttribute("id")).isEqualTo("error-summary");
		List<String> items = this.browser.driver()
			.findElements(By.cssSelector("#error-summary li"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(items).contains("Skills shown: Choose at least one skill.",
				"Kind: Choose reinforcing or redirecting.", "Situation: Please fill this in.",
				"Behaviour: Please fill this in.", "Impact: Please fill this in.", "Next step: Please fill this in.");
		assertThat(this.browser.driver().findElements(By.cssSelector("#error-summary li a")))
			.as("each item is a link to its field")
			.hasSize(items.size());

		follow("Situation: Please fill this in.");
		assertThat(focused().getDomAttribute("id")).isEqualTo("situation");
		follow("Skills shown: Choose at least one skill.");
		assertThat(focused().getDomAttribute("name")).as("the first box of the group").isEqualTo("skillIds");
		follow("Kind: Choose reinforcing or redirecting.");
		assertThat(focused().getDomAttribute("name")).isEqualTo("kind");

		this.browser.clickToLoad(this.browser.find(By.xpath("//button[normalize-space()='Discard draft']")));
	}

	@Test
	void enterInACheckboxOrAPickerSendsNothingAndAPickerErrorLeadsToThePicker() {
		this.browser.signIn("sam");
		this.browser.open("/requests");
		WebElement diplomacy = this.browser
			.find(By.xpath("//input[@name='skillIds'][@id=//label[normalize-space()='Diplomacy']/@for]"));
		diplomacy.sendKeys(Keys.SPACE);
		assertThat(diplomacy.isSelected()).isTrue();
		diplomacy.sendKeys(Keys.ENTER);
		this.browser.find(By.id("recipientIds")).sendKeys("Priya", Keys.ENTER);
		assertThat(isStale(diplomacy)).as("the page is the same").isFalse();
		assertThat(diplomacy.isSelected()).isTrue();
		assertThat(this.browser.driver().findElements(By.id("error-summary"))).isEmpty();

		this.browser.clickToLoad(this.browser.find(By.xpath("//button[normalize-space()='Send request']")));
		assertThat(focused().getDomAttribute("id")).isEqualTo("error-summary");
		follow("Ask: Choose at least one person to ask.");
		assertThat(focused().getDomAttribute("role")).isEqualTo("combobox");
		assertThat(focused().getDomAttribute("id")).isEqualTo("recipientIds");
	}

	@Test
	void everyControlShowsAClearFocusRingOnThePageAndOnTheGreenNavigation() {
		long sam = this.people.findByUsername("sam").orElseThrow().getId();
		long lee = this.people.findByUsername("lee").orElseThrow().getId();
		List<String> problems = new ArrayList<>();
		this.browser.signIn("maria");
		int checked = ringsOn("/people/" + sam, problems) + ringsOn("/feedback/new?about=" + lee, problems)
				+ ringsOn("/requests", problems);
		this.browser.driver().manage().window().setSize(new Dimension(390, 844));
		checked += ringsOn("/people/" + sam, problems);
		this.browser.driver().manage().window().setSize(new Dimension(1280, 900));
		System.out.printf("Focus rings: %d controls checked%n", checked);
		assertThat(problems).isEmpty();
		assertThat(checked).isGreaterThan(60);
	}

	@Test
	void fromAProfileOneTabAndEnterReachGiveFeedback() {
		long sam = this.people.findByUsername("sam").orElseThrow().getId();
		this.browser.signIn("maria");
		this.browser.open("/people/" + sam);
		tab();
		assertThat(focused().getText()).isEqualTo("Skip to Give feedback");
		focused().sendKeys(Keys.ENTER);
		assertThat(focused().getText()).isEqualTo("Give feedback");
		assertThat(focused().getDomAttribute("href")).isEqualTo("/feedback/new?about=" + sam);
		// The skip link is there only when the page has the action.
		this.browser.open("/people/" + this.people.findByUsername("maria").orElseThrow().getId());
		tab();
		assertThat(focused().getText()).isEqualTo("Skip to content");
	}

	/**
	 * Tabs through the page from its start until the focus comes back round, checking
	 * each control's ring; returns how many were checked.
	 */
	@SuppressWarnings("unchecked")
	private int ringsOn(String path, List<String> problems) {
		this.browser.open(path);
		int checked = 0;
		WebElement first = null;
		for (int i = 0; i < 150; i++) {
			tab();
			WebElement now = focused();
			if (now.getTagName().equals("body") || now.equals(first)) {
				break;
			}
			first = (first != null) ? first : now;
			List<String> ring = (List<String>) ((JavascriptExecutor) this.browser.driver()).executeScript(FOCUS_RING);
			checked++;
			if (!ring.get(1).equals("solid") || Double.parseDouble(ring.get(2)) < 2
					|| Double.parseDouble(ring.get(3)) < 3) {
				problems.add(path + ": " + ring.get(0) + " has a " + ring.get(1) + " ring " + ring.get(2)
						+ " px wide, contrast " + ring.get(3));
			}
		}
		return checked;
	}

	private void follow(String item) {
		WebElement link = this.browser.find(By.xpath("//*[@id='error-summary']//a[normalize-space()='" + item + "']"));
		link.sendKeys(Keys.ENTER);
	}

	private void tab() {
		new Actions(this.browser.driver()).sendKeys(Keys.TAB).perform();
	}

	private WebElement focused() {
		return this.browser.driver().switchTo().activeElement();
	}

	private static boolean isStale(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (org.openqa.selenium.StaleElementReferenceException ex) {
			return true;
		}
	}

}

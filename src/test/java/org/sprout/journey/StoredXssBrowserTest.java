package org.sprout.journey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import org.sprout.feedback.FeedbackEntry;
import org.sprout.feedback.FeedbackKind;
import org.sprout.feedback.FeedbackRepository;
import org.sprout.feedback.Visibility;
import org.sprout.people.Person;
import org.sprout.people.PersonRepository;
import org.sprout.requests.FeedbackRequest;
import org.sprout.requests.FeedbackRequestRepository;
import org.sprout.skills.SkillRepository;
import org.sprout.support.BrowserTest;
import org.sprout.support.XssPayloads;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The XSS corpus in headless Chromium: every payload stored in every part of an entry, a
 * reflection and a request, then the pages that show them opened for real. No payload
 * runs: the marker the payloads set stays undefined and no dialog opens.
 */
class StoredXssBrowserTest extends BrowserTest {

	@Autowired
	private FeedbackRepository entries;

	@Autowired
	private PersonRepository people;

	@Autowired
	private SkillRepository skills;

	@Autowired
	private FeedbackRequestRepository requests;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void noStoredPayloadRunsInTheBrowser() {
		List<Long> ids = store(XssPayloads.all());
		long sam = this.people.findByUsername("sam").orElseThrow().getId();
		List<String> pages = new ArrayList<>(List.of("/", "/people/" + sam + "/feedback",
				"/people/" + sam + "/feedback?page=2", "/people/" + sam, "/requests"));
		ids.stream().limit(12).forEach((id) -> pages.add("/feedback/" + id));

		this.browser.signIn("sam");
		int opened = 0;
		for (String page : pages) {
			opened += visit(page);
		}
		this.browser.signOut();
		this.browser.signIn("maria");
		for (String page : List.of("/", "/people/" + sam + "/feedback", "/feedback/new?about=" + sam,
				"/feedback/" + ids.get(0) + "/edit", "/requests")) {
			opened += visit(page);
		}
		assertThat(opened).isGreaterThanOrEqualTo(20);
	}

	private int visit(String path) {
		this.browser.open(path);
		assertThat(((JavascriptExecutor) this.browser.driver()).executeScript("return window.__xss === undefined"))
			.as("a payload ran on " + path)
			.isEqualTo(true);
		try {
			String text = this.browser.driver().switchTo().alert().getText();
			throw new AssertionError("a dialog opened on " + path + ": " + text);
		}
		catch (NoAlertPresentException expected) {
			return 1;
		}
	}

	/**
	 * Each payload in every free-text part of an entry about Sam, his reflection, a
	 * request.
	 */
	private List<Long> store(List<String> payloads) {
		return this.transactions.execute((tx) -> {
			Person maria = this.people.findByUsername("maria").orElseThrow();
			Person sam = this.people.findByUsername("sam").orElseThrow();
			List<Long> ids = new ArrayList<>();
			for (String payload : payloads) {
				FeedbackEntry entry = new FeedbackEntry(maria, sam);
				entry.setObservedOn(LocalDate.now());
				entry.setKind(FeedbackKind.REDIRECTING);
				entry.setVisibility(Visibility.SHARED);
				entry.setSkills(Set.of(this.skills.findAllByOrderByPositionAsc().get(0)));
				entry.setSituation(payload);
				entry.setBehaviour(payload);
				entry.setImpact(payload);
				entry.setNextStep(payload);
				entry.reflect(payload, payload, payload.substring(0, Math.min(500, payload.length())), Instant.now());
				ids.add(this.entries.save(entry).getId());
				this.requests.save(new FeedbackRequest(sam, maria, payload));
			}
			return ids;
		});
	}

}

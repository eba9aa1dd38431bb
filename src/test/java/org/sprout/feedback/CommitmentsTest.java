package org.sprout.feedback;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.notifications.NotificationKind;
import org.sprout.support.DemoAccounts;
import org.sprout.support.FeedbackSteps;
import org.sprout.support.SproutTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "My commitments": the mentee sees their open commitments with the entry each answers,
 * on their dashboard and profile, and marks one done with a note; the entry's other
 * readers see when, and the note.
 */
@SproutTest
@Transactional
class CommitmentsTest {

	private static final String COMMITMENT = "ask the quietest person first (MINE-MARKER)";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DemoAccounts accounts;

	@Autowired
	private FeedbackSteps steps;

	@Autowired
	private FeedbackRepository entries;

	@Autowired
	private org.sprout.notifications.Notifications notifications;

	@Test
	void theMenteeSeesTheirOpenCommitmentsWithTheEntryOnDashboardAndProfile() throws Exception {
		long id = this.steps.give("maria", "sam");
		this.steps.reflect("sam", id, "I cut Lee off.", COMMITMENT);

		for (String url : new String[] { "/", "/people/" + this.accounts.id("sam") }) {
			Element mine = page(url, "sam").selectFirst("#my-commitments");
			assertThat(mine).as(url).isNotNull();
			assertThat(mine.selectFirst("h2").text()).isEqualTo("My commitments");
			Element item = mine.select("li.commitment")
				.stream()
				.filter((li) -> li.text().contains("MINE-MARKER"))
				.findFirst()
				.orElseThrow();
			assertThat(item.text()).contains("Next time I will " + COMMITMENT,
					"In answer to feedback from Maria Alvarez of");
			assertThat(item.selectFirst("a[href=/feedback/" + id + "]")).isNotNull();
			Element form = item.selectFirst("form[action=/feedback/" + id + "/commitment]");
			assertThat(form.selectFirst("input[name=back]").val()).isEqualTo(url.equals("/") ? "DASHBOARD" : "PROFILE");
			assertThat(form.selectFirst("label[for=note-" + id + "]").text()).isEqualTo("How did it go? (optional)");
		}
		// Nobody else sees "My commitments" on Sam's profile.
		assertThat(page("/people/" + this.accounts.id("sam"), "maria").select("#my-commitments")).isEmpty();
	}

	@Test
	void markingOneDoneClosesItAndItsReadersSeeWhenAndTheNote() throws Exception {
		long id = this.steps.give("maria", "sam");
		this.steps.reflect("sam", id, "I cut Lee off.", COMMITMENT);
		long unreadBefore = this.notifications.unreadCount(this.accounts.id("maria"));

		this.mvc
			.perform(post("/feedback/{id}/commitment", id).with(this.accounts.as("sam"))
				.with(csrf())
				.param("note", "Did it in three reviews; Lee spoke first twice.")
				.param("back", "DASHBOARD"))
			.andExpect(redirectedUrl("/#my-commitments"))
			.andExpect(flash().attribute("flashSuccess", "commitment.done"));

		FeedbackEntry entry = this.entries.findById(id).orElseThrow();
		assertThat(entry.hasOpenCommitment()).isFalse();
		assertThat(entry.isCommitmentDone()).isTrue();
		assertThat(entry.getCommitmentNote()).isEqualTo("Did it in three reviews; Lee spoke first twice.");
		assertThat(entry.getCommitmentClosedAt()).isEqualTo(entry.getCommitmentDoneAt());

		// Sam's list moves it to "done lately"; the form no longer offers it.
		Element mine = page("/", "sam").selectFirst("#my-commitments");
		assertThat(mine.select("li.commitment")).noneMatch((li) -> li.text().contains("MINE-MARKER"));
		assertThat(mine.select("li.commitment-done-item").text()).contains("MINE-MARKER", "done",
				"Lee spoke first twice");
		// Maria, his manager, mentor and the author: on her dashboard, the entry and in a
		// notification.
		Element row = page("/", "maria").select("section[aria-labelledby=growing-heading] li.list-group-item")
			.stream()
			.filter((li) -> li.text().contains("Sam Okafor"))
			.findFirst()
			.orElseThrow();
		assertThat(row.select(".commitments-done").text()).contains("Done lately:", "MINE-MARKER", "done",
				"Lee spoke first twice");
		Document shown = page("/feedback/" + id, "maria");
		assertThat(shown.selectFirst(".commitment-done-badge").text()).startsWith("done ");
		assertThat(shown.selectFirst(".commitment-note").text())
			.isEqualTo("How it went: Did it in three reviews; Lee spoke first twice.");
		assertThat(shown.select("form[action$=/commitment]")).isEmpty();
		assertThat(this.notifications.unreadCount(this.accounts.id("maria"))).isEqualTo(unreadBefore + 1);
		assertThat(this.notifications.unread(this.accounts.id("maria"), 1).get(0).getKind())
			.isEqualTo(NotificationKind.COMMITMENT_DONE);
		// Nobody who may not read the entry hears of it.
		for (String outsider : new String[] { "lee", "priya", "admin" }) {
			assertThat(this.notifications.unread(this.accounts.id(outsider), 50))
				.noneMatch((n) -> n.getKind() == NotificationKind.COMMITMENT_DONE && n.getTargetId() == id);
		}
	}

	@Test
	void onlyTheSubjectMarksItDoneAndOnlyWhileItIsOpen() throws Exception {
		long id = this.steps.give("maria", "sam");
		this.steps.reflect("sam", id, "I cut Lee off.", COMMITMENT);
		this.mvc.perform(done(id, "maria", "Not mine")).andExpect(status().isForbidden());
		for (String outsider : new String[] { "lee", "priya", "admin" }) {
			this.mvc.perform(done(id, outsider, "Not mine")).andExpect(status().isNotFound());
		}
		this.mvc.perform(done(999_999, "sam", "Nothing")).andExpect(status().isNotFound());
		this.mvc.perform(done(id, "sam", "x".repeat(1001)))
			.andExpect(redirectedUrl("/feedback/" + id + "#answer"))
			.andExpect(flash().attribute("flashError", "commitment.note.tooLong"));
		assertThat(this.entries.findById(id).orElseThrow().hasOpenCommitment()).isTrue();

		this.mvc.perform(done(id, "sam", "")).andExpect(flash().attribute("flashSuccess", "commitment.done"));
		assertThat(this.entries.findById(id).orElseThrow().getCommitmentNote()).isNull();
		this.mvc.perform(done(id, "sam", "again")).andExpect(flash().attribute("flashError", "commitment.notOpen"));
		assertThat(this.entries.findById(id).orElseThrow().getCommitmentNote()).isNull();
	}

	@Test
	void theSameCommitmentSavedAgainStaysDoneANewOneStartsOpen() throws Exception {
		long id = this.steps.give("maria", "sam");
		this.steps.reflect("sam", id, "I cut Lee off.", COMMITMENT);
		this.mvc.perform(done(id, "sam", "Done.")).andExpect(status().is3xxRedirection());
		this.steps.reflect("sam", id, "I cut Lee off, twice.", COMMITMENT);
		assertThat(this.entries.findById(id).orElseThrow().isCommitmentDone()).isTrue();
		this.steps.reflect("sam", id, "I cut Lee off, twice.", "write down who has not spoken yet");
		FeedbackEntry entry = this.entries.findById(id).orElseThrow();
		assertThat(entry.hasOpenCommitment()).isTrue();
		assertThat(entry.getCommitmentNote()).isNull();
	}

	@Test
	void theEntryPageOffersItsSubjectToMarkItDone() throws Exception {
		long id = this.steps.give("maria", "sam");
		this.steps.reflect("sam", id, "I cut Lee off.", COMMITMENT);
		Document entry = page("/feedback/" + id, "sam");
		assertThat(entry.selectFirst("form[action=/feedback/" + id + "/commitment] input[name=back]").val())
			.isEqualTo("ENTRY");
		assertThat(page("/feedback/" + id, "maria").select("form[action$=/commitment]")).isEmpty();
		this.mvc.perform(done(id, "sam", "Done.").param("back", "SIDEWAYS"))
			.andExpect(redirectedUrl("/feedback/" + id + "#answer"));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder done(long id, String who,
			String note) {
		return post("/feedback/{id}/commitment", id).with(this.accounts.as(who)).with(csrf()).param("note", note);
	}

	private Document page(String url, String viewer) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(url).with(this.accounts.as(viewer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}

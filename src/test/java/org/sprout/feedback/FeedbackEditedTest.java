package org.sprout.feedback;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.sprout.notifications.Notification;
import org.sprout.notifications.NotificationKind;
import org.sprout.notifications.Notifications;
import org.sprout.support.DemoAccounts;
import org.sprout.support.FeedbackSteps;
import org.sprout.support.SproutTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An author who edits an entry its subject already acknowledged or answered: the subject
 * is told, and the notification leads to the versions, where they see what changed.
 * Versions are written when a transaction commits, so this test commits for real (no test
 * transaction).
 */
@SproutTest
class FeedbackEditedTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DemoAccounts accounts;

	@Autowired
	private FeedbackSteps steps;

	@Autowired
	private Notifications notifications;

	@Test
	void anEditAfterTheAcknowledgementIsToldToTheSubjectAndLeadsToTheVersions() throws Exception {
		long id = this.steps.give("maria", "sam", "impact", "BEFORE-EDIT the quieter engineers spoke up.");
		this.mvc.perform(post("/feedback/{id}/acknowledge", id).with(this.accounts.as("sam")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(this.steps.edit(id, "maria", "impact", "AFTER-EDIT everyone spoke up."))
			.andExpect(redirectedUrl("/feedback/" + id));

		Notification told = edited("sam", id).get(0);
		assertThat(told.getActorName()).isEqualTo("Maria Alvarez");
		assertThat(told.getLink()).isEqualTo("/feedback/" + id + "/revisions");
		Document list = page("/notifications", "sam");
		assertThat(list.text()).contains("Maria Alvarez changed feedback you had already read: see what changed.");
		this.mvc.perform(post("/notifications/{id}/open", told.getId()).with(this.accounts.as("sam")).with(csrf()))
			.andExpect(redirectedUrl("/feedback/" + id + "/revisions"));
		Document versions = page("/feedback/" + id + "/revisions", "sam");
		assertThat(versions.select("article")).hasSize(2);
		assertThat(versions.select("article").get(0).text()).contains("Current version", "AFTER-EDIT");
		assertThat(versions.select("article").get(1).text()).contains("Earlier version", "BEFORE-EDIT");
		// Nobody else is told.
		for (String other : new String[] { "maria", "lee", "priya" }) {
			assertThat(edited(other, id)).isEmpty();
		}
	}

	@Test
	void editsBeforeAnyAnswerAndSavesThatChangeNothingAreNotTold() throws Exception {
		long id = this.steps.give("maria", "sam");
		this.mvc.perform(this.steps.edit(id, "maria", "impact", "Changed before Sam read it."))
			.andExpect(status().is3xxRedirection());
		assertThat(edited("sam", id)).isEmpty();
		this.steps.reflect("sam", id, "I see it.", null);
		this.mvc.perform(this.steps.edit(id, "maria")).andExpect(status().is3xxRedirection());
		assertThat(edited("sam", id)).isEmpty();
		this.mvc.perform(this.steps.edit(id, "maria", "nextStep", "Ask before deciding."))
			.andExpect(status().is3xxRedirection());
		assertThat(edited("sam", id)).hasSize(1);
		this.mvc.perform(this.steps.edit(id, "maria", "nextStep", "Ask, then decide."))
			.andExpect(status().is3xxRedirection());
		assertThat(edited("sam", id)).hasSize(2);
	}

	@Test
	void versionsWrittenWhileItWasAPrivateNoteStayTheAuthorsWhenTheSubjectIsLedThere() throws Exception {
		long id = this.steps.give("maria", "sam", "visibility", "PRIVATE_NOTE", "impact", "NOTE-ERA-MARKER");
		this.mvc.perform(this.steps.edit(id, "maria", "impact", "AS-SHARED-MARKER"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/feedback/{id}/share", id).with(this.accounts.as("maria")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/feedback/{id}/acknowledge", id).with(this.accounts.as("sam")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(this.steps.edit(id, "maria", "impact", "SHARED-ERA-MARKER"))
			.andExpect(status().is3xxRedirection());

		assertThat(edited("sam", id)).hasSize(1);
		// What was shared, and what changed since, is his; what the note said before is
		// not.
		Document versions = page("/feedback/" + id + "/revisions", "sam");
		assertThat(versions.text())
			.contains("SHARED-ERA-MARKER", "AS-SHARED-MARKER",
					"This version was written while the entry was a private note")
			.doesNotContain("NOTE-ERA-MARKER");
		assertThat(page("/feedback/" + id + "/revisions", "maria").text()).contains("NOTE-ERA-MARKER");
	}

	private List<Notification> edited(String who, long entryId) {
		return this.notifications.unread(this.accounts.id(who), 100)
			.stream()
			.filter((n) -> n.getKind() == NotificationKind.FEEDBACK_EDITED && n.getTargetId() == entryId)
			.toList();
	}

	private Document page(String url, String viewer) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(url).with(this.accounts.as(viewer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}

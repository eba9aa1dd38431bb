package org.sprout.feedback;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.sprout.skills.SkillRepository;
import org.sprout.support.DemoAccounts;
import org.sprout.support.SproutTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Revisions are written when a transaction commits, so this test commits for real (no
 * test transaction).
 */
@SproutTest
class FeedbackRevisionsTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DemoAccounts accounts;

	@Autowired
	private FeedbackRepository entries;

	@Autowired
	private SkillRepository skills;

	@Test
	void theAuthorEditsAndTheSubjectSeesTheEarlierVersion() throws Exception {
		long skill = this.skills.findByRetiredFalseOrderByPositionAsc().get(0).getId();
		String url = this.mvc
			.perform(post("/feedback").with(this.accounts.as("maria"))
				.with(csrf())
				.param("about", String.valueOf(this.accounts.id("sam")))
				.param("observedOn", LocalDate.now().toString())
				.param("skillIds", String.valueOf(skill))
				.param("kind", "REINFORCING")
				.param("situation", "At the Monday demo")
				.param("behaviour", "ORIGINAL-MARKER you explained the trade-off.")
				.param("impact", "The team chose quickly.")
				.param("nextStep", "Keep explaining trade-offs.")
				.param("visibility", "SHARED"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(url.replace("/feedback/", ""));
		long version = this.entries.findById(id).orElseThrow().getVersion();
		this.mvc
			.perform(post("/feedback/{id}", id).with(this.accounts.as("maria"))
				.with(csrf())
				.param("about", String.valueOf(this.accounts.id("sam")))
				.param("version", String.valueOf(version))
				.param("observedOn", LocalDate.now().toString())
				.param("skillIds", String.valueOf(skill))
				.param("kind", "REINFORCING")
				.param("situation", "At the Monday demo")
				.param("behaviour", "EDITED-MARKER you explained the trade-off with numbers.")
				.param("impact", "The team chose quickly.")
				.param("nextStep", "Keep explaining trade-offs.")
				.param("visibility", "SHARED"))
			.andExpect(redirectedUrl("/feedback/" + id));

		this.mvc.perform(get("/feedback/{id}", id).with(this.accounts.as("sam")))
			.andExpect(content().string(containsString("EDITED-MARKER")))
			.andExpect(content().string(containsString("Edited")))
			.andExpect(content().string(containsString("See earlier versions")));
		this.mvc.perform(get("/feedback/{id}/revisions", id).with(this.accounts.as("sam")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 versions")))
			.andExpect(content().string(containsString("EDITED-MARKER")))
			.andExpect(content().string(containsString("ORIGINAL-MARKER")));
		this.mvc.perform(get("/feedback/{id}/revisions", id).with(this.accounts.as("lee")))
			.andExpect(status().isNotFound());
	}

	@Test
	void versionsWrittenWhileAnEntryWasAPrivateNoteStayTheAuthors() throws Exception {
		long skill = this.skills.findByRetiredFalseOrderByPositionAsc().get(0).getId();
		String url = this.mvc.perform(entry(post("/feedback"), skill, null, "PRIVATE-FIRST-MARKER", "PRIVATE_NOTE"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(url.replace("/feedback/", ""));
		long version = this.entries.findById(id).orElseThrow().getVersion();
		this.mvc.perform(entry(post("/feedback/{id}", id), skill, version, "PRIVATE-SECOND-MARKER", "PRIVATE_NOTE"))
			.andExpect(redirectedUrl("/feedback/" + id));
		this.mvc.perform(post("/feedback/{id}/share", id).with(this.accounts.as("maria")).with(csrf()))
			.andExpect(redirectedUrl("/feedback/" + id));

		// Sam and his mentor read the shared entry; what the note said before stays
		// Maria's. They see that it was edited while private, not what it said.
		this.mvc.perform(get("/feedback/{id}/revisions", id).with(this.accounts.as("sam")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("PRIVATE-SECOND-MARKER")))
			.andExpect(content().string(not(containsString("PRIVATE-FIRST-MARKER"))))
			.andExpect(content().string(containsString("written while the entry was a private note")));
		this.mvc.perform(get("/feedback/{id}/revisions", id).with(this.accounts.as("maria")))
			.andExpect(content().string(containsString("PRIVATE-FIRST-MARKER")))
			.andExpect(content().string(containsString("PRIVATE-SECOND-MARKER")));
	}

	private MockHttpServletRequestBuilder entry(MockHttpServletRequestBuilder request, long skill, Long version,
			String behaviour, String visibility) {
		request.with(this.accounts.as("maria"))
			.with(csrf())
			.param("about", String.valueOf(this.accounts.id("sam")))
			.param("observedOn", LocalDate.now().toString())
			.param("skillIds", String.valueOf(skill))
			.param("kind", "REINFORCING")
			.param("situation", "At the Monday demo")
			.param("behaviour", behaviour + " you explained the trade-off.")
			.param("impact", "The team chose quickly.")
			.param("nextStep", "Keep explaining trade-offs.")
			.param("visibility", visibility);
		if (version != null) {
			request.param("version", String.valueOf(version));
		}
		return request;
	}

}

package org.sprout.feedback;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.skills.SkillRepository;
import org.sprout.support.DemoAccounts;
import org.sprout.support.SproutTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The mentee's side of the loop: acknowledging, reflecting, commitments, editing with
 * revisions, sharing a private note, and who can read what.
 */
@SproutTest
@Transactional
class FeedbackConversationTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DemoAccounts accounts;

	@Autowired
	private FeedbackRepository entries;

	@Autowired
	private SkillRepository skills;

	@Test
	void onlyTheSubjectAcknowledgesAndTheAuthorSeesWhen() throws Exception {
		long id = give("maria", "sam", "SHARED", "Diplomacy");
		for (String other : new String[] { "maria", "lee", "priya", "admin" }) {
			int expected = other.equals("maria") ? 403 : 404;
			this.mvc.perform(post("/feedback/{id}/acknowledge", id).with(this.accounts.as(other)).with(csrf()))
				.andExpect(status().is(expected));
		}
		assertThat(this.entries.findById(id).orElseThrow().getAcknowledgedAt()).isNull();
		this.mvc.perform(post("/feedback/{id}/acknowledge", id).with(this.accounts.as("sam")).with(csrf()))
			.andExpect(redirectedUrl("/feedback/" + id));
		assertThat(this.entries.findById(id).orElseThrow().getAcknowledgedAt()).isNotNull();
		this.mvc.perform(get("/feedback/{id}", id).with(this.accounts.as("maria")))
			.andExpect(content().string(containsString("Sam Okafor acknowledged it on")));
	}

	@Test
	void theSubjectReflectsWithACommitmentShownToTheNextWriterOnThatSkill() throws Exception {
		long id = give("maria", "sam", "SHARED", "Diplomacy");
		this.mvc
			.perform(post("/feedback/{id}/reflection", id).with(this.accounts.as("sam"))
				.with(csrf())
				.param("reflection", "I see that I cut Lee off.")
				.param("intent", "I wanted to save time.")
				.param("commitment", "COMMIT-MARKER wait until people finish."))
			.andExpect(redirectedUrl("/feedback/" + id));
		FeedbackEntry reflected = this.entries.findById(id).orElseThrow();
		assertThat(reflected.getReflection()).isEqualTo("I see that I cut Lee off.");
		assertThat(reflected.getIntent()).isEqualTo("I wanted to save time.");
		assertThat(reflected.getAcknowledgedAt()).isNotNull();
		assertThat(reflected.hasOpenCommitment()).isTrue();

		// The author and the mentor see it on the dashboard; the commitment on the form.
		this.mvc.perform(get("/").with(this.accounts.as("maria")))
			.andExpect(content().string(containsString("I see that I cut Lee off.")));
		this.mvc.perform(get("/feedback/new").param("about", id("sam")).with(this.accounts.as("maria")))
			.andExpect(content().string(containsString("COMMIT-MARKER")));

		// New shared feedback on the same skill follows the commitment up.
		give("maria", "sam", "SHARED", "Diplomacy");
		assertThat(this.entries.findById(id).orElseThrow().hasOpenCommitment()).isFalse();
		this.mvc.perform(get("/feedback/new").param("about", id("sam")).with(this.accounts.as("maria")))
			.andExpect(content().string(not(containsString("COMMIT-MARKER"))));
	}

	@Test
	void theReflectionFormIsOpenAtFirstThenBehindALabelledToggle() throws Exception {
		long id = give("maria", "sam", "SHARED", "Diplomacy");
		org.jsoup.nodes.Document first = page(id, "sam");
		assertThat(first.select("form[action$=/reflection]")).hasSize(1);
		assertThat(first.select("details form[action$=/reflection]")).as("no toggle without a label").isEmpty();
		assertThat(first.select("#answer details")).allSatisfy(
				(details) -> assertThat(details.selectFirst("> summary")).as("every toggle has a label").isNotNull());
		this.mvc.perform(post("/feedback/{id}/reflection", id).with(this.accounts.as("sam"))
			.with(csrf())
			.param("reflection", "I see that I cut Lee off."));
		org.jsoup.nodes.Document answered = page(id, "sam");
		assertThat(answered.selectFirst("details.reflection-edit > summary").text()).isEqualTo("Edit my reflection");
		assertThat(answered.select("details.reflection-edit form[action$=/reflection]")).hasSize(1);
		assertThat(answered.selectFirst("details.reflection-edit").hasAttr("open")).isFalse();
	}

	@Test
	void aRefusedReflectionComesBackWithASummaryNamingItsFields() throws Exception {
		long id = give("maria", "sam", "SHARED", "Diplomacy");
		var refused = this.mvc
			.perform(post("/feedback/{id}/reflection", id).with(this.accounts.as("sam"))
				.with(csrf())
				.param("reflection", " "))
			.andReturn();
		String page = this.mvc
			.perform(get("/feedback/{id}", id).with(this.accounts.as("sam")).flashAttrs(refused.getFlashMap()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.jsoup.nodes.Element summary = org.jsoup.Jsoup.parse(page).getElementById("error-summary");
		assertThat(summary.hasAttr("autofocus")).isTrue();
		assertThat(summary.select("a[href=#reflection]").text()).isEqualTo("What I take from it: Please fill this in.");
	}

	private org.jsoup.nodes.Document page(long id, String who) throws Exception {
		return org.jsoup.Jsoup.parse(this.mvc.perform(get("/feedback/{id}", id).with(this.accounts.as(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void aReflectionNeedsTextAndOnlyTheSubjectWritesOne() throws Exception {
		long id = give("maria", "sam", "SHARED", "Diplomacy");
		this.mvc
			.perform(post("/feedback/{id}/reflection", id).with(this.accounts.as("sam"))
				.with(csrf())
				.param("reflection", " ")
				.param("commitment", "x".repeat(600)))
			.andExpect(redirectedUrl("/feedback/" + id + "#error-summary"));
		assertThat(this.entries.findById(id).orElseThrow().getReflection()).isNull();
		this.mvc
			.perform(post("/feedback/{id}/reflection", id).with(this.accounts.as("lee"))
				.with(csrf())
				.param("reflection", "Not mine"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/feedback/{id}/reflection", id).with(this.accounts.as("maria"))
				.with(csrf())
				.param("reflection", "Not mine"))
			.andExpect(status().isForbidden());
		assertThat(this.entries.findById(id).orElseThrow().getReflection()).isNull();
	}

	@Test
	void aStaleEditIsRefusedAndShowsTheNewerVersion() throws Exception {
		long id = give("maria", "sam", "SHARED", "Diplomacy");
		long version = this.entries.findById(id).orElseThrow().getVersion();
		this.mvc.perform(edit(id, "maria", version, "impact", "FIRST-SAVE")).andExpect(status().is3xxRedirection());
		this.mvc.perform(edit(id, "maria", version, "impact", "SECOND-SAVE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This entry was changed while you were editing it")))
			.andExpect(content().string(containsString("FIRST-SAVE")))
			.andExpect(content().string(containsString("SECOND-SAVE")));
		assertThat(this.entries.findById(id).orElseThrow().getImpact()).isEqualTo("FIRST-SAVE");
	}

	@Test
	void onlyTheAuthorEdits() throws Exception {
		long id = give("maria", "sam", "SHARED", "Diplomacy");
		long version = this.entries.findById(id).orElseThrow().getVersion();
		this.mvc.perform(get("/feedback/{id}/edit", id).with(this.accounts.as("sam")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/feedback/{id}/edit", id).with(this.accounts.as("lee"))).andExpect(status().isNotFound());
		this.mvc.perform(edit(id, "sam", version, "impact", "HIJACK")).andExpect(status().isForbidden());
		this.mvc.perform(edit(id, "priya", version, "impact", "HIJACK")).andExpect(status().isNotFound());
		this.mvc.perform(edit(id, "maria", version, "visibility", "PRIVATE_NOTE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Shared feedback stays shared")));
		assertThat(this.entries.findById(id).orElseThrow().getImpact()).doesNotContain("HIJACK");
	}

	@Test
	void aPrivateNoteBecomesSharedAfterAConfirmationNamingItsReaders() throws Exception {
		long id = give("maria", "sam", "PRIVATE_NOTE", "Diplomacy");
		this.mvc.perform(get("/feedback/{id}", id).with(this.accounts.as("sam"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/feedback/{id}/share", id).with(this.accounts.as("maria")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sam Okafor")))
			.andExpect(content().string(containsString("(the person it is about)")))
			.andExpect(content().string(containsString("(you, the author, their manager and mentor)")));
		this.mvc.perform(post("/feedback/{id}/share", id).with(this.accounts.as("sam")).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/feedback/{id}/share", id).with(this.accounts.as("maria")).with(csrf()))
			.andExpect(redirectedUrl("/feedback/" + id));
		this.mvc.perform(get("/feedback/{id}", id).with(this.accounts.as("sam"))).andExpect(status().isOk());
	}

	@Test
	void theFormSaysWhoWillReadTheEntry() throws Exception {
		this.mvc.perform(get("/feedback/new").param("about", id("lee")).with(this.accounts.as("maria")))
			.andExpect(content().string(containsString("Shared feedback will be read by:")))
			.andExpect(content().string(containsString("(the person it is about)")))
			.andExpect(content().string(containsString("(you, the author and their manager)")))
			.andExpect(content().string(containsString("A private note is read by you alone.")));
	}

	@Test
	void theSubjectFiltersToUnacknowledgedAndReflected() throws Exception {
		long unread = give("maria", "sam", "SHARED", "Diplomacy");
		this.mvc
			.perform(get("/people/{id}/feedback", id("sam")).param("unacknowledged", "true")
				.with(this.accounts.as("sam")))
			.andExpect(status().isOk());
		var page = (org.springframework.data.domain.Page<?>) this.mvc
			.perform(get("/people/{id}/feedback", id("sam")).param("unacknowledged", "true")
				.with(this.accounts.as("sam")))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("page");
		assertThat(page.getContent()).allMatch((e) -> ((FeedbackEntry) e).getAcknowledgedAt() == null)
			.anyMatch((e) -> ((FeedbackEntry) e).getId() == unread);
		var reflected = (org.springframework.data.domain.Page<?>) this.mvc
			.perform(get("/people/{id}/feedback", id("sam")).param("reflected", "true").with(this.accounts.as("sam")))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("page");
		assertThat(reflected.getContent()).isNotEmpty().allMatch((e) -> ((FeedbackEntry) e).getReflection() != null);
	}

	private long give(String author, String subject, String visibility, String skill) throws Exception {
		String url = this.mvc
			.perform(post("/feedback").with(this.accounts.as(author))
				.with(csrf())
				.param("about", id(subject))
				.param("observedOn", LocalDate.now().toString())
				.param("skillIds", String.valueOf(skill(skill)))
				.param("kind", "REDIRECTING")
				.param("situation", "In Tuesday's planning meeting")
				.param("behaviour", "You asked each person for their estimate before giving yours.")
				.param("impact", "The quieter engineers spoke up.")
				.param("nextStep", "Keep asking the quietest person first.")
				.param("visibility", visibility))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(url.replace("/feedback/", ""));
	}

	private MockHttpServletRequestBuilder edit(long id, String user, long version, String... overrides) {
		FeedbackEntry entry = this.entries.findForPage(id).orElseThrow();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("about", String.valueOf(entry.getSubject().getId()));
		fields.put("version", String.valueOf(version));
		fields.put("observedOn", entry.getObservedOn().toString());
		fields.put("skillIds", String.valueOf(entry.getSkills().iterator().next().getId()));
		fields.put("kind", entry.getKind().name());
		fields.put("situation", entry.getSituation());
		fields.put("behaviour", entry.getBehaviour());
		fields.put("impact", entry.getImpact());
		fields.put("nextStep", entry.getNextStep());
		fields.put("visibility", entry.getVisibility().name());
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/feedback/{id}", id).with(this.accounts.as(user)).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	private String id(String username) {
		return String.valueOf(this.accounts.id(username));
	}

	private long skill(String name) {
		return this.skills.findAllByOrderByPositionAsc()
			.stream()
			.filter((s) -> s.getName().equals(name))
			.findFirst()
			.orElseThrow()
			.getId();
	}

}

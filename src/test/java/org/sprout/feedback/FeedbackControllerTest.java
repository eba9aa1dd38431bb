package org.sprout.feedback;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.projects.ProjectRepository;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Logging feedback and reading one entry, through the real controllers, policy and
 * database.
 */
@SproutTest
@Transactional
class FeedbackControllerTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DemoAccounts accounts;

	@Autowired
	private FeedbackRepository entries;

	@Autowired
	private SkillRepository skills;

	@Autowired
	private ProjectRepository projects;

	@Test
	void managerOpensTheFormForHerReport() throws Exception {
		this.mvc.perform(get("/feedback/new").param("about", id("sam")).with(this.accounts.as("maria")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Feedback for Sam Okafor")))
			.andExpect(content().string(containsString("Good listening")))
			.andExpect(content().string(containsString("Onboarding revamp")))
			.andExpect(content().string(containsString("value=\"" + LocalDate.now() + "\"")));
	}

	@Test
	void savedFeedbackIsStoredAsWrittenAndShown() throws Exception {
		long before = this.entries.count();
		MvcResult result = this.mvc.perform(valid("maria", "sam", "behaviour", "  You asked Lee first.  "))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/feedback/*"))
			.andReturn();
		assertThat(this.entries.count()).isEqualTo(before + 1);
		long id = Long.parseLong(result.getResponse().getRedirectedUrl().replace("/feedback/", ""));
		FeedbackEntry saved = this.entries.findForPage(id).orElseThrow();
		assertThat(saved.getAuthor().getUsername()).isEqualTo("maria");
		assertThat(saved.getSubject().getUsername()).isEqualTo("sam");
		assertThat(saved.getBehaviour()).isEqualTo("You asked Lee first.");
		assertThat(saved.getKind()).isEqualTo(FeedbackKind.REINFORCING);
		assertThat(saved.getVisibility()).isEqualTo(Visibility.SHARED);
		assertThat(saved.getSkills()).extracting("name").containsExactly("Good listening");

		this.mvc.perform(get("/feedback/{id}", id).with(this.accounts.as("sam")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You asked Lee first.")))
			.andExpect(content().string(containsString("Maria Alvarez")));
	}

	@Test
	void missingBehaviourComesBackWithAMessageAndKeepsTheText() throws Exception {
		long before = this.entries.count();
		this.mvc.perform(valid("maria", "sam", "behaviour", "   ", "situation", "At the retro on Friday"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please check the highlighted fields")))
			.andExpect(content().string(containsString("id=\"behaviour-error\"")))
			.andExpect(content().string(containsString("Please fill this in.")))
			.andExpect(content().string(containsString("At the retro on Friday")));
		assertThat(this.entries.count()).isEqualTo(before);
	}

	@Test
	void oversizedFieldIsRefusedWithItsLimit() throws Exception {
		long before = this.entries.count();
		this.mvc.perform(valid("maria", "sam", "impact", "x".repeat(10_000)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Keep this under 1,000 characters")));
		assertThat(this.entries.count()).isEqualTo(before);
	}

	@Test
	void futureAndMalformedDatesAreRefused() throws Exception {
		this.mvc.perform(valid("maria", "sam", "observedOn", LocalDate.now().plusDays(1).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose today or a day in the past.")));
		this.mvc.perform(valid("maria", "sam", "observedOn", "31/02/2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a date as yyyy-mm-dd.")));
	}

	@Test
	void unknownProjectSkillOrKindIsRefusedNextToTheField() throws Exception {
		long before = this.entries.count();
		this.mvc.perform(valid("maria", "sam", "projectId", "999999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose one of this person’s projects")));
		this.mvc.perform(valid("maria", "sam", "skillIds", "999999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose skills from the list.")));
		this.mvc.perform(valid("maria", "sam", "skillIds", "abc", "kind", "SHOUTING"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"kind-error\"")));
		this.mvc.perform(valid("maria", "sam", "projectId", String.valueOf(projectNotOf("sam"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose one of this person’s projects")));
		assertThat(this.entries.count()).isEqualTo(before);
	}

	@Test
	void peopleWithoutARelationCannotGiveFeedback() throws Exception {
		long before = this.entries.count();
		this.mvc.perform(get("/feedback/new").param("about", id("sam")).with(this.accounts.as("priya")))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("people you manage, mentor or sponsor")));
		this.mvc.perform(valid("priya", "sam")).andExpect(status().isForbidden());
		this.mvc.perform(valid("lee", "sam")).andExpect(status().isForbidden());
		this.mvc.perform(valid("sam", "sam")).andExpect(status().isForbidden());
		assertThat(this.entries.count()).isEqualTo(before);
	}

	@Test
	void unknownSubjectIsNotFound() throws Exception {
		this.mvc.perform(get("/feedback/new").param("about", "999999").with(this.accounts.as("maria")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/feedback/new").with(this.accounts.as("maria"))).andExpect(status().isNotFound());
		this.mvc.perform(valid("maria", "sam", "about", "999999")).andExpect(status().isNotFound());
	}

	@Test
	void postWithoutCsrfTokenIsRefusedAndSavesNothing() throws Exception {
		long before = this.entries.count();
		this.mvc.perform(post("/feedback").param("about", id("sam")).with(this.accounts.as("maria")))
			.andExpect(status().isForbidden());
		assertThat(this.entries.count()).isEqualTo(before);
	}

	@Test
	void privateNoteIsReadByItsAuthorOnly() throws Exception {
		MvcResult result = this.mvc
			.perform(valid("maria", "sam", "visibility", "PRIVATE_NOTE", "behaviour", "PRIVATE-MARKER"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String url = result.getResponse().getRedirectedUrl();
		this.mvc.perform(get(url).with(this.accounts.as("maria")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("PRIVATE-MARKER")))
			.andExpect(content().string(containsString("Private note")));
		for (String other : new String[] { "sam", "lee", "priya", "admin" }) {
			this.mvc.perform(get(url).with(this.accounts.as(other)))
				.andExpect(status().isNotFound())
				.andExpect(content().string(not(containsString("PRIVATE-MARKER"))));
		}
		this.mvc.perform(get("/people/{id}/feedback", id("sam")).with(this.accounts.as("sam")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("PRIVATE-MARKER"))));
	}

	@Test
	void sharedEntryIsHiddenFromPeopleOutsideTheCircle() throws Exception {
		String url = this.mvc.perform(valid("maria", "sam", "behaviour", "SHARED-MARKER"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(url).with(this.accounts.as("sam"))).andExpect(status().isOk());
		for (String other : new String[] { "lee", "priya", "admin" }) {
			this.mvc.perform(get(url).with(this.accounts.as(other))).andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/feedback/999999").with(this.accounts.as("maria"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/feedback/abc").with(this.accounts.as("maria"))).andExpect(status().isBadRequest());
	}

	/**
	 * A valid form post, with some fields replaced by {@code overrides} (name, value,
	 * ...).
	 */
	private MockHttpServletRequestBuilder valid(String author, String subject, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("about", id(subject));
		fields.put("observedOn", LocalDate.now().minusDays(1).toString());
		fields.put("skillIds", String.valueOf(skill("Good listening")));
		fields.put("kind", "REINFORCING");
		fields.put("situation", "In Tuesday's planning meeting");
		fields.put("behaviour", "You asked each person for their estimate before giving yours.");
		fields.put("impact", "The quieter engineers spoke up and the plan had fewer surprises.");
		fields.put("nextStep", "Keep asking the quietest person first.");
		fields.put("visibility", "SHARED");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/feedback").with(this.accounts.as(author)).with(csrf());
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

	private long projectNotOf(String username) {
		long personId = this.accounts.id(username);
		var own = this.projects.projectsOf(personId).stream().map((p) -> p.getId()).toList();
		return this.projects.findAll()
			.stream()
			.map((p) -> p.getId())
			.filter((id) -> !own.contains(id))
			.findFirst()
			.orElseThrow();
	}

}

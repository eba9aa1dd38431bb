package org.sprout.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.feedback.FeedbackRepository;
import org.sprout.people.Person;
import org.sprout.skills.SkillRepository;
import org.sprout.support.DemoAccounts;
import org.sprout.support.SproutTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A stretch project from PLANNED to DONE: the safe space before it starts, the cadence
 * while it runs, the retrospective and the closing feedback at the end.
 */
@SproutTest
@Transactional
class ProjectLifecycleWebTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DemoAccounts accounts;

	@Autowired
	private ProjectRepository projects;

	@Autowired
	private SkillRepository skills;

	@Autowired
	private FeedbackRepository feedback;

	@Test
	void aProjectStartsOnlyWithASafeSpaceAgreement() throws Exception {
		long id = plannedProjectForPriya(null);
		this.mvc.perform(activate("maria", id, " ", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Write the safe-space agreement first")));
		assertThat(this.projects.findById(id).orElseThrow().getStatus()).isEqualTo(ProjectStatus.PLANNED);
		this.mvc.perform(activate("maria", id, "A design doc nobody adopts costs nothing.", "400"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a number of days from 1 to 365.")))
			.andExpect(content().string(containsString("value=\"400\"")));
		this.mvc.perform(activate("priya", id, "A design doc nobody adopts costs nothing.", "7"))
			.andExpect(redirectedUrl("/projects/" + id));
		Project active = this.projects.findById(id).orElseThrow();
		assertThat(active.getStatus()).isEqualTo(ProjectStatus.ACTIVE);
		assertThat(active.getCadenceDays()).isEqualTo(7);
		assertThat(active.getSafeSpace()).isEqualTo("A design doc nobody adopts costs nothing.");
		Document page = page(get("/projects/{id}", id), "maria");
		assertThat(page.text()).contains("Feedback to Priya Raman every 7 days.", "On track");
		// A member sees the project, not how much feedback its lead gets.
		assertThat(page(get("/projects/{id}", id), "lee").text()).contains("A design doc nobody adopts")
			.doesNotContain("every 7 days", "On track")
			.contains("How much feedback the lead gets is seen by the lead, the sponsor");
		// Starting it again is refused with a message, not an error.
		this.mvc.perform(activate("maria", id, "Again", ""))
			.andExpect(redirectedUrl("/projects/" + id))
			.andExpect(flash().attribute("flashError", "project.activate.notPlanned"));
		assertThat(this.projects.findById(id).orElseThrow().getSafeSpace())
			.isEqualTo("A design doc nobody adopts costs nothing.");
	}

	@Test
	void onlyTheSponsorOrTheLeadSteersAProject() throws Exception {
		long id = plannedProjectForPriya("Whatever breaks can be rebuilt in a day.");
		this.mvc.perform(activate("lee", id, "Mine now", "")).andExpect(status().isForbidden());
		this.mvc.perform(post("/projects/{id}/close", id).with(this.accounts.as("lee")).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.projects.findById(id).orElseThrow().getStatus()).isEqualTo(ProjectStatus.PLANNED);
		assertThat(page(get("/projects/{id}", id), "lee").select("form[action$=/activate]")).isEmpty();
		assertThat(page(get("/projects/{id}", id), "priya").select("form[action$=/activate]")).hasSize(1);
	}

	@Test
	void theFeedbackFormShowsTheSafeSpaceOfTheLinkedProject() throws Exception {
		long id = plannedProjectForPriya(null);
		this.mvc.perform(activate("maria", id, "Skipping a weekly sync to try async updates is fine.", ""));
		Document form = page(get("/feedback/new").param("about", String.valueOf(this.accounts.id("priya")))
			.param("project", String.valueOf(id)), "maria");
		assertThat(form.selectFirst("#projectId option[selected]").attr("value")).isEqualTo(String.valueOf(id));
		var note = form.selectFirst(".safe-space-notes [data-project=" + id + "]");
		assertThat(note.text()).contains("Safe space on Architecture review guild",
				"Skipping a weekly sync to try async updates is fine.");
		assertThat(note.hasAttr("hidden")).isFalse();
	}

	@Test
	void closingAsksTheSponsorForFeedbackAndTheLeadForARetrospective() throws Exception {
		long priya = this.accounts.id("priya");
		long id = plannedProjectForPriya(null);
		this.mvc.perform(activate("maria", id, "Trying a new review format may fail.", ""));
		// Feedback while the project runs is not its closing feedback.
		this.mvc.perform(feedbackOn(id, "you opened the first guild review with the goal"))
			.andExpect(status().is3xxRedirection());
		// Maria is only Priya's sponsor: closing sends her to the closing feedback.
		this.mvc.perform(post("/projects/{id}/close", id).with(this.accounts.as("maria")).with(csrf()))
			.andExpect(redirectedUrl("/feedback/new?about=" + priya + "&project=" + id));
		assertThat(this.projects.findById(id).orElseThrow().getStatus()).isEqualTo(ProjectStatus.DONE);
		assertThat(this.projects.findById(id).orElseThrow().getEndDate()).isEqualTo(LocalDate.now());
		assertThat(page(get("/projects/{id}", id), "maria").text()).contains("Write closing feedback")
			.doesNotContain("Your closing feedback is written.");
		long entries = this.feedback.count();
		this.mvc.perform(feedbackOn(id, "you asked each team to name one risk before deciding"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.feedback.count()).isEqualTo(entries + 1);
		Document sponsorView = page(get("/projects/{id}", id), "maria");
		assertThat(sponsorView.text()).contains("Your closing feedback is written.");
		// Closing twice is refused kindly.
		this.mvc.perform(post("/projects/{id}/close", id).with(this.accounts.as("priya")).with(csrf()))
			.andExpect(redirectedUrl("/projects/" + id));
		// Priya is asked for her part.
		var told = page(get("/notifications"), "priya")
			.selectFirst("ul.notifications li:contains(write your retrospective)");
		assertThat(told.text()).contains("Maria Alvarez closed Architecture review guild: write your retrospective.");
		this.mvc
			.perform(post(told.selectFirst("form[action$=/open]").attr("action")).with(this.accounts.as("priya"))
				.with(csrf()))
			.andExpect(redirectedUrl("/projects/" + id + "#retrospective-form"));
		// The retrospective: the lead's, required, then in her history.
		this.mvc.perform(retrospective("maria", id, "Not mine to write")).andExpect(status().isForbidden());
		this.mvc.perform(retrospective("priya", id, " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please fill this in.")));
		this.mvc.perform(retrospective("priya", id, "Asking before telling got the guild to decide faster."))
			.andExpect(redirectedUrl("/projects/" + id));
		Document history = page(get("/people/{id}/feedback", priya), "priya");
		assertThat(history.select("section[aria-labelledby=retrospectives]").text())
			.contains("Architecture review guild", "Asking before telling got the guild to decide faster.");
		assertThat(history.text()).contains("you asked each team to name one risk before deciding");
	}

	@Test
	void oncePriyaSavesHerRetrospectiveNeitherTheNextStepBoxNorItsNotificationAsksForItAgain() throws Exception {
		long id = plannedProjectForPriya(null);
		this.mvc.perform(activate("maria", id, "Trying a new review format may fail.", ""));
		this.mvc.perform(post("/projects/{id}/close", id).with(this.accounts.as("maria")).with(csrf()));
		Document before = page(get("/projects/{id}", id), "priya");
		assertThat(before.select(".lifecycle h2").text()).isEqualTo("Next step");
		assertThat(before.select("#retrospective-form")).hasSize(1);
		assertThat(page(get("/notifications"), "priya").select("li.unread").text())
			.contains("Maria Alvarez closed Architecture review guild: write your retrospective.");

		this.mvc.perform(retrospective("priya", id, "Asking before telling got the guild to decide faster."))
			.andExpect(redirectedUrl("/projects/" + id));
		Document after = page(get("/projects/{id}", id), "priya");
		assertThat(after.select(".lifecycle")).as("nothing is left for the lead to do").isEmpty();
		assertThat(after.select("#retrospective-form")).isEmpty();
		assertThat(after.text()).contains("Asking before telling got the guild to decide faster.");
		Document told = page(get("/notifications"), "priya");
		assertThat(told.text()).contains("write your retrospective");
		assertThat(told.select("li.unread").text()).doesNotContain("write your retrospective");
		// The sponsor still has hers to do.
		assertThat(page(get("/projects/{id}", id), "maria").select(".lifecycle").text())
			.contains("Write closing feedback");
	}

	@ParameterizedTest(name = "closed {0} days ago: the sponsor may write feedback={1}")
	@CsvSource({ "0, true", "30, true", "31, false", "200, false" })
	void theSponsorWritesClosingFeedbackForThirtyDays(int daysAgo, boolean allowed) throws Exception {
		long id = plannedProjectForPriya("Anything may fail.");
		Project project = this.projects.findById(id).orElseThrow();
		project.activate("Anything may fail.", null, LocalDate.now().minusDays(daysAgo + 60));
		project.close(LocalDate.now().minusDays(daysAgo), Instant.now().minus(daysAgo, ChronoUnit.DAYS));
		this.projects.flush();
		this.mvc
			.perform(get("/feedback/new").param("about", String.valueOf(this.accounts.id("priya")))
				.with(this.accounts.as("maria")))
			.andExpect(allowed ? status().isOk() : status().isForbidden());
	}

	@Test
	void theSponsorOrLeadEditsTheProjectButNotItsLeadSponsorOrStatus() throws Exception {
		long id = plannedProjectForPriya("Anything may fail.");
		long version = this.projects.findById(id).orElseThrow().getVersion();
		Document form = page(get("/projects/{id}/edit", id), "priya");
		assertThat(form.selectFirst("#name").attr("value")).isEqualTo("Architecture review guild");
		assertThat(form.select("select[name=memberIds] option[selected]").eachAttr("value"))
			.containsExactly(String.valueOf(this.accounts.id("lee")));
		this.mvc
			.perform(edit("priya", id, version, "name", "Design review guild", "memberIds",
					String.valueOf(this.accounts.id("sam")), "leadId", String.valueOf(this.accounts.id("lee")),
					"cadenceDays", "10"))
			.andExpect(redirectedUrl("/projects/" + id));
		Project saved = this.projects.findById(id).orElseThrow();
		assertThat(saved.getName()).isEqualTo("Design review guild");
		assertThat(saved.getMembers()).extracting(Person::getUsername).containsExactly("sam");
		assertThat(saved.getLead().getUsername()).isEqualTo("priya");
		assertThat(saved.getCadenceDays()).isEqualTo(10);
		assertThat(saved.getStatus()).isEqualTo(ProjectStatus.PLANNED);
		// Someone else's edit, or one from an old version, is refused.
		this.mvc.perform(edit("lee", id, saved.getVersion())).andExpect(status().isForbidden());
		this.mvc.perform(get("/projects/{id}/edit", id).with(this.accounts.as("lee")))
			.andExpect(status().isForbidden());
		this.mvc.perform(edit("maria", id, version, "name", "Stale"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone saved this project while you were editing it.")));
		assertThat(this.projects.findById(id).orElseThrow().getName()).isEqualTo("Design review guild");
	}

	@Test
	void aStartedProjectKeepsItsSafeSpaceAndAFinishedOneStaysAsItWas() throws Exception {
		long id = plannedProjectForPriya(null);
		this.mvc.perform(activate("maria", id, "Trying a new format may fail.", ""));
		this.projects.flush();
		long version = this.projects.findById(id).orElseThrow().getVersion();
		this.mvc.perform(edit("maria", id, version, "safeSpace", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A started project keeps its safe-space agreement")));
		this.mvc.perform(post("/projects/{id}/close", id).with(this.accounts.as("maria")).with(csrf()));
		this.mvc.perform(get("/projects/{id}/edit", id).with(this.accounts.as("maria")))
			.andExpect(status().isForbidden());
	}

	@Test
	void whenTheLeadClosesTheSponsorIsAskedForClosingFeedback() throws Exception {
		long id = plannedProjectForPriya(null);
		this.mvc.perform(activate("priya", id, "Anything may fail.", ""));
		this.mvc.perform(post("/projects/{id}/close", id).with(this.accounts.as("priya")).with(csrf()))
			.andExpect(redirectedUrl("/projects/" + id + "#retrospective-form"));
		assertThat(page(get("/notifications"), "maria").selectFirst("ul.notifications li").text())
			.contains("Priya Raman closed Architecture review guild: write your closing feedback.");
	}

	@Test
	void aRetrospectiveWaitsUntilTheProjectIsDone() throws Exception {
		long id = plannedProjectForPriya("Anything may fail.");
		this.mvc.perform(retrospective("priya", id, "Too early")).andExpect(status().isForbidden());
		assertThat(this.projects.findById(id).orElseThrow().getRetrospective()).isNull();
	}

	private long plannedProjectForPriya(String safeSpace) {
		Project project = new Project("Architecture review guild", this.accounts.person("priya"),
				this.accounts.person("maria"));
		project.setGoal("Teams settle cross-cutting design questions in one meeting.");
		project.setSafeSpace(safeSpace);
		project.getFocusSkills().add(this.skills.findByRetiredFalseOrderByPositionAsc().get(4));
		project.getMembers().add(this.accounts.person("lee"));
		return this.projects.saveAndFlush(project).getId();
	}

	private MockHttpServletRequestBuilder activate(String user, long id, String safeSpace, String cadence) {
		return post("/projects/{id}/activate", id).with(this.accounts.as(user))
			.with(csrf())
			.param("safeSpace", safeSpace)
			.param("cadenceDays", cadence);
	}

	/**
	 * A valid edit of the guild project, from the given version, with some fields
	 * replaced by {@code overrides} (name, value, name, value …).
	 */
	private MockHttpServletRequestBuilder edit(String user, long id, long version, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("version", String.valueOf(version));
		fields.put("name", "Architecture review guild");
		fields.put("goal", "Teams settle cross-cutting design questions in one meeting.");
		fields.put("leadId", String.valueOf(this.accounts.id("priya")));
		fields.put("sponsorId", String.valueOf(this.accounts.id("maria")));
		fields.put("focusSkillIds", String.valueOf(this.skills.findByRetiredFalseOrderByPositionAsc().get(4).getId()));
		fields.put("safeSpace", "Anything may fail.");
		fields.put("startDate", LocalDate.now().toString());
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/projects/{id}", id).with(this.accounts.as(user)).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	private MockHttpServletRequestBuilder feedbackOn(long projectId, String behaviour) {
		return post("/feedback").with(this.accounts.as("maria"))
			.with(csrf())
			.param("about", String.valueOf(this.accounts.id("priya")))
			.param("projectId", String.valueOf(projectId))
			.param("observedOn", LocalDate.now().toString())
			.param("skillIds", String.valueOf(this.skills.findByRetiredFalseOrderByPositionAsc().get(4).getId()))
			.param("kind", "REINFORCING")
			.param("visibility", "SHARED")
			.param("situation", "In the last guild review on Friday")
			.param("behaviour", behaviour)
			.param("impact", "three teams agreed on the API change in one meeting")
			.param("nextStep", "Run the next cross-team review the same way and write the decision down.");
	}

	private MockHttpServletRequestBuilder retrospective(String user, long id, String text) {
		return post("/projects/{id}/retrospective", id).with(this.accounts.as(user))
			.with(csrf())
			.param("retrospective", text);
	}

	private Document page(MockHttpServletRequestBuilder request, String user) throws Exception {
		return Jsoup.parse(this.mvc.perform(request.with(this.accounts.as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}

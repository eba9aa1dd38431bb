package org.sprout.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.feedback.Growing;
import org.sprout.projects.Project;
import org.sprout.projects.ProjectRepository;
import org.sprout.skills.SkillRepository;
import org.sprout.support.DemoAccounts;
import org.sprout.support.SproutTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard's list of the people a manager or mentor grows: each row shows the
 * person's open commitments and the open requests between the two, and opens the feedback
 * form in one click.
 */
@SproutTest
@Transactional
class GrowingListTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DemoAccounts accounts;

	@Autowired
	private SkillRepository skills;

	@Autowired
	private ProjectRepository projects;

	@Autowired
	private Growing growing;

	@Test
	void eachRowShowsOpenCommitmentsAndOpenRequestsBetweenViewerAndPerson() throws Exception {
		long entry = giveSamFeedback();
		this.mvc
			.perform(post("/feedback/{id}/reflection", entry).with(this.accounts.as("sam"))
				.with(csrf())
				.param("reflection", "I see it.")
				.param("commitment", "ROW-COMMITMENT wait until people finish."))
			.andExpect(status().is3xxRedirection());
		ask("sam", "maria", "ROW-QUESTION-1 How did my demo go?");
		ask("maria", "lee", "ROW-QUESTION-2 How is my coaching?");
		ask("lee", "priya", "ROW-QUESTION-3 Not between Maria and Lee.");

		Document page = dashboardOf("maria");
		Element sam = row(page, "Sam Okafor");
		assertThat(sam.text()).contains("Next time I will ROW-COMMITMENT wait until people finish.",
				"Sam Okafor asked you for feedback.");
		assertThat(sam.select("a:contains(ROW-COMMITMENT)").attr("href")).isEqualTo("/feedback/" + entry);
		assertThat(sam.select("a:contains(Answer with feedback)").attr("href")).startsWith("/feedback/new?request=");
		assertThat(sam.select("a[aria-label='Give feedback to Sam Okafor']").attr("href"))
			.isEqualTo("/feedback/new?about=" + this.accounts.id("sam"));
		Element lee = row(page, "Lee Chen");
		assertThat(lee.text()).contains("You asked Lee Chen for feedback; not answered yet.")
			.doesNotContain("ROW-COMMITMENT", "asked you");
		assertThat(page.text()).doesNotContain("Not between Maria and Lee");
	}

	@Test
	void aRowListsTheNewestThreeCommitmentsAndLeadsToTheRest() throws Exception {
		List<Long> entries = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			entries.add(giveSamFeedback());
		}
		for (int i = 0; i < entries.size(); i++) {
			this.mvc
				.perform(post("/feedback/{id}/reflection", entries.get(i)).with(this.accounts.as("sam"))
					.with(csrf())
					.param("reflection", "I see it.")
					.param("commitment", "MANY-COMMITMENT-" + i))
				.andExpect(status().is3xxRedirection());
		}

		Element sam = row(dashboardOf("maria"), "Sam Okafor");
		assertThat(sam.select("a:contains(MANY-COMMITMENT)")).extracting(Element::text)
			.containsExactly("Next time I will MANY-COMMITMENT-4", "Next time I will MANY-COMMITMENT-3",
					"Next time I will MANY-COMMITMENT-2");
		Element more = sam.selectFirst("a:contains(more, in their history)");
		assertThat(more.attr("href")).isEqualTo("/people/" + this.accounts.id("sam") + "/feedback?reflected=true");
		// Two of the five, and whatever the demo gave Sam before.
		assertThat(Integer.parseInt(more.text().replaceAll("\\D", ""))).isGreaterThanOrEqualTo(2);
	}

	@Test
	void theLeadOfAnActiveProjectIsDueAtTheProjectsCadence() throws Exception {
		// Priya neither reports to Maria nor is her mentee; Maria sponsors her project,
		// which asks for feedback every 3 days and started 10 days ago.
		Project project = new Project("Cadence guild", this.accounts.person("priya"), this.accounts.person("maria"));
		project.setGoal("A rhythm of feedback.");
		project.activate("Anything may fail.", 3, LocalDate.now().minusDays(10));
		this.projects.saveAndFlush(project);
		Element priya = row(dashboardOf("maria"), "Priya Raman");
		assertThat(priya.text()).contains("Leads a project you sponsor", "Overdue by 7 days");
		assertThat(this.growing.of(this.accounts.id("maria")))
			.filteredOn((row) -> row.personId() == this.accounts.id("priya"))
			.singleElement()
			.satisfies((row) -> assertThat(row.daysOverdue()).isEqualTo(7));
		// Closed, the project no longer sets a rhythm.
		project.close(LocalDate.now(), Instant.now());
		this.projects.flush();
		assertThat(dashboardOf("maria").text()).doesNotContain("Leads a project you sponsor");
	}

	@Test
	void aSponsorWhoIsNeitherManagerNorMentorReadsNoneOfTheLeadsAnswersToOthers() throws Exception {
		// Maria sponsors Priya's active project; Dana, Priya's manager, gives Priya
		// shared
		// feedback, and Priya answers it with a reflection and a commitment. Only Priya,
		// Dana and Priya's mentors read that entry and its answers; Maria is due
		// feedback to Priya, so Priya is on her list, without what others wrote.
		Project project = new Project("Sponsored only", this.accounts.person("priya"), this.accounts.person("maria"));
		project.setGoal("A sponsor is not a reader.");
		project.activate("Anything may fail.", null, LocalDate.now().minusDays(2));
		this.projects.saveAndFlush(project);
		long entry = giveFeedback("dana", "priya");
		this.mvc
			.perform(post("/feedback/{id}/reflection", entry).with(this.accounts.as("priya"))
				.with(csrf())
				.param("reflection", "SPONSOR-LEAK-REFLECTION I rushed it.")
				.param("commitment", "SPONSOR-LEAK-COMMITMENT wait for answers."))
			.andExpect(status().is3xxRedirection());

		Document maria = dashboardOf("maria");
		assertThat(row(maria, "Priya Raman").text()).contains("Leads a project you sponsor");
		assertThat(maria.text()).doesNotContain("SPONSOR-LEAK");
		this.mvc.perform(get("/feedback/{id}", entry).with(this.accounts.as("maria"))).andExpect(status().isNotFound());
		// Dana, who wrote it, reads the answers.
		assertThat(dashboardOf("dana").text()).contains("SPONSOR-LEAK-REFLECTION");
	}

	@Test
	void aLeadSeesTheProjectsTheyLeadUntilTheRetrospectiveIsWritten() throws Exception {
		Element leading = dashboardOf("sam").selectFirst("section[aria-labelledby=leading-heading]");
		assertThat(leading.text()).contains("Onboarding revamp", "Active", "Safe space: The order and format");
		Project onboarding = this.projects.projectsOf(this.accounts.id("sam"))
			.stream()
			.filter((p) -> p.getName().equals("Onboarding revamp"))
			.findFirst()
			.orElseThrow();
		onboarding.close(LocalDate.now(), Instant.now());
		this.projects.flush();
		assertThat(dashboardOf("sam").select("section[aria-labelledby=leading-heading] a.btn").text())
			.isEqualTo("Write your retrospective");
		onboarding.writeRetrospective("Asking beats telling.");
		this.projects.flush();
		assertThat(dashboardOf("sam").select("section[aria-labelledby=leading-heading]")).isEmpty();
		assertThat(dashboardOf("lee").select("section[aria-labelledby=leading-heading]")).isEmpty();
	}

	@Test
	void whoGrowsNobodySeesNoList() throws Exception {
		assertThat(dashboardOf("lee").select("#growing-heading")).isEmpty();
	}

	private Document dashboardOf(String who) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/").with(this.accounts.as(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static Element row(Document page, String name) {
		return page.select("section[aria-labelledby=growing-heading] li.list-group-item")
			.stream()
			.filter((li) -> li.select("a.fw-semibold").text().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private void ask(String who, String whom, String question) throws Exception {
		this.mvc
			.perform(post("/requests").with(this.accounts.as(who))
				.with(csrf())
				.param("recipientIds", String.valueOf(this.accounts.id(whom)))
				.param("question", question))
			.andExpect(status().is3xxRedirection());
	}

	private long giveSamFeedback() throws Exception {
		return giveFeedback("maria", "sam");
	}

	private long giveFeedback(String author, String subject) throws Exception {
		String url = this.mvc
			.perform(post("/feedback").with(this.accounts.as(author))
				.with(csrf())
				.param("about", String.valueOf(this.accounts.id(subject)))
				.param("observedOn", LocalDate.now().toString())
				.param("skillIds", String.valueOf(this.skills.findByRetiredFalseOrderByPositionAsc().get(0).getId()))
				.param("kind", "REDIRECTING")
				.param("situation", "In Tuesday's planning meeting")
				.param("behaviour", "You finished people's sentences for them.")
				.param("impact", "Two engineers stopped offering estimates.")
				.param("nextStep", "Try waiting three seconds before you answer.")
				.param("visibility", "SHARED"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(url.replace("/feedback/", ""));
	}

}

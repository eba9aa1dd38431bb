package org.sprout.projects;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SproutTest
@Transactional
class ProjectControllerTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DemoAccounts accounts;

	@Autowired
	private ProjectRepository projects;

	@Autowired
	private SkillRepository skills;

	@Test
	void everyoneSeesTheProjectsAndAProjectPage() throws Exception {
		this.mvc.perform(get("/projects").with(this.accounts.as("lee")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Onboarding revamp")))
			.andExpect(content().string(not(containsString("New project"))));
		Project onboarding = this.projects.findAll()
			.stream()
			.filter((p) -> p.getName().equals("Onboarding revamp"))
			.findFirst()
			.orElseThrow();
		this.mvc.perform(get("/projects/{id}", onboarding.getId()).with(this.accounts.as("priya")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sam Okafor")))
			.andExpect(content().string(containsString("Maria Alvarez")))
			.andExpect(content().string(containsString("Lee Chen")))
			.andExpect(content().string(containsString("Safe-space agreement")))
			.andExpect(content().string(containsString("a session that falls flat costs nothing")))
			.andExpect(content().string(containsString("Active")));
		this.mvc.perform(get("/projects/999999").with(this.accounts.as("maria"))).andExpect(status().isNotFound());
	}

	@Test
	void aMentorCreatesAProject() throws Exception {
		this.mvc.perform(get("/projects").with(this.accounts.as("maria")))
			.andExpect(content().string(containsString("New project")));
		this.mvc.perform(get("/projects/new").with(this.accounts.as("maria"))).andExpect(status().isOk());
		long before = this.projects.count();
		this.mvc.perform(project("maria"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/projects/*"));
		assertThat(this.projects.count()).isEqualTo(before + 1);
		Project created = this.projects.findAll()
			.stream()
			.filter((p) -> p.getName().equals("Release notes rotation"))
			.findFirst()
			.orElseThrow();
		assertThat(created.getStatus()).isEqualTo(ProjectStatus.PLANNED);
		assertThat(created.getLead().getUsername()).isEqualTo("lee");
		assertThat(created.getSponsor().getUsername()).isEqualTo("maria");
	}

	@Test
	void badProjectInputComesBackWithMessages() throws Exception {
		long before = this.projects.count();
		this.mvc
			.perform(project("maria", "name", "", "endDate", LocalDate.now().minusDays(5).toString(), "leadId",
					"999999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please check the highlighted fields")))
			.andExpect(content().string(containsString("The end date cannot be before the start date.")));
		assertThat(this.projects.count()).isEqualTo(before);
	}

	@Test
	void nobodySponsorsTheirOwnProject() throws Exception {
		long before = this.projects.count();
		this.mvc.perform(project("maria", "leadId", String.valueOf(this.accounts.id("maria"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A sponsor backs someone else")));
		assertThat(this.projects.count()).isEqualTo(before);
	}

	@Test
	void peopleWhoGrowNobodyCannotCreateProjects() throws Exception {
		long before = this.projects.count();
		this.mvc.perform(get("/projects/new").with(this.accounts.as("lee"))).andExpect(status().isForbidden());
		this.mvc.perform(project("lee")).andExpect(status().isForbidden());
		assertThat(this.projects.count()).isEqualTo(before);
	}

	/** A valid project form post, with some fields replaced by {@code overrides}. */
	private MockHttpServletRequestBuilder project(String user, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", "Release notes rotation");
		fields.put("goal", "Every release has notes customers understand.");
		fields.put("leadId", String.valueOf(this.accounts.id("lee")));
		fields.put("sponsorId", String.valueOf(this.accounts.id("maria")));
		fields.put("focusSkillIds", String.valueOf(this.skills.findByRetiredFalseOrderByPositionAsc().get(0).getId()));
		fields.put("safeSpace", "A late or clumsy release note harms nobody.");
		fields.put("startDate", LocalDate.now().toString());
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/projects").with(this.accounts.as(user)).with(csrf());
		fields.forEach(request::param);
		return request;
	}

}

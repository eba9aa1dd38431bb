package org.sprout.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.people.MentorshipRepository;
import org.sprout.people.Person;
import org.sprout.projects.Project;
import org.sprout.projects.ProjectRepository;
import org.sprout.support.DemoAccounts;
import org.sprout.support.SproutTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every form sent empty comes back with a summary of what to fix that the browser focuses
 * on opening, and whose every item names its field, as the field's label reads, and links
 * to it.
 */
@SproutTest
@Transactional
class ErrorSummaryTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DemoAccounts accounts;

	@Autowired
	private ProjectRepository projects;

	@Autowired
	private MentorshipRepository mentorships;

	@Test
	void everyFormSentEmptyNamesAndLinksEachFieldToFix() throws Exception {
		Map<String, MockHttpServletRequestBuilder> forms = new LinkedHashMap<>();
		forms.put("feedback", send("/feedback", "maria").param("about", String.valueOf(this.accounts.id("lee"))));
		forms.put("request", send("/requests", "sam"));
		forms.put("recognition", send("/recognitions", "lee"));
		forms.put("project", send("/projects", "maria"));
		forms.put("activation", send("/projects/" + project(false) + "/activate", "maria"));
		forms.put("retrospective", send("/projects/" + project(true) + "/retrospective", "sam"));
		forms.put("own password", send("/account/password", "sam"));
		forms.put("person", send("/admin/people", "admin"));
		forms.put("password", send("/admin/people/" + this.accounts.id("sam") + "/password", "admin"));
		forms.put("mentorship", send("/admin/mentorships", "admin"));
		forms.put("mentorship change", send("/admin/mentorships/" + mentorship(), "admin").param("cadenceDays", ""));
		forms.put("skill", send("/admin/skills", "admin"));
		List<String> problems = new ArrayList<>();
		int items = 0;
		for (Map.Entry<String, MockHttpServletRequestBuilder> form : forms.entrySet()) {
			Document page = Jsoup
				.parse(this.mvc.perform(form.getValue()).andReturn().getResponse().getContentAsString());
			Element summary = page.getElementById("error-summary");
			if (summary == null || !summary.hasAttr("autofocus") || !summary.attr("tabindex").equals("-1")) {
				problems.add(form.getKey() + ": no summary that takes the focus");
				continue;
			}
			for (Element item : summary.select("li")) {
				items++;
				Element link = item.selectFirst("a[href^=#]");
				Element field = (link != null) ? page.getElementById(link.attr("href").substring(1)) : null;
				String label = (field != null) ? labelOf(page, field) : null;
				if (label == null || !item.text().startsWith(label + ": ")) {
					problems.add(
							form.getKey() + ": '" + item.text() + "' does not name and link its field (" + label + ")");
				}
			}
		}
		assertThat(problems).isEmpty();
		assertThat(items).isGreaterThan(30);
	}

	/** The label a screen reader gives the field: its label, or its group's legend. */
	private static String labelOf(Document page, Element field) {
		Element label = page.selectFirst("label[for=" + field.id() + "]");
		if (label != null) {
			return label.text();
		}
		Element group = field.tagName().equals("fieldset") ? field : field.closest("fieldset");
		return (group != null && group.selectFirst("legend") != null) ? group.selectFirst("legend").text() : null;
	}

	private MockHttpServletRequestBuilder send(String path, String who) {
		return post(path).with(this.accounts.as(who)).with(csrf());
	}

	/**
	 * A project Maria sponsors and Sam leads: planned, or done (awaiting his
	 * retrospective).
	 */
	private long project(boolean done) {
		Person sam = this.accounts.person("sam");
		Project project = new Project("Summary check", sam, this.accounts.person("maria"));
		project.setGoal("Every message names its field.");
		project.setStartDate(LocalDate.now().minusDays(20));
		if (done) {
			project.activate("A wrong message costs a rerun.", null, LocalDate.now().minusDays(20));
			project.close(LocalDate.now(), java.time.Instant.now());
		}
		return this.projects.saveAndFlush(project).getId();
	}

	private long mentorship() {
		return this.mentorships.currentMentorsOf(this.accounts.id("sam"), LocalDate.now()).get(0).getId();
	}

}

package org.sprout.admin;

import java.time.LocalDate;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.people.Mentorship;
import org.sprout.people.MentorshipRepository;
import org.sprout.people.Person;
import org.sprout.people.PersonRepository;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Admins start, change and end mentorships; a pair never has two at once.
 */
@SproutTest
@Transactional
class MentorshipAdminTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DemoAccounts accounts;

	@Autowired
	private MentorshipRepository mentorships;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private PersonRepository people;

	private final LocalDate today = LocalDate.now();

	@Test
	void theListShowsWhoMentorsWhom() throws Exception {
		this.mvc.perform(get("/admin/mentorships").with(this.accounts.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Maria Alvarez mentors Sam Okafor")))
			.andExpect(content().string(containsString("feedback every 14 days")))
			.andExpect(content().string(containsString("feedback every 21 days")))
			.andExpect(content().string(containsString("Current")));
		this.mvc.perform(get("/admin/mentorships/new").with(this.accounts.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"cadenceDays\" value=\"14\"")))
			.andExpect(content().string(containsString("value=\"" + this.today + "\"")));
	}

	@Test
	void anAdminStartsAMentorship() throws Exception {
		long priya = this.accounts.id("priya");
		long lee = this.accounts.id("lee");
		String listed = this.mvc.perform(add(priya, lee, this.today.toString(), "7"))
			.andExpect(flash().attribute("flashSuccess", "admin.mentorship.added"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Mentorship added = this.mentorships.findByMentorIdAndMenteeId(priya, lee).get(0);
		assertThat(listed).isEqualTo("/admin/mentorships?added=" + added.getId() + "#mentorship-" + added.getId());
		assertThat(added.getSince()).isEqualTo(this.today);
		assertThat(added.getUntil()).isNull();
		assertThat(added.getCadenceDays()).isEqualTo(7);
		assertThat(this.mentorships.isCurrentMentor(priya, lee, this.today)).isTrue();
		this.mvc.perform(get("/admin/mentorships").with(this.accounts.as("admin")))
			.andExpect(content().string(containsString("Priya Raman mentors Lee Chen")));
	}

	@Test
	void theListOpensAtTheNewMentorshipAndMarksIt() throws Exception {
		// Enough mentorships of Alex Morgan (listed first) to push Priya's onto page 2.
		Person alex = this.accounts.person("admin");
		this.people.findByEnabledTrueOrderByDisplayName()
			.stream()
			.filter((p) -> !p.getUsername().equals("admin"))
			.limit(25)
			.forEach((mentee) -> this.mentorships.save(new Mentorship(alex, mentee, this.today)));
		long priya = this.accounts.id("priya");
		long lee = this.accounts.id("lee");
		String listed = this.mvc.perform(add(priya, lee, this.today.toString(), "7"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = this.mentorships.findByMentorIdAndMenteeId(priya, lee).get(0).getId();
		org.jsoup.nodes.Document list = org.jsoup.Jsoup
			.parse(this.mvc.perform(get(listed.substring(0, listed.indexOf('#'))).with(this.accounts.as("admin")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(list.select("nav[aria-label=Pages] p").text()).startsWith("Page 2 of");
		org.jsoup.nodes.Element row = list.getElementById("mentorship-" + id);
		assertThat(row.hasClass("just-added")).isTrue();
		assertThat(row.text()).contains("Priya Raman mentors Lee Chen", "Just added");
	}

	@Test
	void badMentorshipsComeBackWithMessagesAndNothingIsSaved() throws Exception {
		long before = this.mentorships.count();
		long maria = this.accounts.id("maria");
		long sam = this.accounts.id("sam");
		this.mvc.perform(add(sam, sam, this.today.toString(), "14"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"menteeId-error\"")))
			.andExpect(content().string(containsString("Nobody mentors themselves.")));
		this.mvc.perform(add(maria, sam, this.today.toString(), "14"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Maria Alvarez already mentors Sam Okafor.")));
		this.mvc.perform(add(maria, 999999L, "yesterday", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a date as yyyy-mm-dd.")))
			.andExpect(content().string(containsString("Enter a number of days from 1 to 365.")))
			.andExpect(content().string(containsString("value=\"yesterday\"")));
		this.mvc.perform(add(maria, 999999L, this.today.toString(), "366"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a number of days from 1 to 365.")));
		this.mvc.perform(add(maria, 999999L, this.today.toString(), "two weeks"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a whole number of days from 1 to 365.")));
		this.mvc.perform(add(maria, 999999L, this.today.toString(), "14"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose someone from the list.")));
		this.mvc
			.perform(post("/admin/mentorships").with(this.accounts.as("admin"))
				.with(csrf())
				.param("mentorId", "")
				.param("menteeId", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose the mentor.")))
			.andExpect(content().string(containsString("Choose a value from the list.")))
			.andExpect(content().string(containsString("Enter the day the mentorship starts.")));
		assertThat(this.mentorships.count()).isEqualTo(before);
	}

	@Test
	void endingAMentorshipMakesTodayItsLastDayAndFreesThePair() throws Exception {
		long maria = this.accounts.id("maria");
		long sam = this.accounts.id("sam");
		Mentorship current = this.mentorships.currentMentorsOf(sam, this.today).get(0);
		this.mvc
			.perform(post("/admin/mentorships/{id}/end", current.getId()).with(this.accounts.as("admin")).with(csrf()))
			.andExpect(redirectedUrl("/admin/mentorships"))
			.andExpect(flash().attribute("flashSuccess", "admin.mentorship.ended"));
		assertThat(this.mentorships.findById(current.getId()).orElseThrow().getUntil()).isEqualTo(this.today);
		assertThat(this.mentorships.isCurrentMentor(maria, sam, this.today.plusDays(1))).isFalse();
		// Today still belongs to the old one; tomorrow a new one may start.
		this.mvc.perform(add(maria, sam, this.today.toString(), "14"))
			.andExpect(content().string(containsString("Maria Alvarez already mentors Sam Okafor.")));
		this.mvc.perform(add(maria, sam, this.today.plusDays(1).toString(), "10"))
			.andExpect(redirectedUrlPattern("/admin/mentorships?added=*"));
		assertThat(this.mentorships.findByMentorIdAndMenteeId(maria, sam)).hasSize(2);
		// A mentorship that has not begun cannot be ended; its page is where its dates
		// change.
		Mentorship planned = this.mentorships.findByMentorIdAndMenteeId(maria, sam)
			.stream()
			.filter((m) -> m.getSince().isAfter(this.today))
			.findFirst()
			.orElseThrow();
		this.mvc
			.perform(post("/admin/mentorships/{id}/end", planned.getId()).with(this.accounts.as("admin")).with(csrf()))
			.andExpect(redirectedUrl("/admin/mentorships/" + planned.getId() + "/edit"));
		assertThat(planned.getUntil()).isNull();
		this.mvc.perform(get("/admin/mentorships").with(this.accounts.as("admin")))
			.andExpect(content().string(containsString("Planned")));
	}

	@Test
	void anAdminChangesTheCadenceAndTheLastDay() throws Exception {
		long sam = this.accounts.id("sam");
		Mentorship current = this.mentorships.currentMentorsOf(sam, this.today).get(0);
		this.mvc.perform(get("/admin/mentorships/{id}/edit", current.getId()).with(this.accounts.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Maria Alvarez mentors Sam Okafor")))
			.andExpect(content().string(containsString("value=\"14\"")));
		this.mvc.perform(change(current.getId(), "30", this.today.plusMonths(2).toString()))
			.andExpect(redirectedUrl("/admin/mentorships"))
			.andExpect(flash().attribute("flashSuccess", "admin.mentorship.saved"));
		this.entityManager.flush();
		this.entityManager.clear();
		Mentorship saved = this.mentorships.findById(current.getId()).orElseThrow();
		assertThat(saved.getCadenceDays()).isEqualTo(30);
		assertThat(saved.getUntil()).isEqualTo(this.today.plusMonths(2));
		this.mvc.perform(change(current.getId(), "30", saved.getSince().minusDays(1).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The last day cannot be before the mentorship starts.")));
		this.mvc.perform(change(current.getId(), "", "31/12/2030"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter how many days may pass")))
			.andExpect(content().string(containsString("Enter a date as yyyy-mm-dd.")));
		this.mvc.perform(change(current.getId(), "1000", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a number of days from 1 to 365.")));
		assertThat(this.mentorships.findById(current.getId()).orElseThrow().getCadenceDays()).isEqualTo(30);
	}

	@Test
	void unknownMentorshipsAreNotFound() throws Exception {
		this.mvc.perform(get("/admin/mentorships/999999/edit").with(this.accounts.as("admin")))
			.andExpect(status().isNotFound());
		this.mvc.perform(change(999999L, "14", "")).andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/mentorships/999999/end").with(this.accounts.as("admin")).with(csrf()))
			.andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder add(long mentor, long mentee, String since, String cadence) {
		return post("/admin/mentorships").with(this.accounts.as("admin"))
			.with(csrf())
			.param("mentorId", String.valueOf(mentor))
			.param("menteeId", String.valueOf(mentee))
			.param("since", since)
			.param("cadenceDays", cadence);
	}

	private MockHttpServletRequestBuilder change(long id, String cadence, String until) {
		return post("/admin/mentorships/{id}", id).with(this.accounts.as("admin"))
			.with(csrf())
			.param("cadenceDays", cadence)
			.param("until", until);
	}

}

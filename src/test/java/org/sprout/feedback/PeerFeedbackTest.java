package org.sprout.feedback;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.people.PersonRepository;
import org.sprout.skills.SkillRepository;
import org.sprout.support.DemoAccounts;
import org.sprout.support.SproutTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Peers: a person opts in on their profile to "anyone may give me feedback"; then any
 * colleague may write them shared feedback, and reads what they wrote, nothing more.
 */
@SproutTest
@Transactional
class PeerFeedbackTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DemoAccounts accounts;

	@Autowired
	private PersonRepository people;

	@Autowired
	private FeedbackRepository entries;

	@Autowired
	private SkillRepository skills;

	@Test
	void samOptsInOnHisProfileAndLeeMayThenGiveHimFeedback() throws Exception {
		long sam = this.accounts.id("sam");
		this.mvc.perform(get("/feedback/new").param("about", String.valueOf(sam)).with(this.accounts.as("lee")))
			.andExpect(status().isForbidden());
		Document before = page("/people/" + sam, "lee");
		assertThat(before.select("a[href^=/feedback/new]")).isEmpty();
		assertThat(before.text()).doesNotContain("Welcomes feedback from anyone");

		Document own = page("/people/" + sam, "sam");
		assertThat(own.selectFirst("#welcomes-box").hasAttr("checked")).isFalse();
		assertThat(own.selectFirst("label[for=welcomes-box]").text()).isEqualTo("Anyone may give me feedback");
		this.mvc.perform(
				post("/account/welcomes-feedback").param("welcomes", "true").with(this.accounts.as("sam")).with(csrf()))
			.andExpect(redirectedUrl("/people/" + sam + "#welcomes"))
			.andExpect(flash().attribute("flashSuccess", "profile.welcomes.on"));
		assertThat(this.people.findById(sam).orElseThrow().isWelcomesFeedback()).isTrue();
		assertThat(page("/people/" + sam, "sam").selectFirst("#welcomes-box").hasAttr("checked")).isTrue();

		Document after = page("/people/" + sam, "lee");
		assertThat(after.text()).contains("Welcomes feedback from anyone");
		assertThat(after.select("a[href=/feedback/new?about=" + sam + "]")).hasSize(1);
		// Others see no box to tick on his profile.
		assertThat(after.select("#welcomes-box")).isEmpty();
	}

	@Test
	void aPeerIsToldTheyReadOnlyWhatTheyWriteAndTheManagerStillReadsIt() throws Exception {
		welcome("sam", true);
		Document form = page("/feedback/new?about=" + this.accounts.id("sam"), "lee");
		assertThat(form.select("#readers li")).extracting((li) -> li.text())
			.containsExactlyInAnyOrder("Sam Okafor (the person it is about)",
					"Maria Alvarez (their manager and mentor)",
					"Lee Chen (you, the author: you read what you write about them, not their other feedback)");
	}

	@Test
	void aPeersFeedbackIsSavedAndTheyReadOnlyWhatTheyWrote() throws Exception {
		welcome("sam", true);
		long sam = this.accounts.id("sam");
		MvcResult saved = this.mvc.perform(valid("lee", "sam")).andExpect(status().is3xxRedirection()).andReturn();
		long id = Long.parseLong(saved.getResponse().getRedirectedUrl().replace("/feedback/", ""));
		FeedbackEntry entry = this.entries.findForPage(id).orElseThrow();
		assertThat(entry.getAuthor().getUsername()).isEqualTo("lee");
		assertThat(entry.getVisibility()).isEqualTo(Visibility.SHARED);

		// Sam and his manager read it; Lee reads it as its author.
		for (String reader : new String[] { "sam", "maria", "lee" }) {
			this.mvc.perform(get("/feedback/{id}", id).with(this.accounts.as(reader))).andExpect(status().isOk());
		}
		this.mvc.perform(get("/feedback/{id}", id).with(this.accounts.as("priya"))).andExpect(status().isNotFound());
		// Lee's view of Sam's history holds his own entry only, not Maria's.
		MvcResult history = this.mvc.perform(get("/people/{id}/feedback", sam).with(this.accounts.as("lee")))
			.andExpect(status().isOk())
			.andReturn();
		Page<?> page = (Page<?>) history.getModelAndView().getModel().get("page");
		assertThat(page.getContent()).extracting("id").containsExactly(id);
		long marias = this.entries.findAll()
			.stream()
			.filter((e) -> e.getSubject().getId() == sam && e.getAuthor().getUsername().equals("maria")
					&& !e.isPrivateNote())
			.findFirst()
			.orElseThrow()
			.getId();
		this.mvc.perform(get("/feedback/{id}", marias).with(this.accounts.as("lee"))).andExpect(status().isNotFound());
	}

	@Test
	void optingOutClosesTheDoorAgainButKeepsWhatWasWritten() throws Exception {
		welcome("sam", true);
		MvcResult saved = this.mvc.perform(valid("lee", "sam")).andExpect(status().is3xxRedirection()).andReturn();
		String entry = saved.getResponse().getRedirectedUrl();
		this.mvc.perform(post("/account/welcomes-feedback").with(this.accounts.as("sam")).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "profile.welcomes.off"));
		assertThat(this.people.findByUsername("sam").orElseThrow().isWelcomesFeedback()).isFalse();
		this.mvc.perform(valid("lee", "sam")).andExpect(status().isForbidden());
		this.mvc.perform(get(entry).with(this.accounts.as("lee"))).andExpect(status().isOk());
	}

	@Test
	void eachPersonChoosesForThemselvesOnlyAndABadValueIsRefused() throws Exception {
		this.mvc.perform(
				post("/account/welcomes-feedback").param("welcomes", "true").with(this.accounts.as("lee")).with(csrf()))
			.andExpect(redirectedUrl("/people/" + this.accounts.id("lee") + "#welcomes"));
		assertThat(this.people.findByUsername("lee").orElseThrow().isWelcomesFeedback()).isTrue();
		assertThat(this.people.findByUsername("sam").orElseThrow().isWelcomesFeedback()).isFalse();
		this.mvc
			.perform(post("/account/welcomes-feedback").param("welcomes", "perhaps")
				.with(this.accounts.as("sam"))
				.with(csrf()))
			.andExpect(status().isBadRequest());
		this.mvc.perform(post("/account/welcomes-feedback").param("welcomes", "true").with(csrf()))
			.andExpect(redirectedUrl("/login"));
	}

	private void welcome(String username, boolean welcomes) {
		var person = this.people.findByUsername(username).orElseThrow();
		person.setWelcomesFeedback(welcomes);
		this.people.saveAndFlush(person);
	}

	private Document page(String url, String viewer) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(url).with(this.accounts.as(viewer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private MockHttpServletRequestBuilder valid(String author, String subject) {
		long skill = this.skills.findByRetiredFalseOrderByPositionAsc().get(0).getId();
		return post("/feedback").with(this.accounts.as(author))
			.with(csrf())
			.param("about", String.valueOf(this.accounts.id(subject)))
			.param("observedOn", LocalDate.now().minusDays(1).toString())
			.param("skillIds", String.valueOf(skill))
			.param("kind", "REINFORCING")
			.param("situation", "In Thursday's design review")
			.param("behaviour", "You drew the data flow on the board before we argued about it.")
			.param("impact", "We agreed in ten minutes instead of an hour.")
			.param("nextStep", "Draw it first next time too.")
			.param("visibility", "SHARED");
	}

}

package org.sprout.feedback;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.support.PdfText;
import org.sprout.people.PersonRepository;
import org.sprout.support.DemoAccounts;
import org.sprout.support.FeedbackSteps;
import org.sprout.support.SproutTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Drafts of new feedback: kept server-side per author and subject while writing (htmx as
 * one types, the "Save draft" button without JavaScript, and any refused submit),
 * restored when the author comes back to the form, removed when they save or discard it,
 * and never shown to anyone else.
 */
@SproutTest
@Transactional
class FeedbackDraftsTest {

	private static final String MARKER = "DRAFT-MARKER in the Friday retro";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DemoAccounts accounts;

	@Autowired
	private FeedbackSteps steps;

	@Autowired
	private FeedbackDraftRepository drafts;

	@Autowired
	private FeedbackRepository entries;

	@Autowired
	private PersonRepository people;

	@Test
	void withoutJavaScriptSaveDraftKeepsAHalfWrittenFormAndComingBackRestoresIt() throws Exception {
		Document fresh = form("maria", "sam");
		assertThat(fresh.select(".draft-restored")).isEmpty();
		assertThat(fresh.selectFirst("#draft-status").text())
			.isEqualTo("Your draft is kept as you type, for you alone, until you save or discard it.");
		assertThat(fresh.selectFirst("button[formaction=/feedback/draft]").hasAttr("formnovalidate")).isTrue();
		assertThat(fresh.selectFirst("button[formaction=/feedback/draft]").text()).isEqualTo("Save draft");
		assertThat(fresh.selectFirst("button[formaction=/feedback/draft/discard]").text()).isEqualTo("Discard draft");

		this.mvc
			.perform(post("/feedback/draft").with(this.accounts.as("maria"))
				.with(csrf())
				.param("about", id("sam"))
				.param("situation", MARKER)
				.param("behaviour", "")
				.param("kind", "NOT-A-KIND")
				.param("skillIds", String.valueOf(this.steps.skill("Diplomacy")), "abc"))
			.andExpect(redirectedUrl("/feedback/new?about=" + id("sam")))
			.andExpect(flash().attribute("flashSuccess", "draft.saved"));
		FeedbackDraft kept = draft("maria", "sam");
		assertThat(kept.toForm().getSituation()).isEqualTo(MARKER);
		assertThat(kept.toForm().getKind()).isNull();

		Document restored = form("maria", "sam");
		assertThat(restored.selectFirst(".draft-restored").text()).startsWith("This is your draft of")
			.contains("nobody else sees it");
		assertThat(restored.selectFirst("textarea#situation").text()).isEqualTo(MARKER);
		assertThat(restored.selectFirst("#draft-status").text()).startsWith("Draft kept");
	}

	@Test
	void htmxKeepsTheDraftAsOneTypesInOneRowPerAuthorAndSubject() throws Exception {
		Document page = form("maria", "sam");
		var status = page.selectFirst("#draft-status");
		assertThat(status.attr("hx-post")).isEqualTo("/feedback/draft");
		assertThat(status.attr("hx-trigger")).isEqualTo("input delay:1500ms from:closest form");
		assertThat(status.attr("hx-include")).isEqualTo("closest form");
		for (String text : new String[] { "First words", MARKER }) {
			String answer = this.mvc
				.perform(post("/feedback/draft").header("HX-Request", "true")
					.with(this.accounts.as("maria"))
					.with(csrf())
					.param("about", id("sam"))
					.param("situation", text))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(Jsoup.parse(answer).text()).startsWith("Draft kept").endsWith("for you alone.");
		}
		assertThat(this.drafts.findAll()).filteredOn((d) -> d.getAuthor().getUsername().equals("maria"))
			.singleElement()
			.satisfies((d) -> assertThat(d.toForm().getSituation()).isEqualTo(MARKER));
	}

	@Test
	void aRefusedSubmitKeepsTheDraftAndSavingTheEntryRemovesIt() throws Exception {
		this.mvc.perform(this.steps.form("maria", "sam", "situation", MARKER, "behaviour", " "))
			.andExpect(status().isOk());
		assertThat(draft("maria", "sam").toForm().getSituation()).isEqualTo(MARKER);

		long before = this.entries.count();
		this.mvc.perform(this.steps.form("maria", "sam", "situation", MARKER)).andExpect(status().is3xxRedirection());
		assertThat(this.entries.count()).isEqualTo(before + 1);
		assertThat(this.drafts.findOf(this.accounts.id("maria"), this.accounts.id("sam"))).isEmpty();
		assertThat(form("maria", "sam").select(".draft-restored")).isEmpty();
	}

	@Test
	void discardingRemovesTheDraftAndLeavesTheForm() throws Exception {
		this.mvc
			.perform(post("/feedback/draft").with(this.accounts.as("maria"))
				.with(csrf())
				.param("about", id("sam"))
				.param("situation", MARKER))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(
				post("/feedback/draft/discard").with(this.accounts.as("maria")).with(csrf()).param("about", id("sam")))
			.andExpect(redirectedUrl("/people/" + id("sam")))
			.andExpect(flash().attribute("flashSuccess", "draft.discarded"));
		assertThat(this.drafts.findOf(this.accounts.id("maria"), this.accounts.id("sam"))).isEmpty();
		assertThat(form("maria", "sam").selectFirst("textarea#situation").text()).isEmpty();
	}

	@Test
	void aDraftIsItsAuthorsAloneNeverShownToAnyoneElseNorExported() throws Exception {
		this.mvc
			.perform(post("/feedback/draft").with(this.accounts.as("maria"))
				.with(csrf())
				.param("about", id("sam"))
				.param("situation", MARKER))
			.andExpect(status().is3xxRedirection());
		// Lee may write about Sam once Sam welcomes it: his form is his own.
		var sam = this.accounts.person("sam");
		sam.setWelcomesFeedback(true);
		this.people.saveAndFlush(sam);
		assertThat(form("lee", "sam").html()).doesNotContain("DRAFT-MARKER");
		for (String who : new String[] { "sam", "maria" }) {
			for (String url : new String[] { "/", "/people/" + id("sam"), "/people/" + id("sam") + "/feedback",
					"/people/" + id("sam") + "/feedback.csv" }) {
				assertThat(this.mvc.perform(get(url).with(this.accounts.as(who)))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString()).as("%s on %s", who, url).doesNotContain("DRAFT-MARKER");
			}
			byte[] pdf = this.mvc.perform(get("/people/{id}/report.pdf", id("sam")).with(this.accounts.as(who)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			assertThat(PdfText.of(pdf)).doesNotContain("DRAFT-MARKER");
		}
	}

	@Test
	void onlyWhoMayWriteAboutSomeoneKeepsADraftAndNothingBreaksOnBadInput() throws Exception {
		this.mvc
			.perform(post("/feedback/draft").with(this.accounts.as("priya"))
				.with(csrf())
				.param("about", id("sam"))
				.param("situation", MARKER))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/feedback/draft").with(this.accounts.as("priya"))
				.with(csrf())
				.param("about", "999999")
				.param("situation", MARKER))
			.andExpect(status().isNotFound());
		assertThat(this.drafts.findAll()).noneMatch((d) -> d.getAuthor().getUsername().equals("priya"));
		// A part far longer than the form allows is kept, cut to what a draft holds.
		this.mvc
			.perform(post("/feedback/draft").with(this.accounts.as("maria"))
				.with(csrf())
				.param("about", id("sam"))
				.param("situation", "x".repeat(20_000)))
			.andExpect(status().is3xxRedirection());
		assertThat(draft("maria", "sam").toForm().getSituation()).hasSize(FeedbackDraft.MAX_PART);
		// Editing an entry keeps no draft.
		long entry = this.steps.give("maria", "sam");
		Document edit = Jsoup.parse(this.mvc.perform(get("/feedback/{id}/edit", entry).with(this.accounts.as("maria")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(edit.select("#draft-status, button[formaction^=/feedback/draft]")).isEmpty();
	}

	private FeedbackDraft draft(String author, String subject) {
		return this.drafts.findOf(this.accounts.id(author), this.accounts.id(subject)).orElseThrow();
	}

	private Document form(String author, String subject) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(get("/feedback/new").param("about", id(subject)).with(this.accounts.as(author)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
	}

	private String id(String username) {
		return String.valueOf(this.accounts.id(username));
	}

}

package org.sprout.feedback;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coach in the application: its reading is saved with every entry and shown to the
 * author only, and the form's live hints come from {@code POST /feedback/coach}.
 */
@SproutTest
@Transactional
class FeedbackCoachWebTest {

	private static final String JUDGEMENT_HINT = "\u201clazy\u201d judges the person: describe what they did instead.";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DemoAccounts accounts;

	@Autowired
	private FeedbackRepository entries;

	@Autowired
	private SkillRepository skills;

	@Test
	void aSavedEntryKeepsTheCoachsScoreAndNoFindingsWhenItReadsWell() throws Exception {
		FeedbackEntry saved = save(entry());
		assertThat(saved.getQualityScore()).isEqualTo(100);
		assertThat(saved.getQualityFindings()).isEmpty();
	}

	@Test
	void aJudgementalEntryIsStillSavedWithItsFindings() throws Exception {
		FeedbackEntry saved = save(entry("situation", "Usually in meetings", "behaviour",
				"You were lazy about the estimates.", "nextStep", "Be better."));
		assertThat(saved.getBehaviour()).isEqualTo("You were lazy about the estimates.");
		assertThat(saved.getQualityScore()).isLessThan(70);
		assertThat(saved.getQualityFindings()).isEqualTo("clear,actionable,about-the-work");
		assertThat(saved.getQualityRuleIds()).containsExactly("clear", "actionable", "about-the-work");

		// The author sees the coach's reading; the subject never does.
		this.mvc.perform(get("/feedback/{id}", saved.getId()).with(this.accounts.as("maria")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Only you, the author, see this.")))
			.andExpect(content().string(containsString("Score " + saved.getQualityScore() + " of 100")))
			.andExpect(content().string(containsString("data-rule=\"about-the-work\"")))
			.andExpect(content().string(containsString("Kluger and DeNisi, 1996")));
		this.mvc.perform(get("/feedback/{id}", saved.getId()).with(this.accounts.as("sam")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Only you, the author, see this."))))
			.andExpect(content().string(not(containsString("data-rule="))))
			.andExpect(content().string(not(containsString("of 100"))));
	}

	@Test
	void editingAnEntryCoachesItAgain() throws Exception {
		FeedbackEntry saved = save(entry("nextStep", "Be better."));
		assertThat(saved.getQualityFindings()).isEqualTo("actionable");
		this.mvc.perform(entry("nextStep", "Keep asking the quietest person first.", "version",
				String.valueOf(saved.getVersion()))
			.with((request) -> {
				request.setRequestURI("/feedback/" + saved.getId());
				return request;
			})).andExpect(status().is3xxRedirection());
		FeedbackEntry edited = this.entries.findForPage(saved.getId()).orElseThrow();
		assertThat(edited.getQualityScore()).isEqualTo(100);
		assertThat(edited.getQualityFindings()).isEmpty();
	}

	@Test
	void theCoachEndpointAnswersWithHintsForThePostedDraft() throws Exception {
		this.mvc
			.perform(post("/feedback/coach").with(this.accounts.as("lee"))
				.with(csrf())
				.param("situation", "In Tuesday's planning meeting")
				.param("behaviour", "You were lazy about the estimates.")
				.param("impact", "The plan slipped by a week.")
				.param("nextStep", "Ask for help on Friday."))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(JUDGEMENT_HINT)))
			.andExpect(content().string(containsString("Kluger and DeNisi, 1996")))
			.andExpect(content().string(containsString("Score 65 of 100")))
			.andExpect(content().string(not(containsString("<html"))));
		// Each hint names its field and links to it; the field's own hints come out of
		// band.
		Document hints = Jsoup.parseBodyFragment(
				this.mvc
					.perform(post("/feedback/coach").with(this.accounts.as("lee"))
						.with(csrf())
						.param("situation", "In Tuesday's planning meeting")
						.param("behaviour", "You were lazy about the estimates.")
						.param("impact", "The plan slipped by a week.")
						.param("nextStep", "Ask for help on Friday."))
					.andReturn()
					.getResponse()
					.getContentAsString());
		Element hint = hints.selectFirst(".coach-hints li[data-rule=about-the-work]");
		assertThat(hint.attr("data-field")).isEqualTo("behaviour");
		assertThat(hint.selectFirst("a.coach-field").attr("href")).isEqualTo("#behaviour");
		assertThat(hint.selectFirst("a.coach-field").text()).isEqualTo("Behaviour");
		assertThat(hint.selectFirst(".coach-why").text()).contains("Kluger and DeNisi, 1996");
		assertThat(hint.selectFirst(".coach-example").text()).startsWith("For example:");
		Element underBehaviour = hints.getElementById("coach-for-behaviour");
		assertThat(underBehaviour.attr("hx-swap-oob")).isEqualTo("true");
		assertThat(underBehaviour.select("li[data-rule=about-the-work]")).hasSize(1);
		assertThat(hints.getElementById("coach-for-situation").select("li")).isEmpty();
	}

	@Test
	void withoutJavaScriptCheckingWithTheCoachShowsTheHintsAndSavesNothing() throws Exception {
		long before = this.entries.count();
		String page = this.mvc
			.perform(entry("behaviour", "You clearly didn't care about the estimates.", "skillIds", "", "check",
					"coach"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document form = Jsoup.parse(page);
		assertThat(form.select("#coach-for-behaviour li[data-rule=about-the-work]")).hasSize(1);
		assertThat(form.select("#coach-hints li[data-field=behaviour]").text()).contains("you clearly didn't care");
		assertThat(form.select("noscript").html()).contains("name=\"check\"");
		assertThat(form.select(".invalid-feedback")).as("nothing is validated yet").isEmpty();
		assertThat(this.entries.count()).isEqualTo(before);
	}

	@Test
	void theCoachEndpointToleratesHalfTypedAndOddInput() throws Exception {
		this.mvc
			.perform(post("/feedback/coach").with(this.accounts.as("lee"))
				.with(csrf())
				.param("kind", "SHOUTING")
				.param("skillIds", "abc")
				.param("behaviour", "x".repeat(50_000)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Add the situation")));
	}

	@Test
	void theCoachEndpointRequiresCsrfAndASignIn() throws Exception {
		this.mvc.perform(post("/feedback/coach").with(this.accounts.as("lee")).param("behaviour", "You were lazy."))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/feedback/coach").with(csrf()).param("behaviour", "You were lazy."))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void theFormCarriesTheLiveHintsPanel() throws Exception {
		this.mvc.perform(get("/feedback/new").param("about", id("sam")).with(this.accounts.as("maria")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hx-post=\"/feedback/coach\"")))
			.andExpect(content().string(containsString("hx-include=\"closest form\"")))
			.andExpect(content().string(containsString("/webjars/htmx.org/2.0.10/dist/htmx.min.js")))
			.andExpect(content().string(containsString("includeIndicatorStyles")))
			.andExpect(content().string(not(containsString("hx-on"))));
	}

	private FeedbackEntry save(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request)
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/feedback/*"))
			.andReturn();
		long id = Long.parseLong(result.getResponse().getRedirectedUrl().replace("/feedback/", ""));
		return this.entries.findForPage(id).orElseThrow();
	}

	private MockHttpServletRequestBuilder entry(String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("about", id("sam"));
		fields.put("observedOn", LocalDate.now().minusDays(1).toString());
		fields.put("skillIds", String.valueOf(this.skills.findByRetiredFalseOrderByPositionAsc().get(0).getId()));
		fields.put("kind", "REDIRECTING");
		fields.put("situation", "In Tuesday's planning meeting");
		fields.put("behaviour", "You gave your estimate before anyone else spoke.");
		fields.put("impact", "The quieter engineers agreed with you and the plan missed the migration work.");
		fields.put("nextStep", "Ask the quietest person for their estimate first.");
		fields.put("visibility", "SHARED");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/feedback").with(this.accounts.as("maria")).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	private String id(String username) {
		return String.valueOf(this.accounts.id(username));
	}

}

package org.sprout.recognition;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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

@SproutTest
@Transactional
class RecognitionWebTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DemoAccounts accounts;

	@Autowired
	private RecognitionRepository recognitions;

	@Autowired
	private SkillRepository skills;

	@Test
	void anyoneRecognisesSomeoneByNameAndTheReceiverSeesIt() throws Exception {
		long sam = this.accounts.id("sam");
		this.mvc.perform(get("/recognitions/new").param("to", String.valueOf(sam)).with(this.accounts.as("lee")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("I relied on them for something they master.")));
		long before = this.recognitions.count();
		this.mvc.perform(recognise("lee", sam, "EXPERT", "He unblocked our flaky build in ten minutes on Monday."))
			.andExpect(redirectedUrl("/people/" + sam));
		assertThat(this.recognitions.count()).isEqualTo(before + 1);
		Document profile = page(get("/people/{id}", sam), "sam");
		Element latest = profile.selectFirst("li.recognition");
		assertThat(latest.text()).contains("Expert", "Lee Chen", "He unblocked our flaky build");
		// Sam is told, by name, and the notification leads to his recognitions.
		Document inbox = page(get("/notifications"), "sam");
		Element told = inbox.selectFirst("ul.notifications li");
		assertThat(told.text()).contains("Lee Chen recognised you.");
		this.mvc
			.perform(post(told.selectFirst("form[action$=/open]").attr("action")).with(this.accounts.as("sam"))
				.with(csrf()))
			.andExpect(redirectedUrl("/people/" + sam + "#recognitions"));
	}

	@Test
	void nobodyRecognisesThemselves() throws Exception {
		long before = this.recognitions.count();
		this.mvc.perform(recognise("lee", this.accounts.id("lee"), "REFERENT", "I am great."))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You cannot recognise yourself")));
		assertThat(this.recognitions.count()).isEqualTo(before);
	}

	@Test
	void onePerGiverReceiverAndKindInThirtyDays() throws Exception {
		long priya = this.accounts.id("priya");
		this.mvc.perform(recognise("sam", priya, "EXPERT", "Her design review saved us a week."))
			.andExpect(status().is3xxRedirection());
		long before = this.recognitions.count();
		this.mvc.perform(recognise("sam", priya, "EXPERT", "Again, brilliant."))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You already recognised Priya Raman for this kind of power")));
		assertThat(this.recognitions.count()).isEqualTo(before);
		// The other kind of power is a different statement, and allowed.
		this.mvc.perform(recognise("sam", priya, "REFERENT", "I follow how she runs design reviews."))
			.andExpect(status().is3xxRedirection());
		assertThat(this.recognitions.count()).isEqualTo(before + 1);
	}

	@Test
	void badRecognitionsComeBackWithMessagesAndSaveNothing() throws Exception {
		long before = this.recognitions.count();
		this.mvc.perform(recognise("lee", 999_999, "EXPERT", "Who?"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose someone from the list.")));
		this.mvc.perform(recognise("lee", this.accounts.id("sam"), "BOSS", "Hmm"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose expert or referent.")));
		this.mvc.perform(recognise("lee", this.accounts.id("sam"), "EXPERT", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please fill this in.")));
		this.mvc
			.perform(recognise("lee", this.accounts.id("sam"), "EXPERT", "x".repeat(501)).param("skillId", "424242"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Keep this under 500 characters")));
		assertThat(this.recognitions.count()).isEqualTo(before);
	}

	@Test
	void theBoardRanksPriyaFirstAndOffersHerAProject() throws Exception {
		Document board = page(get("/leaders"), "maria");
		Element first = board.selectFirst("ol.leaders > li");
		assertThat(first.text()).contains("Priya Raman", "Leading without position", "no reports");
		Element offer = first.selectFirst("a[href^=/projects/new]");
		assertThat(offer.text()).isEqualTo("Give them a project");
		assertThat(offer.attr("href")).contains("lead=" + this.accounts.id("priya")).contains("focus=");
		// Sam leads an active project: the board says so instead of offering another.
		Element sam = board.select("ol.leaders > li")
			.stream()
			.filter((li) -> li.text().contains("Sam Okafor"))
			.findFirst()
			.orElseThrow();
		assertThat(sam.text()).contains("Leads Onboarding revamp");
		assertThat(sam.select("a[href^=/projects/new]")).isEmpty();
	}

	@Test
	void leadingWithoutPositionLeavesOutPeopleWithReports() throws Exception {
		long maria = this.accounts.id("maria");
		// Maria has reports: however recognised, she holds legitimate power.
		for (String giver : new String[] { "priya", "lee", "admin" }) {
			this.recognitions.save(new Recognition(this.accounts.person(giver), this.accounts.person("maria"),
					Power.REFERENT, null, "Trusted.", LocalDate.now()));
		}
		this.recognitions.flush();
		Document everyone = page(get("/leaders"), "admin");
		assertThat(everyone.select("ol.leaders a[href=/people/" + maria + "]")).hasSize(1);
		assertThat(everyone.text()).contains("has reports (legitimate power)");
		Document withoutPosition = page(get("/leaders").param("withoutPosition", "true"), "admin");
		assertThat(withoutPosition.select("ol.leaders a[href=/people/" + maria + "]")).isEmpty();
		assertThat(withoutPosition.select("ol.leaders > li")).isNotEmpty()
			.allSatisfy((li) -> assertThat(li.text()).contains("no reports", "Leading without position"));
	}

	@Test
	void theBoardIsForThoseWhoCanActOnIt() throws Exception {
		this.mvc.perform(get("/leaders").with(this.accounts.as("sam")))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Your own score is on your profile")));
		this.mvc.perform(get("/").with(this.accounts.as("sam")))
			.andExpect(content().string(not(containsString("href=\"/leaders\""))));
		this.mvc.perform(get("/").with(this.accounts.as("maria")))
			.andExpect(content().string(containsString("href=\"/leaders\"")));
	}

	@Test
	void everyoneSeesTheirOwnScoreAndOnlyBoardReadersSeeOthers() throws Exception {
		long sam = this.accounts.id("sam");
		assertThat(page(get("/people/{id}", sam), "sam").select("#emergence")).hasSize(1);
		assertThat(page(get("/people/{id}", sam), "maria").select("#emergence")).hasSize(1);
		assertThat(page(get("/people/{id}", sam), "lee").select("#emergence")).isEmpty();
		// Recognitions themselves are open to everyone signed in: they are named praise.
		assertThat(page(get("/people/{id}", sam), "lee").select("li.recognition")).isNotEmpty();
	}

	@Test
	void giveThemAProjectPrefillsLeadAndFocusSkills() throws Exception {
		long priya = this.accounts.id("priya");
		long skill = this.skills.findByRetiredFalseOrderByPositionAsc().get(6).getId();
		Document form = page(
				get("/projects/new").param("lead", String.valueOf(priya)).param("focus", String.valueOf(skill)),
				"maria");
		assertThat(form.selectFirst("#leadId option[selected]").attr("value")).isEqualTo(String.valueOf(priya));
		assertThat(form.select("input[name=focusSkillIds][checked]").eachAttr("value"))
			.containsExactly(String.valueOf(skill));
	}

	private MockHttpServletRequestBuilder recognise(String giver, long receiver, String power, String note) {
		return post("/recognitions").with(this.accounts.as(giver))
			.with(csrf())
			.param("receiverId", String.valueOf(receiver))
			.param("power", power)
			.param("note", note);
	}

	private Document page(MockHttpServletRequestBuilder request, String user) throws Exception {
		String html = this.mvc.perform(request.with(this.accounts.as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

}

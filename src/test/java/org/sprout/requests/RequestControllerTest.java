package org.sprout.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.feedback.FeedbackRepository;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SproutTest
@Transactional
class RequestControllerTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DemoAccounts accounts;

	@Autowired
	private FeedbackRequestRepository requests;

	@Autowired
	private FeedbackRepository entries;

	@Autowired
	private SkillRepository skills;

	@Test
	void aPeerAnswersARequestWithSharedFeedbackTheRequesterReads() throws Exception {
		this.mvc.perform(answer("priya", null, "SHARED")).andExpect(status().isForbidden());

		long requestId = ask("sam", "priya", "REQUEST-MARKER how did my demo go?");
		this.mvc.perform(get("/").with(this.accounts.as("priya")))
			.andExpect(content().string(containsString("REQUEST-MARKER")));
		this.mvc
			.perform(get("/feedback/new").param("request", String.valueOf(requestId)).with(this.accounts.as("priya")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sam Okafor asked you for feedback")))
			.andExpect(content().string(containsString("REQUEST-MARKER")));

		this.mvc.perform(answer("priya", requestId, "PRIVATE_NOTE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("An answer to a request is shared feedback")));
		String url = this.mvc.perform(answer("priya", requestId, "SHARED"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long entryId = Long.parseLong(url.replace("/feedback/", ""));
		FeedbackRequest answered = this.requests.findById(requestId).orElseThrow();
		assertThat(answered.getStatus()).isEqualTo(RequestStatus.ANSWERED);
		assertThat(answered.getAnsweredById()).isEqualTo(entryId);
		assertThat(this.entries.findById(entryId).orElseThrow().getRequestId()).isEqualTo(requestId);

		this.mvc.perform(get(url).with(this.accounts.as("sam")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Priya Raman")));
		this.mvc.perform(get("/requests").with(this.accounts.as("sam")))
			.andExpect(content().string(containsString("Answered")))
			.andExpect(content().string(containsString("/feedback/" + entryId)));
		// The request was the permission; once answered it is gone.
		this.mvc.perform(answer("priya", null, "SHARED")).andExpect(status().isForbidden());
		this.mvc.perform(answer("priya", requestId, "SHARED")).andExpect(status().isForbidden());
	}

	@Test
	void theQuestionIsTheAskersAndTheAnswerersOnly() throws Exception {
		long requestId = ask("sam", "priya", "QUESTION-MARKER did my demo land?");
		String url = this.mvc.perform(answer("priya", requestId, "SHARED"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		for (String party : List.of("sam", "priya")) {
			this.mvc.perform(get(url).with(this.accounts.as(party)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("QUESTION-MARKER")));
		}
		// Maria, Sam's manager and mentor, reads the entry but not what Sam asked Priya.
		this.mvc.perform(get(url).with(this.accounts.as("maria")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Priya Raman")))
			.andExpect(content().string(not(containsString("QUESTION-MARKER"))));
	}

	@Test
	void onlyTheOneAskedAnswersOrDeclines() throws Exception {
		long requestId = ask("sam", "priya", "What did you notice in the review?");
		this.mvc.perform(get("/feedback/new").param("request", String.valueOf(requestId)).with(this.accounts.as("lee")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/requests/{id}/decline", requestId).with(this.accounts.as("lee"))
				.with(csrf())
				.param("reason", "Not me"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/requests/{id}/decline", requestId).with(this.accounts.as("priya"))
				.with(csrf())
				.param("reason", " "))
			.andExpect(flash().attribute("flashError", "request.decline.reasonMissing"));
		assertThat(this.requests.findById(requestId).orElseThrow().isOpen()).isTrue();
		this.mvc
			.perform(post("/requests/{id}/decline", requestId).with(this.accounts.as("priya"))
				.with(csrf())
				.param("reason", "I missed that review."))
			.andExpect(redirectedUrl("/requests"));
		FeedbackRequest declined = this.requests.findById(requestId).orElseThrow();
		assertThat(declined.getStatus()).isEqualTo(RequestStatus.DECLINED);
		this.mvc.perform(get("/requests").with(this.accounts.as("sam")))
			.andExpect(content().string(containsString("Declined: I missed that review.")));
	}

	@Test
	void badRequestsComeBackWithMessages() throws Exception {
		long before = this.requests.count();
		this.mvc.perform(request("sam", this.accounts.id("sam"), "Ask myself?"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You cannot ask yourself")));
		this.mvc.perform(request("sam", 999999, "Anyone?"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose someone from the list.")));
		this.mvc.perform(request("sam", this.accounts.id("priya"), ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please fill this in.")));
		this.mvc.perform(request("sam", this.accounts.id("priya"), "x".repeat(5000)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Keep this under 1,000 characters")));
		this.mvc.perform(request("sam", this.accounts.id("priya"), "Fine").param("projectId", "999999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose one of your projects")));
		this.mvc.perform(request("sam", "abc", "Fine"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose people from the list.")));
		assertThat(this.requests.count()).isEqualTo(before);
	}

	@Test
	void oneFormAsksSeveralPeopleOneRequestEachAndTheRequesterSeesWhoAnswered() throws Exception {
		LocalDate due = LocalDate.now().plusDays(5);
		this.mvc
			.perform(request("sam", this.accounts.id("priya"), "MANY-MARKER how did the offsite go?")
				.param("recipientIds", String.valueOf(this.accounts.id("lee")),
						String.valueOf(this.accounts.id("maria")), String.valueOf(this.accounts.id("priya")))
				.param("dueOn", due.toString()))
			.andExpect(redirectedUrl("/requests"))
			.andExpect(flash().attribute("flashSuccess", "request.sentMany"));
		List<FeedbackRequest> asked = this.requests.sentBy(this.accounts.id("sam"))
			.stream()
			.filter((r) -> r.getQuestion().startsWith("MANY-MARKER"))
			.toList();
		assertThat(asked).extracting((r) -> r.getRecipient().getUsername())
			.containsExactlyInAnyOrder("priya", "lee", "maria");
		assertThat(asked).allSatisfy((r) -> {
			assertThat(r.getDueOn()).isEqualTo(due);
			assertThat(r.isOpen()).isTrue();
			assertThat(r.getSkills()).hasSize(1);
		});
		assertThat(asked).extracting(FeedbackRequest::getAskKey)
			.doesNotContainNull()
			.containsOnly(asked.get(0).getAskKey());
		// Each is asked on their own: Priya sees her request, due that day, on her
		// dashboard.
		this.mvc.perform(get("/").with(this.accounts.as("priya")))
			.andExpect(content().string(containsString("MANY-MARKER")))
			.andExpect(content().string(containsString("Due " + day(due))));

		org.jsoup.nodes.Element ask = sentAsk("MANY-MARKER");
		assertThat(ask.text()).contains("Asked 3 people: 0 answered", "Due " + day(due));
		assertThat(ask.select(".ask-recipients li")).extracting(org.jsoup.nodes.Element::text)
			.containsExactlyInAnyOrder("Priya Raman Open", "Lee Chen Open", "Maria Alvarez Open");

		long priyas = asked.stream()
			.filter((r) -> r.getRecipient().getUsername().equals("priya"))
			.findFirst()
			.orElseThrow()
			.getId();
		long leesRequest = asked.stream()
			.filter((r) -> r.getRecipient().getUsername().equals("lee"))
			.findFirst()
			.orElseThrow()
			.getId();
		String answer = this.mvc.perform(answer("priya", priyas, "SHARED"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc
			.perform(post("/requests/{id}/decline", leesRequest).with(this.accounts.as("lee"))
				.with(csrf())
				.param("reason", "I was not there."))
			.andExpect(redirectedUrl("/requests"));
		ask = sentAsk("MANY-MARKER");
		assertThat(ask.text()).contains("Asked 3 people: 1 answered");
		assertThat(ask.select(".ask-recipients li")).extracting(org.jsoup.nodes.Element::text)
			.containsExactlyInAnyOrder("Priya Raman Answered Read the answer",
					"Lee Chen Declined Declined: I was not there.", "Maria Alvarez Open");
		assertThat(ask.selectFirst(".ask-recipients a[href=" + answer + "]").attr("aria-label"))
			.isEqualTo("Read the answer of Priya Raman");
	}

	@Test
	void atMostEightPeopleAndADueDateNeitherPastNorAYearAway() throws Exception {
		long before = this.requests.count();
		List<String> nine = this.accounts.everyoneBut("sam").stream().limit(9).map(String::valueOf).toList();
		this.mvc
			.perform(post("/requests").with(this.accounts.as("sam"))
				.with(csrf())
				.param("recipientIds", nine.toArray(String[]::new))
				.param("question", "Too many?"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ask at most 8 people at once.")));
		this.mvc.perform(post("/requests").with(this.accounts.as("sam")).with(csrf()).param("question", "Nobody?"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose at least one person to ask.")));
		this.mvc
			.perform(request("sam", this.accounts.id("priya"), "Late?").param("dueOn",
					LocalDate.now().minusDays(1).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose today or a later day, or leave it empty.")));
		this.mvc
			.perform(request("sam", this.accounts.id("priya"), "Far?").param("dueOn",
					LocalDate.now().plusDays(400).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a day within a year, or leave it empty.")));
		this.mvc.perform(request("sam", this.accounts.id("priya"), "When?").param("dueOn", "next week"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a date as yyyy-mm-dd.")));
		// Yourself among others: nobody is asked until the form is right.
		this.mvc
			.perform(request("sam", this.accounts.id("priya"), "With me?").param("recipientIds",
					String.valueOf(this.accounts.id("sam"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You cannot ask yourself")));
		assertThat(this.requests.count()).isEqualTo(before);
		// The same person twice is asked once.
		this.mvc
			.perform(request("sam", this.accounts.id("priya"), "TWICE-MARKER").param("recipientIds",
					String.valueOf(this.accounts.id("priya"))))
			.andExpect(flash().attribute("flashSuccess", "request.sent"));
		assertThat(this.requests.count()).isEqualTo(before + 1);
	}

	@Test
	void theFormOffersEveryoneElseToChooseAndPicksWhoTheLinkNames() throws Exception {
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(this.mvc
			.perform(get("/requests").param("to", String.valueOf(this.accounts.id("priya")))
				.with(this.accounts.as("sam")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		var options = page.select("select[name=recipientIds][multiple] option");
		assertThat(options).extracting((option) -> option.val())
			.doesNotContain(String.valueOf(this.accounts.id("sam")))
			.contains(String.valueOf(this.accounts.id("priya")), String.valueOf(this.accounts.id("lee")));
		assertThat(options.stream().filter((option) -> option.hasAttr("selected")).map((option) -> option.text()))
			.containsExactly("Priya Raman \u00b7 Architecture");
		assertThat(page.selectFirst("#recipientIds-hint").text()).contains("Choose up to 8 people");
		assertThat(page.selectFirst("[role=combobox]").attr("hx-get"))
			.isEqualTo("/people/choices?except=" + this.accounts.id("sam"));
		assertThat(page.selectFirst("label[for=dueOn]").text()).isEqualTo("Answer by (optional)");
		assertThat(page.selectFirst("input#dueOn").attr("min")).isEqualTo(LocalDate.now().toString());
	}

	private org.jsoup.nodes.Element sentAsk(String marker) throws Exception {
		org.jsoup.nodes.Document page = org.jsoup.Jsoup
			.parse(this.mvc.perform(get("/requests").with(this.accounts.as("sam")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		return page.select("li.sent-ask").stream().filter((li) -> li.text().contains(marker)).findFirst().orElseThrow();
	}

	private static String day(LocalDate date) {
		return java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH).format(date);
	}

	@Test
	void requestsOpenForTwoWeeksAreMarkedStale() throws Exception {
		long requestId = ask("lee", "maria", "STALE-MARKER anything on my estimates?");
		this.requests.findById(requestId).orElseThrow().backdate(Instant.now().minus(20, ChronoUnit.DAYS));
		this.requests.flush();
		this.mvc.perform(get("/requests").with(this.accounts.as("maria")))
			.andExpect(content().string(containsString("STALE-MARKER")))
			.andExpect(content().string(containsString("Open for over 14 days")));
	}

	private long ask(String requester, String recipient, String question) throws Exception {
		this.mvc.perform(request(requester, this.accounts.id(recipient), question))
			.andExpect(redirectedUrl("/requests"));
		return this.requests.sentBy(this.accounts.id(requester))
			.stream()
			.filter((r) -> r.getQuestion().equals(question))
			.findFirst()
			.orElseThrow()
			.getId();
	}

	private MockHttpServletRequestBuilder request(String requester, long recipientId, String question) {
		return request(requester, String.valueOf(recipientId), question);
	}

	private MockHttpServletRequestBuilder request(String requester, String recipientId, String question) {
		return post("/requests").with(this.accounts.as(requester))
			.with(csrf())
			.param("recipientIds", recipientId)
			.param("skillIds", String.valueOf(this.skills.findByRetiredFalseOrderByPositionAsc().get(0).getId()))
			.param("question", question);
	}

	private MockHttpServletRequestBuilder answer(String author, Long requestId, String visibility) {
		MockHttpServletRequestBuilder post = post("/feedback").with(this.accounts.as(author))
			.with(csrf())
			.param("about", String.valueOf(this.accounts.id("sam")))
			.param("observedOn", LocalDate.now().toString())
			.param("skillIds", String.valueOf(this.skills.findByRetiredFalseOrderByPositionAsc().get(0).getId()))
			.param("kind", "REINFORCING")
			.param("situation", "At your Thursday demo")
			.param("behaviour", "You paused for questions after each part.")
			.param("impact", "People followed the whole design.")
			.param("nextStep", "Keep pausing for questions.")
			.param("visibility", visibility);
		return (requestId != null) ? post.param("requestId", String.valueOf(requestId)) : post;
	}

}

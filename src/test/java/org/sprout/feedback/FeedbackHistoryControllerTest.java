package org.sprout.feedback;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.sprout.support.DemoAccounts;
import org.sprout.support.SproutTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SproutTest
class FeedbackHistoryControllerTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DemoAccounts accounts;

	@Test
	void menteeReadsHisHistoryNewestFirstTwentyAPage() throws Exception {
		Page<FeedbackEntry> page = history("sam", "sam", "");
		assertThat(page.getContent()).hasSize(20);
		assertThat(page.getTotalElements()).isGreaterThan(20);
		assertThat(page.getContent()).extracting(FeedbackEntry::getObservedOn)
			.isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(page.getContent()).allMatch((e) -> e.getVisibility() == Visibility.SHARED);
		Page<FeedbackEntry> second = history("sam", "sam", "?page=2");
		assertThat(second.getNumber()).isEqualTo(1);
		assertThat(second.getContent()).doesNotContainAnyElementsOf(page.getContent());
	}

	@Test
	void historyPageShowsTheSbiPartsAuthorAndPager() throws Exception {
		this.mvc.perform(get("/people/{id}/feedback", this.accounts.id("sam")).with(this.accounts.as("sam")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("My feedback")))
			.andExpect(content().string(containsString("Situation")))
			.andExpect(content().string(containsString("Next step")))
			.andExpect(content().string(containsString("Maria Alvarez")))
			.andExpect(content().string(containsString("rel=\"next\"")));
	}

	@Test
	void theAuthorFilterNamesPeopleAsEveryPickerDoes() throws Exception {
		String page = this.mvc
			.perform(get("/people/{id}/feedback", this.accounts.id("sam")).with(this.accounts.as("sam")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(org.jsoup.Jsoup.parse(page).select("#f-author option").eachText()).contains("Any",
				"Maria Alvarez \u00b7 Platform");
	}

	@Test
	void filtersNarrowTheHistory() throws Exception {
		Page<FeedbackEntry> redirecting = history("sam", "sam", "?kind=REDIRECTING");
		assertThat(redirecting.getContent()).isNotEmpty().allMatch((e) -> e.getKind() == FeedbackKind.REDIRECTING);
		Page<FeedbackEntry> all = history("sam", "sam", "");
		assertThat(redirecting.getTotalElements()).isLessThan(all.getTotalElements());
		Page<FeedbackEntry> none = history("sam", "sam", "?from=2000-01-01&to=2000-12-31");
		assertThat(none.getTotalElements()).isZero();
	}

	@Test
	void malformedFiltersShowAMessageNotAnError() throws Exception {
		for (String query : List.of("?from=yesterday", "?kind=LOUD", "?skill=abc", "?page=-3", "?page=abc",
				"?page=99999999")) {
			this.mvc
				.perform(get("/people/{id}/feedback" + query, this.accounts.id("sam")).with(this.accounts.as("sam")))
				.andExpect(status().isOk());
		}
		for (String query : List.of("?from=yesterday", "?kind=LOUD", "?skill=abc",
				"?from=garbage&kind=FOO&skill=abc")) {
			this.mvc
				.perform(get("/people/{id}/feedback" + query, this.accounts.id("sam")).with(this.accounts.as("maria")))
				.andExpect(content().string(containsString("could not be read")));
		}
	}

	@Test
	void managerReadsTheHistoryButOthersGetNotFound() throws Exception {
		assertThat(history("maria", "sam", "").getTotalElements()).isPositive();
		for (String outsider : List.of("lee", "priya", "admin")) {
			this.mvc.perform(get("/people/{id}/feedback", this.accounts.id("sam")).with(this.accounts.as(outsider)))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString("Not found")));
		}
		this.mvc.perform(get("/people/999999/feedback").with(this.accounts.as("maria")))
			.andExpect(status().isNotFound());
	}

	@SuppressWarnings("unchecked")
	private Page<FeedbackEntry> history(String viewer, String subject, String query) throws Exception {
		MvcResult result = this.mvc
			.perform(get("/people/{id}/feedback" + query, this.accounts.id(subject)).with(this.accounts.as(viewer)))
			.andExpect(status().isOk())
			.andReturn();
		return (Page<FeedbackEntry>) result.getModelAndView().getModel().get("page");
	}

}

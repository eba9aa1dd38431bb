package org.sprout.growth;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.sprout.support.DemoAccounts;
import org.sprout.support.SproutTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The charts on the history page and the profile: shown to those who may open the
 * history, counting what the list shows, drawn without inline script or style.
 */
@SproutTest
class GrowthPagesTest {

	private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DemoAccounts accounts;

	@Test
	void theHistoryChartsCountWhatTheListShows() throws Exception {
		for (String query : new String[] { "", "?kind=REDIRECTING", "?from=2000-01-01&to=2000-12-31" }) {
			MvcResult result = history("sam", query);
			Page<?> page = (Page<?>) result.getModelAndView().getModel().get("page");
			GrowthCharts charts = (GrowthCharts) result.getModelAndView().getModel().get("charts");
			assertThat(charts.total()).as(query).isEqualTo(page.getTotalElements());
		}
		// Maria's private notes about Sam count for her, not for him.
		assertThat(charts(history("maria", "")).total()).isGreaterThan(charts(history("sam", "")).total());
	}

	@Test
	void theHistoryPageDrawsTheChartsFromDataAttributes() throws Exception {
		String html = history("sam", "").getResponse().getContentAsString();
		assertThat(html).contains("Growth at a glance", "Entries per month", "Entries per skill",
				"Feedback in its projects", "Show the numbers", "data-chart=\"x\"", "data-series=\"reinforcing\"",
				"/webjars/chart.js/", "/dist/chart.umd.min.js", "/js/growth-charts.js");
		// The numbers are sent once, in the tables the charts are drawn from.
		assertThat(html).doesNotContain("&quot;labels&quot;");
		// script-src 'self' and style-src 'self': no inline script, handler or style.
		Matcher script = SCRIPT.matcher(html);
		while (script.find()) {
			assertThat(script.group(1)).contains("src=");
		}
		assertThat(html).doesNotContain("style=\"", " onclick=", " onload=");
	}

	@Test
	void theExportsAreLinkedWithTheAppliedFilters() throws Exception {
		long sam = this.accounts.id("sam");
		String html = history("sam", "?kind=REDIRECTING&from=2026-01-01&page=2").getResponse().getContentAsString();
		assertThat(html).contains("href=\"/people/" + sam + "/feedback.csv?kind=REDIRECTING&amp;from=2026-01-01\"",
				"href=\"/people/" + sam + "/report.pdf?kind=REDIRECTING&amp;from=2026-01-01\"");
		// A filter the page could not read is not passed on: the page shows everything.
		assertThat(history("sam", "?from=yesterday").getResponse().getContentAsString())
			.contains("href=\"/people/" + sam + "/feedback.csv\"");
	}

	@Test
	void theProfileShowsTheChartsToThoseWhoMayOpenTheHistory() throws Exception {
		long sam = this.accounts.id("sam");
		for (String viewer : new String[] { "sam", "maria" }) {
			this.mvc.perform(get("/people/{id}", sam).with(this.accounts.as(viewer)))
				.andExpect(status().isOk())
				.andExpect(model().attributeExists("charts"))
				.andExpect(content().string(containsString("Growth at a glance")));
		}
		for (String outsider : new String[] { "lee", "priya", "admin" }) {
			this.mvc.perform(get("/people/{id}", sam).with(this.accounts.as(outsider)))
				.andExpect(status().isOk())
				.andExpect(model().attributeDoesNotExist("charts"))
				.andExpect(content().string(not(containsString("Growth at a glance"))))
				.andExpect(content().string(not(containsString("data-chart"))));
		}
	}

	@Test
	void theChartsAreServedFromTheWebjar() throws Exception {
		String html = history("sam", "").getResponse().getContentAsString();
		Matcher chartJs = Pattern.compile("src=\"(/webjars/chart\\.js/[0-9.]+/dist/chart\\.umd\\.min\\.js)\"")
			.matcher(html);
		assertThat(chartJs.find()).as("chart.js linked by its versioned path").isTrue();
		this.mvc.perform(get(chartJs.group(1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chart")));
		this.mvc.perform(get("/js/growth-charts.js")).andExpect(status().isOk());
	}

	private MvcResult history(String viewer, String query) throws Exception {
		return this.mvc
			.perform(get("/people/{id}/feedback" + query, this.accounts.id("sam")).with(this.accounts.as(viewer)))
			.andExpect(status().isOk())
			.andReturn();
	}

	private static GrowthCharts charts(MvcResult result) {
		return (GrowthCharts) result.getModelAndView().getModel().get("charts");
	}

}

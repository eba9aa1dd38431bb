package org.sprout.pages;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.sprout.feedback.FeedbackRepository.MonthlyQuality;
import org.sprout.feedback.coach.Rule;
import org.sprout.support.DemoAccounts;
import org.sprout.support.SproutTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A writer's feedback-quality trend on the dashboard: twelve months of average coach
 * scores as a chart and a table, for those who have written scored feedback.
 */
@SproutTest
class QualityTrendTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DemoAccounts accounts;

	@Test
	void twelveMonthsOldestFirstWithGapsForMonthsWithoutEntries() {
		LocalDate today = LocalDate.of(2026, 3, 15);
		// April 2025: 3 entries scoring 62.4 on average (187 in all), one row per set of
		// findings.
		QualityTrend trend = QualityTrend.of(List.of(row(2025, 4, "clear,actionable", 100, 2), row(2025, 4, "", 87, 1),
				row(2026, 3, "about-the-work", 65, 1), row(2026, 3, null, 118, 1)), today);
		assertThat(QualityTrend.since(today)).isEqualTo(LocalDate.of(2025, 4, 1));
		assertThat(trend.months()).hasSize(12);
		assertThat(trend.firstMonth()).isEqualTo(YearMonth.of(2025, 4));
		assertThat(trend.lastMonth()).isEqualTo(YearMonth.of(2026, 3));
		QualityTrend.Month april = trend.months().get(0);
		assertThat(april.average()).isEqualTo(62);
		assertThat(april.entries()).isEqualTo(3);
		assertThat(april.tripped(Rule.CLEAR)).isEqualTo(2);
		assertThat(april.tripped(Rule.ACTIONABLE)).isEqualTo(2);
		assertThat(april.tripped(Rule.CONCISE)).isZero();
		assertThat(trend.months().get(1).average()).isNull();
		assertThat(trend.months().get(1).entries()).isZero();
		assertThat(trend.months().get(1).tripped(Rule.CLEAR)).isZero();
		assertThat(trend.months().get(11).average()).isEqualTo(92);
		assertThat(trend.months().get(11).tripped(Rule.ABOUT_THE_WORK)).isEqualTo(1);
		assertThat(trend.mostTripped()).extracting(QualityTrend.Tripped::rule)
			.containsExactly(Rule.CLEAR, Rule.ACTIONABLE, Rule.ABOUT_THE_WORK);
		assertThat(trend.isEmpty()).isFalse();
		assertThat(QualityTrend.of(List.of(), today).isEmpty()).isTrue();
	}

	@Test
	void aMentorSeesHerTrendAsChartAndTable() throws Exception {
		Element section = dashboardOf("maria").selectFirst("section.quality-trend");
		assertThat(section).isNotNull();
		assertThat(section.selectFirst("h2").text()).isEqualTo("Your feedback quality");
		Element canvas = section.selectFirst("canvas[data-trend]");
		assertThat(canvas.attr("role")).isEqualTo("img");
		assertThat(canvas.attr("aria-label")).startsWith("Line chart of the average coach score");
		// The chart draws from the table, its numbers are sent once.
		assertThat(canvas.attr("data-trend")).isEmpty();
		assertThat(section.select("table thead th[data-series]").text()).isEqualTo("Average score");
		assertThat(section.select("table tbody tr")).hasSize(12);
		assertThat(section.select("table tbody tr").last().selectFirst("th").text()).isEqualTo(YearMonth.now()
			.format(java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", java.util.Locale.ENGLISH)));
		assertThat(section.select("script[src$='/js/quality-trend.js']")).hasSize(1);
		// Her recurring findings: a column per rule, a series per rule, and which come
		// first.
		assertThat(section.select("table thead th[data-rule]")).extracting(Element::text)
			.containsExactly("Clear", "Concise", "Actionable", "About the work");
		assertThat(section.select("table tbody tr").first().select("td[data-rule]")).hasSize(4);
		assertThat(canvas.attr("data-count-axis")).isNotBlank();
		assertThat(section.selectFirst(".quality-habits").text())
			.startsWith("What the coach pointed out most often in these months:");
	}

	@Test
	void whoHasWrittenNoScoredFeedbackSeesNoTrend() throws Exception {
		assertThat(dashboardOf("lee").select("section.quality-trend")).isEmpty();
	}

	private Document dashboardOf(String who) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/").with(this.accounts.as(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static MonthlyQuality row(int year, int month, String findings, long scoreTotal, long entries) {
		return new MonthlyQuality() {
			@Override
			public Integer getYear() {
				return year;
			}

			@Override
			public Integer getMonth() {
				return month;
			}

			@Override
			public String getFindings() {
				return findings;
			}

			@Override
			public Long getScoreTotal() {
				return scoreTotal;
			}

			@Override
			public Long getEntries() {
				return entries;
			}
		};
	}

}

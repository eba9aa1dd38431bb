package org.sprout.dashboard;

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
		QualityTrend trend = QualityTrend.of(List.of(row(2025, 4, 62.4, 3), row(2026, 3, 91.5, 2)), today);
		assertThat(QualityTrend.since(today)).isEqualTo(LocalDate.of(2025, 4, 1));
		assertThat(trend.months()).hasSize(12);
		assertThat(trend.firstMonth()).isEqualTo(YearMonth.of(2025, 4));
		assertThat(trend.lastMonth()).isEqualTo(YearMonth.of(2026, 3));
		assertThat(trend.months().get(0)).isEqualTo(new QualityTrend.Month(YearMonth.of(2025, 4), 62, 3));
		assertThat(trend.months().get(1)).isEqualTo(new QualityTrend.Month(YearMonth.of(2025, 5), null, 0));
		assertThat(trend.months().get(11).average()).isEqualTo(92);
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

	private static MonthlyQuality row(int year, int month, double average, long entries) {
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
			public Double getAverage() {
				return average;
			}

			@Override
			public Long getEntries() {
				return entries;
			}
		};
	}

}

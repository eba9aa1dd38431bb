package org.sprout.pages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import org.sprout.feedback.FeedbackService;
import org.sprout.feedback.coach.Rule;
import org.sprout.web.Formats;

/**
 * A writer's own feedback quality per month (the coach's average score of what they
 * wrote), and the same as JSON for the chart's {@code data-trend} attribute, read by
 * {@code /js/quality-trend.js}: the Content-Security-Policy allows no inline script.
 */
@Service
class QualityTrends {

	private final FeedbackService feedback;

	private final JsonMapper json;

	private final Formats formats;

	private final Clock clock;

	private final MessageSource messages;

	QualityTrends(FeedbackService feedback, JsonMapper json, Formats formats, Clock clock, MessageSource messages) {
		this.messages = messages;
		this.feedback = feedback;
		this.json = json;
		this.formats = formats;
		this.clock = clock;
	}

	/** The author's trend over the twelve months up to today. */
	QualityTrend of(long authorId) {
		LocalDate today = LocalDate.now(this.clock);
		return QualityTrend.of(this.feedback.qualityByMonth(authorId, QualityTrend.since(today)), today);
	}

	/**
	 * The average score per month is a line; how many entries tripped each rule are bars.
	 */
	String json(QualityTrend trend) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("labels", trend.months().stream().map((month) -> this.formats.month(month.month())).toList());
		data.put("averages", trend.months().stream().map(QualityTrend.Month::average).toList());
		List<Map<String, Object>> rules = new ArrayList<>();
		for (Rule rule : trend.rules()) {
			Map<String, Object> series = new LinkedHashMap<>();
			series.put("id", rule.id());
			series.put("label", this.messages.getMessage("dashboard.quality.rule." + rule.id(), null,
					LocaleContextHolder.getLocale()));
			series.put("counts", trend.months().stream().map((month) -> month.tripped(rule)).toList());
			rules.add(series);
		}
		data.put("rules", rules);
		return this.json.writeValueAsString(data);
	}

}

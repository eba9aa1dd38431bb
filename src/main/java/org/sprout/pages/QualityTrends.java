package org.sprout.pages;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;

import org.sprout.feedback.FeedbackService;

/**
 * A writer's own feedback quality per month: the coach's average score of what they wrote
 * and how often each rule was tripped. The page shows it as a table, which the chart
 * reads ({@code /js/quality-trend.js}).
 */
@Service
class QualityTrends {

	private final FeedbackService feedback;

	private final Clock clock;

	QualityTrends(FeedbackService feedback, Clock clock) {
		this.feedback = feedback;
		this.clock = clock;
	}

	/** The author's trend over the twelve months up to today. */
	QualityTrend of(long authorId) {
		LocalDate today = LocalDate.now(this.clock);
		return QualityTrend.of(this.feedback.qualityByMonth(authorId, QualityTrend.since(today)), today);
	}

}

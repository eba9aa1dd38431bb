package org.sprout.pages;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Service;
import org.springframework.context.event.EventListener;

import org.sprout.feedback.FeedbackService;
import org.sprout.feedback.FeedbackWritten;

/**
 * A writer's own feedback quality per month: the coach's average score of what they wrote
 * and how often each rule was tripped. The page shows it as a table, which the chart
 * reads ({@code /js/quality-trend.js}).
 * <p>
 * It only changes when the writer writes, so each writer's trend is kept: read again on
 * this instance as soon as they write ({@link FeedbackWritten}), and on the others within
 * {@link #KEPT}. It is the writer's own, and only ever shown to them.
 */
@Service
class QualityTrends {

	/**
	 * How long another instance may show a writer's trend from before their last entry.
	 */
	static final Duration KEPT = Duration.ofMinutes(1);

	private final FeedbackService feedback;

	private final Clock clock;

	private final Cache<Long, QualityTrend> trends = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(KEPT)
		.build();

	QualityTrends(FeedbackService feedback, Clock clock) {
		this.feedback = feedback;
		this.clock = clock;
	}

	/** The author's trend over the twelve months up to today. */
	QualityTrend of(long authorId) {
		LocalDate today = LocalDate.now(this.clock);
		QualityTrend kept = this.trends.getIfPresent(authorId);
		if (kept != null && kept.lastMonth().equals(YearMonth.from(today))) {
			return kept;
		}
		QualityTrend trend = QualityTrend.of(this.feedback.qualityByMonth(authorId, QualityTrend.since(today)), today);
		this.trends.put(authorId, trend);
		return trend;
	}

	@EventListener
	void written(FeedbackWritten written) {
		this.trends.invalidate(written.authorId());
	}

}

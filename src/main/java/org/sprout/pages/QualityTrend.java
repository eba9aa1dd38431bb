package org.sprout.pages;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.sprout.feedback.FeedbackRepository.MonthlyQuality;

/**
 * A writer's feedback quality over the last {@value #MONTHS} months: the average coach
 * score of their entries per month. Managers and mentors grow as leaders too.
 *
 * @param months each of the months, oldest first; a month without scored entries has no
 * average
 */
public record QualityTrend(List<Month> months) {

	public static final int MONTHS = 12;

	/**
	 * @param month the month
	 * @param average the average score, rounded, or null without scored entries
	 * @param entries how many scored entries the month has
	 */
	public record Month(YearMonth month, Integer average, long entries) {
	}

	/** The first day counted for a trend ending in today's month. */
	static LocalDate since(LocalDate today) {
		return YearMonth.from(today).minusMonths(MONTHS - 1L).atDay(1);
	}

	/** The trend from grouped rows; empty when there is no scored entry at all. */
	static QualityTrend of(List<MonthlyQuality> rows, LocalDate today) {
		Map<YearMonth, MonthlyQuality> byMonth = rows.stream()
			.collect(Collectors.toMap((row) -> YearMonth.of(row.getYear(), row.getMonth()), (row) -> row));
		List<Month> months = new ArrayList<>();
		YearMonth first = YearMonth.from(since(today));
		for (int i = 0; i < MONTHS; i++) {
			YearMonth month = first.plusMonths(i);
			MonthlyQuality row = byMonth.get(month);
			months.add((row != null) ? new Month(month, (int) Math.round(row.getAverage()), row.getEntries())
					: new Month(month, null, 0));
		}
		return new QualityTrend(months);
	}

	public boolean isEmpty() {
		return this.months.stream().allMatch((month) -> month.entries() == 0);
	}

	public YearMonth firstMonth() {
		return this.months.get(0).month();
	}

	public YearMonth lastMonth() {
		return this.months.get(this.months.size() - 1).month();
	}

}

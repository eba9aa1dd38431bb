package org.sprout.pages;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sprout.feedback.FeedbackRepository.MonthlyQuality;
import org.sprout.feedback.coach.Rule;

/**
 * A writer's feedback quality over the last {@value #MONTHS} months: the average coach
 * score of their entries per month, and how many entries tripped each of the coach's
 * rules, so the writer sees which habits recur. Managers and mentors grow as leaders too.
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
	 * @param tripped how many of them had a finding of each rule (every rule is there)
	 */
	public record Month(YearMonth month, Integer average, long entries, Map<Rule, Long> tripped) {

		public Month {
			tripped = Map.copyOf(tripped);
		}

		public long tripped(Rule rule) {
			return this.tripped.getOrDefault(rule, 0L);
		}

	}

	/**
	 * A rule and how many of the writer's entries in the months tripped it.
	 *
	 * @param rule the rule
	 * @param entries how many entries had a finding of it
	 */
	public record Tripped(Rule rule, long entries) {
	}

	/** The first day counted for a trend ending in today's month. */
	static LocalDate since(LocalDate today) {
		return YearMonth.from(today).minusMonths(MONTHS - 1L).atDay(1);
	}

	/**
	 * The trend from grouped rows (one per month and set of findings); empty when there
	 * is no scored entry at all.
	 */
	static QualityTrend of(List<MonthlyQuality> rows, LocalDate today) {
		Map<YearMonth, long[]> totals = new HashMap<>();
		Map<YearMonth, Map<Rule, Long>> tripped = new HashMap<>();
		for (MonthlyQuality row : rows) {
			YearMonth month = YearMonth.of(row.getYear(), row.getMonth());
			long[] total = totals.computeIfAbsent(month, (m) -> new long[2]);
			total[0] += row.getScoreTotal();
			total[1] += row.getEntries();
			Map<Rule, Long> counts = tripped.computeIfAbsent(month, (m) -> zeroes());
			for (String id : (row.getFindings() != null) ? row.getFindings().split(",") : new String[0]) {
				if (!id.isBlank()) {
					counts.merge(Rule.ofId(id.strip()), row.getEntries(), Long::sum);
				}
			}
		}
		List<Month> months = new ArrayList<>();
		YearMonth first = YearMonth.from(since(today));
		for (int i = 0; i < MONTHS; i++) {
			YearMonth month = first.plusMonths(i);
			long[] total = totals.get(month);
			months.add((total != null && total[1] > 0)
					? new Month(month, (int) Math.round((double) total[0] / total[1]), total[1], tripped.get(month))
					: new Month(month, null, 0, zeroes()));
		}
		return new QualityTrend(months);
	}

	private static Map<Rule, Long> zeroes() {
		Map<Rule, Long> zeroes = new EnumMap<>(Rule.class);
		for (Rule rule : Rule.values()) {
			zeroes.put(rule, 0L);
		}
		return zeroes;
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

	/**
	 * The rules the writer tripped in these months, most often first; none tripped:
	 * empty.
	 */
	public List<Tripped> mostTripped() {
		List<Tripped> tripped = new ArrayList<>();
		for (Rule rule : Rule.values()) {
			long entries = this.months.stream().mapToLong((month) -> month.tripped(rule)).sum();
			if (entries > 0) {
				tripped.add(new Tripped(rule, entries));
			}
		}
		tripped.sort(Comparator.comparingLong(Tripped::entries).reversed());
		return tripped;
	}

	/**
	 * All the coach's rules, in order: the columns of the table and the bars of the
	 * chart.
	 */
	public List<Rule> rules() {
		return List.of(Rule.values());
	}

}

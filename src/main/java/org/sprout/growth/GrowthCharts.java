package org.sprout.growth;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.sprout.projects.ProjectStatus;

/**
 * What the growth charts of a history show: entries per month over a year, per skill and
 * per project, each split into reinforcing and redirecting.
 *
 * @param firstMonth the first of the twelve months charted
 * @param lastMonth the last of them: this month, or the month of the "to" filter
 * @param months one bar per month, oldest first
 * @param skills one bar per skill with entries, and per focus skill even without
 * @param projects one bar per project of the person (or the filtered one), then other
 * projects with entries, then entries on no project
 */
public record GrowthCharts(YearMonth firstMonth, YearMonth lastMonth, List<MonthBar> months, List<SkillBar> skills,
		List<ProjectBar> projects) {

	/** All the entries charted (per project, every entry counts once). */
	public long total() {
		return this.projects.stream().mapToLong(Counted::total).sum();
	}

	public boolean isEmpty() {
		return total() == 0;
	}

	/** Counts split by kind. */
	public interface Counted {

		long reinforcing();

		long redirecting();

		default long total() {
			return reinforcing() + redirecting();
		}

		/** The reinforcing share in whole percent; 0 when there is nothing. */
		default int reinforcingPercent() {
			return (total() == 0) ? 0 : (int) Math.round(100.0 * reinforcing() / total());
		}

	}

	public record MonthBar(YearMonth month, long reinforcing, long redirecting) implements Counted {
	}

	/**
	 * @param focus whether the skill is a focus skill of the person's projects in view
	 */
	public record SkillBar(long skillId, String name, boolean focus, long reinforcing,
			long redirecting) implements Counted {
	}

	/**
	 * @param projectId null for the entries on no project
	 */
	public record ProjectBar(Long projectId, String name, LocalDate start, LocalDate end, ProjectStatus status,
			long reinforcing, long redirecting) implements Counted {

		public boolean isNoProject() {
			return this.projectId == null;
		}

	}

}

package org.sprout.growth;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.feedback.FeedbackKind;
import org.sprout.feedback.FeedbackWritten;
import org.sprout.feedback.HistoryFilter;
import org.sprout.feedback.HistoryScope;
import org.sprout.growth.GrowthCharts.MonthBar;
import org.sprout.growth.GrowthCharts.ProjectBar;
import org.sprout.growth.GrowthCharts.SkillBar;
import org.sprout.growth.GrowthQueries.MonthProjectCount;
import org.sprout.growth.GrowthQueries.SkillCount;
import org.sprout.projects.Project;
import org.sprout.skills.Skill;

/**
 * The growth charts of a history: two grouped queries over the entries of the history's
 * scope, whatever their number.
 */
@Service
@Transactional(readOnly = true)
public class GrowthService {

	static final int MONTHS = 12;

	private final GrowthQueries queries;

	private final Clock clock;

	/**
	 * The counts behind each history's charts as its viewer reads it, kept until the
	 * history changes ({@link HistoryScope#key()}): its total comes from them too.
	 */
	private final Cache<HistoryScope.Key, Counts> counts = Caffeine.newBuilder()
		.maximumSize(HistoryScope.KEPT_SCOPES)
		.expireAfterAccess(HistoryScope.KEPT_FOR)
		.build();

	GrowthService(GrowthQueries queries, Clock clock) {
		this.queries = queries;
		this.clock = clock;
	}

	/**
	 * The charts of the history in the scope.
	 * @param projectsOfSubject the subject's projects with their focus skills (see
	 * {@code ProjectRepository.projectsWithFocusSkillsOf}), as the page lists them
	 */
	public GrowthCharts chartsOf(HistoryScope scope, List<Project> projectsOfSubject) {
		return chartsOf(scope, projectsOfSubject, LocalDate.now(this.clock));
	}

	GrowthCharts chartsOf(HistoryScope scope, List<Project> projectsOfSubject, LocalDate today) {
		HistoryFilter filter = scope.filter();
		LocalDate end = (filter.to() != null && filter.to().isBefore(today)) ? filter.to() : today;
		YearMonth lastMonth = YearMonth.from(end);
		YearMonth firstMonth = lastMonth.minusMonths(MONTHS - 1);
		List<Project> inView = projectsOfSubject.stream()
			.filter((project) -> filter.project() == null || project.getId().equals(filter.project()))
			.toList();
		Counts counted = this.counts.get(scope.key(),
				(key) -> new Counts(this.queries.countByMonthProjectAndKind(scope.entries()),
						this.queries.countBySkillAndKind(scope.entries())));
		return new GrowthCharts(firstMonth, lastMonth, months(counted.monthProject(), firstMonth),
				skills(counted.skills(), inView), projects(counted.monthProject(), inView));
	}

	private static List<MonthBar> months(List<MonthProjectCount> counts, YearMonth first) {
		Map<YearMonth, long[]> byMonth = new LinkedHashMap<>();
		for (int i = 0; i < MONTHS; i++) {
			byMonth.put(first.plusMonths(i), new long[2]);
		}
		for (MonthProjectCount count : counts) {
			long[] kinds = byMonth.get(YearMonth.of(count.year(), count.month()));
			if (kinds != null) {
				kinds[count.kind().ordinal()] += count.count();
			}
		}
		return byMonth.entrySet()
			.stream()
			.map((month) -> new MonthBar(month.getKey(), reinforcing(month.getValue()), redirecting(month.getValue())))
			.toList();
	}

	/**
	 * The person's projects in view first (even without entries), then any other project
	 * with entries, then entries on no project.
	 */
	private static List<ProjectBar> projects(List<MonthProjectCount> counts, List<Project> inView) {
		Map<Long, ProjectBar> bars = new LinkedHashMap<>();
		for (Project project : inView) {
			bars.put(project.getId(), new ProjectBar(project.getId(), project.getName(), project.getStartDate(),
					project.getEndDate(), project.getStatus(), 0, 0));
		}
		Map<Long, ProjectBar> others = new LinkedHashMap<>();
		ProjectBar none = new ProjectBar(null, null, null, null, null, 0, 0);
		for (MonthProjectCount count : counts) {
			if (count.projectId() == null) {
				none = add(none, count.kind(), count.count());
				continue;
			}
			Map<Long, ProjectBar> target = bars.containsKey(count.projectId()) ? bars : others;
			ProjectBar bar = target.computeIfAbsent(count.projectId(), (id) -> new ProjectBar(id, count.projectName(),
					count.projectStart(), count.projectEnd(), count.projectStatus(), 0, 0));
			target.put(count.projectId(), add(bar, count.kind(), count.count()));
		}
		List<ProjectBar> result = new ArrayList<>(bars.values());
		result.addAll(others.values());
		if (none.total() > 0) {
			result.add(none);
		}
		return result;
	}

	/**
	 * Skills with entries and the focus skills of the projects in view, in framework
	 * order.
	 */
	private static List<SkillBar> skills(List<SkillCount> counts, List<Project> inView) {
		Map<Long, Skill> focus = inView.stream()
			.flatMap((project) -> project.getFocusSkills().stream())
			.collect(Collectors.toMap(Skill::getId, (skill) -> skill, (a, b) -> a, LinkedHashMap::new));
		Map<Long, SkillRow> rows = new LinkedHashMap<>();
		for (SkillCount count : counts) {
			rows.computeIfAbsent(count.skillId(), (id) -> new SkillRow(id, count.name(), count.position()))
				.add(count.kind(), count.count());
		}
		for (Skill skill : focus.values()) {
			rows.computeIfAbsent(skill.getId(), (id) -> new SkillRow(id, skill.getName(), skill.getPosition()));
		}
		return rows.values()
			.stream()
			.sorted(Comparator.comparingInt(SkillRow::position).thenComparing(SkillRow::name))
			.map((row) -> new SkillBar(row.id(), row.name(), focus.containsKey(row.id()), reinforcing(row.kinds()),
					redirecting(row.kinds())))
			.toList();
	}

	private static ProjectBar add(ProjectBar bar, FeedbackKind kind, long count) {
		return new ProjectBar(bar.projectId(), bar.name(), bar.start(), bar.end(), bar.status(),
				bar.reinforcing() + ((kind == FeedbackKind.REINFORCING) ? count : 0),
				bar.redirecting() + ((kind == FeedbackKind.REDIRECTING) ? count : 0));
	}

	private static long reinforcing(long[] kinds) {
		return kinds[FeedbackKind.REINFORCING.ordinal()];
	}

	private static long redirecting(long[] kinds) {
		return kinds[FeedbackKind.REDIRECTING.ordinal()];
	}

	/**
	 * What was kept of the subject's history is dropped once an entry about them was
	 * written (the version would not match any more) or a transaction that wrote one was
	 * rolled back (what it read may have held its entry).
	 */
	@EventListener
	void written(FeedbackWritten written) {
		this.counts.asMap().keySet().removeIf((key) -> key.subjectId() == written.subjectId());
	}

	private record Counts(List<MonthProjectCount> monthProject, List<SkillCount> skills) {
	}

	private record SkillRow(long id, String name, int position, long[] kinds) {

		SkillRow(long id, String name, int position) {
			this(id, name, position, new long[2]);
		}

		void add(FeedbackKind kind, long count) {
			this.kinds[kind.ordinal()] += count;
		}

	}

}

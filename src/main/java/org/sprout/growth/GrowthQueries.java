package org.sprout.growth;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.LocalDateField;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Repository;

import org.sprout.feedback.FeedbackEntry;
import org.sprout.feedback.FeedbackKind;
import org.sprout.projects.Project;
import org.sprout.projects.ProjectStatus;
import org.sprout.skills.Skill;

/**
 * The aggregates behind the growth charts and report: one grouped query each, taking the
 * history's own where-clause so they count exactly the entries the history shows.
 */
@Repository
class GrowthQueries {

	private final EntityManager entityManager;

	GrowthQueries(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** Entries counted by month observed, project (null: none) and kind. */
	List<MonthProjectCount> countByMonthProjectAndKind(Specification<FeedbackEntry> entries) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<FeedbackEntry> entry = query.from(FeedbackEntry.class);
		Join<FeedbackEntry, Project> project = entry.join("project", JoinType.LEFT);
		Path<LocalDate> observedOn = entry.get("observedOn");
		Expression<Integer> year = cb.extract(LocalDateField.YEAR, observedOn);
		Expression<Integer> month = cb.extract(LocalDateField.MONTH, observedOn);
		List<Expression<?>> groups = List.of(year, month, project.get("id"), project.get("name"),
				project.get("startDate"), project.get("endDate"), project.get("status"), entry.get("kind"));
		query
			.multiselect(year, month, project.get("id"), project.get("name"), project.get("startDate"),
					project.get("endDate"), project.get("status"), entry.get("kind"), cb.count(entry))
			.where(entries.toPredicate(entry, query, cb))
			.groupBy(groups);
		return this.entityManager.createQuery(query)
			.getResultStream()
			.map((row) -> new MonthProjectCount(row.get(0, Integer.class), row.get(1, Integer.class),
					row.get(2, Long.class), row.get(3, String.class), row.get(4, LocalDate.class),
					row.get(5, LocalDate.class), row.get(6, ProjectStatus.class), row.get(7, FeedbackKind.class),
					row.get(8, Long.class)))
			.toList();
	}

	/**
	 * Entries counted by skill and kind; an entry about two skills counts for each of
	 * them.
	 */
	List<SkillCount> countBySkillAndKind(Specification<FeedbackEntry> entries) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<FeedbackEntry> entry = query.from(FeedbackEntry.class);
		Join<FeedbackEntry, Skill> skill = entry.join("skills");
		query.multiselect(skill.get("id"), skill.get("name"), skill.get("position"), entry.get("kind"), cb.count(entry))
			.where(entries.toPredicate(entry, query, cb))
			.groupBy(skill.get("id"), skill.get("name"), skill.get("position"), entry.get("kind"));
		return this.entityManager.createQuery(query)
			.getResultStream()
			.map((row) -> new SkillCount(row.get(0, Long.class), row.get(1, String.class), row.get(2, Integer.class),
					row.get(3, FeedbackKind.class), row.get(4, Long.class)))
			.toList();
	}

	/** The first and last day observed; both null when there is no entry. */
	Span span(Specification<FeedbackEntry> entries) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<FeedbackEntry> entry = query.from(FeedbackEntry.class);
		Path<LocalDate> observedOn = entry.get("observedOn");
		query.multiselect(cb.least(observedOn), cb.greatest(observedOn)).where(entries.toPredicate(entry, query, cb));
		Tuple row = this.entityManager.createQuery(query).getSingleResult();
		return new Span(row.get(0, LocalDate.class), row.get(1, LocalDate.class));
	}

	/** The newest next steps of the entries about a skill, newest first. */
	List<NextStep> latestNextSteps(Specification<FeedbackEntry> entries, long skillId, int limit) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<FeedbackEntry> entry = query.from(FeedbackEntry.class);
		Join<FeedbackEntry, Skill> skill = entry.join("skills");
		query.multiselect(entry.get("observedOn"), entry.get("nextStep"))
			.where(entries.toPredicate(entry, query, cb), cb.equal(skill.get("id"), skillId))
			.orderBy(cb.desc(entry.get("observedOn")), cb.desc(entry.get("id")));
		return this.entityManager.createQuery(query)
			.setMaxResults(limit)
			.getResultStream()
			.map((row) -> new NextStep(row.get(0, LocalDate.class), row.get(1, String.class)))
			.toList();
	}

	/** One group of {@link #countByMonthProjectAndKind}; project fields null for none. */
	record MonthProjectCount(int year, int month, Long projectId, String projectName, LocalDate projectStart,
			LocalDate projectEnd, ProjectStatus projectStatus, FeedbackKind kind, long count) {
	}

	/** One group of {@link #countBySkillAndKind}. */
	record SkillCount(long skillId, String name, int position, FeedbackKind kind, long count) {
	}

	record Span(LocalDate first, LocalDate last) {
	}

	record NextStep(LocalDate observedOn, String text) {
	}

}

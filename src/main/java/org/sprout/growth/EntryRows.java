package org.sprout.growth;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Repository;

import org.sprout.feedback.FeedbackEntry;
import org.sprout.feedback.FeedbackKind;
import org.sprout.feedback.Visibility;
import org.sprout.people.Person;
import org.sprout.projects.Project;

/**
 * Reads the entries of a history for an export, oldest first, in batches: each batch is
 * one keyset query (after the last day and id seen) for plain values, and one for their
 * skills. No entity is loaded, so memory holds one batch however long the history.
 */
@Repository
class EntryRows {

	static final int BATCH_SIZE = 500;

	private final EntityManager entityManager;

	EntryRows(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * Hands every entry matching the where-clause to the consumer, one batch at a time.
	 * Call it inside a (read-only) transaction.
	 */
	void forEachBatch(Specification<FeedbackEntry> entries, Consumer<List<EntryRow>> consumer) {
		EntryRow last = null;
		while (true) {
			List<EntryRow> batch = batchAfter(entries, last);
			if (batch.isEmpty()) {
				return;
			}
			consumer.accept(batch);
			if (batch.size() < BATCH_SIZE) {
				return;
			}
			last = batch.get(batch.size() - 1);
			// Nothing is managed (the queries select values), but a consumer may have
			// loaded something: start each batch afresh.
			this.entityManager.clear();
		}
	}

	private List<EntryRow> batchAfter(Specification<FeedbackEntry> entries, EntryRow last) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<FeedbackEntry> entry = query.from(FeedbackEntry.class);
		Join<FeedbackEntry, Person> author = entry.join("author");
		Join<FeedbackEntry, Person> subject = entry.join("subject");
		Join<FeedbackEntry, Project> project = entry.join("project", JoinType.LEFT);
		Path<LocalDate> observedOn = entry.get("observedOn");
		Path<Long> id = entry.get("id");
		List<Predicate> where = new ArrayList<>();
		where.add(entries.toPredicate(entry, query, cb));
		if (last != null) {
			// (observedOn, id) > (last day, last id), written so an index on the day
			// can start at the last day.
			where.add(cb.greaterThanOrEqualTo(observedOn, last.observedOn()));
			where.add(cb.or(cb.greaterThan(observedOn, last.observedOn()), cb.greaterThan(id, last.id())));
		}
		query
			.multiselect(id, observedOn, author.get("id"), author.get("displayName"), subject.get("displayName"),
					project.get("name"), entry.get("kind"), entry.get("visibility"), entry.get("situation"),
					entry.get("behaviour"), entry.get("impact"), entry.get("nextStep"), entry.get("qualityScore"),
					entry.get("qualityFindings"), entry.get("acknowledgedAt"), entry.get("reflection"),
					entry.get("reflectedAt"), entry.get("createdAt"), entry.get("updatedAt"), entry.get("intent"),
					entry.get("commitment"), entry.get("commitmentDoneAt"), entry.get("commitmentNote"))
			.where(where.toArray(Predicate[]::new))
			// The subject is the same on every row, but ordering by it first lets the
			// database read ix_feedback_subject_observed in order instead of sorting
			// the rest of the history for every batch (which made long exports slow).
			.orderBy(cb.asc(entry.get("subject").get("id")), cb.asc(observedOn), cb.asc(id));
		List<Tuple> rows = this.entityManager.createQuery(query).setMaxResults(BATCH_SIZE).getResultList();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<String>> skills = skillsOf(rows.stream().map((row) -> row.get(0, Long.class)).toList());
		return rows.stream()
			.map((row) -> new EntryRow(row.get(0, Long.class), row.get(1, LocalDate.class), row.get(2, Long.class),
					row.get(3, String.class), row.get(4, String.class), row.get(5, String.class),
					row.get(6, FeedbackKind.class), row.get(7, Visibility.class),
					skills.getOrDefault(row.get(0, Long.class), List.of()), row.get(8, String.class),
					row.get(9, String.class), row.get(10, String.class), row.get(11, String.class),
					row.get(12, Integer.class), row.get(13, String.class), row.get(14, Instant.class),
					row.get(15, String.class), row.get(16, Instant.class), row.get(17, Instant.class),
					row.get(18, Instant.class), row.get(19, String.class), row.get(20, String.class),
					row.get(21, Instant.class), row.get(22, String.class)))
			.toList();
	}

	/** The skill names of the entries, in framework order. */
	private Map<Long, List<String>> skillsOf(List<Long> entryIds) {
		List<Object[]> rows = this.entityManager.createQuery("""
				select e.id, s.name from FeedbackEntry e join e.skills s
				where e.id in :ids
				order by s.position
				""", Object[].class).setParameter("ids", entryIds).getResultList();
		Map<Long, List<String>> skills = new HashMap<>();
		for (Object[] row : rows) {
			skills.computeIfAbsent((Long) row[0], (key) -> new ArrayList<>()).add((String) row[1]);
		}
		return skills;
	}

	/**
	 * One entry as the exports write it.
	 *
	 * @param authorId who wrote it: the coach's score and findings are theirs alone
	 * @param project the project's name, or null
	 * @param skills the names of its skills, in framework order
	 * @param intent the subject's "my intent was", or null
	 * @param commitment the subject's "next time I will", or null
	 * @param commitmentDoneAt when the subject marked it done, or null
	 * @param commitmentNote their note on it, or null
	 */
	record EntryRow(long id, LocalDate observedOn, long authorId, String author, String subject, String project,
			FeedbackKind kind, Visibility visibility, List<String> skills, String situation, String behaviour,
			String impact, String nextStep, Integer qualityScore, String qualityFindings, Instant acknowledgedAt,
			String reflection, Instant reflectedAt, Instant createdAt, Instant updatedAt, String intent,
			String commitment, Instant commitmentDoneAt, String commitmentNote) {

		boolean isPrivateNote() {
			return this.visibility == Visibility.PRIVATE_NOTE;
		}

	}

}

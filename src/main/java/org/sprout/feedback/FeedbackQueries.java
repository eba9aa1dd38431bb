package org.sprout.feedback;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Repository;

import org.sprout.people.Person;

/**
 * Lists of feedback that read through a where-clause, usually a {@link ReadableFeedback}
 * one: each list is one query, whatever the number of people or entries.
 */
@Repository
class FeedbackQueries {

	private final EntityManager entityManager;

	private final FeedbackRepository entries;

	FeedbackQueries(EntityManager entityManager, FeedbackRepository entries) {
		this.entityManager = entityManager;
		this.entries = entries;
	}

	/** The authors of the entries, by name: the author filter of a history. */
	List<Person> authorsOf(Specification<FeedbackEntry> where) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Person> query = cb.createQuery(Person.class);
		Root<FeedbackEntry> entry = query.from(FeedbackEntry.class);
		Join<FeedbackEntry, Person> author = entry.join("author");
		query.select(author).distinct(true).where(where.toPredicate(entry, query, cb));
		return this.entityManager.createQuery(query)
			.getResultList()
			.stream()
			.sorted(java.util.Comparator.comparing(Person::getDisplayName).thenComparing(Person::getId))
			.toList();
	}

	/**
	 * The commitments among the entries that are open, or that their subjects marked done
	 * since the instant, newest reflection first: what they promised on shared feedback,
	 * with the entry each answers. One query, with the authors' names.
	 */
	List<Commitment> commitments(Specification<FeedbackEntry> where, Instant doneSince) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Commitment> query = cb.createQuery(Commitment.class);
		Root<FeedbackEntry> entry = query.from(FeedbackEntry.class);
		Join<FeedbackEntry, Person> author = entry.join("author");
		Specification<FeedbackEntry> openOrLatelyDone = (root, q, b) -> b.and(
				b.equal(root.get("visibility"), Visibility.SHARED), b.isNotNull(root.get("commitment")),
				b.or(b.isNull(root.get("commitmentClosedAt")),
						b.greaterThanOrEqualTo(root.get("commitmentDoneAt"), doneSince)));
		query.select(cb.construct(Commitment.class, entry.get("subject").get("id"), entry.get("id"),
				entry.get("commitment"), entry.get("reflectedAt"), author.get("displayName"), entry.get("observedOn"),
				entry.get("commitmentClosedAt"), entry.get("commitmentDoneAt"), entry.get("commitmentNote")))
			.where(openOrLatelyDone.and(where).toPredicate(entry, query, cb))
			.orderBy(cb.desc(entry.get("reflectedAt")), cb.desc(entry.get("id")));
		return this.entityManager.createQuery(query).getResultList();
	}

	/**
	 * The entries with an open commitment, with their authors, newest reflection first.
	 */
	List<FeedbackEntry> withOpenCommitment(Specification<FeedbackEntry> where) {
		return this.entries.findBy(openCommitment().and(where),
				(query) -> query.sortBy(Sort.by(Sort.Order.desc("reflectedAt"), Sort.Order.desc("id")))
					.project("author")
					.all());
	}

	/** The newest reflections on shared entries among them, with author and subject. */
	List<FeedbackEntry> newestReflections(Specification<FeedbackEntry> where, int most) {
		Specification<FeedbackEntry> reflected = (root, query, cb) -> cb.and(cb.isNotNull(root.get("reflectedAt")),
				cb.equal(root.get("visibility"), Visibility.SHARED));
		return this.entries.findBy(reflected.and(where),
				(query) -> query.sortBy(Sort.by(Sort.Order.desc("reflectedAt"), Sort.Order.desc("id")))
					.limit(most)
					.project("author", "subject")
					.all());
	}

	/** The newest entries among them by the day observed, with author and project. */
	List<FeedbackEntry> newest(Specification<FeedbackEntry> where, int most) {
		return this.entries.findBy(where,
				(query) -> query.sortBy(FeedbackService.NEWEST_FIRST).limit(most).project("author", "project").all());
	}

	private static Specification<FeedbackEntry> openCommitment() {
		return (root, query, cb) -> cb.and(cb.equal(root.get("visibility"), Visibility.SHARED),
				cb.isNotNull(root.get("commitment")), cb.isNull(root.get("commitmentClosedAt")));
	}

}

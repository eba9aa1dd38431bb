package org.sprout.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Root;
import org.hibernate.query.criteria.JpaSubQuery;
import org.springframework.data.domain.Pageable;
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

	/**
	 * One page of a person's history in its order (newest first) with authors, projects
	 * and skills, in one statement and no count: a history's total comes with its charts.
	 * The order names the subject first, as the history's index does, so H2 reads the
	 * page from the index and stops after it.
	 */
	List<FeedbackEntry> historyPage(Specification<FeedbackEntry> where, Pageable pageable) {
		return withSkills(where, (entry, cb) -> List.of(cb.asc(entry.get("subject").get("id")),
				cb.desc(entry.get("observedOn")), cb.desc(entry.get("id"))), pageable.getOffset(),
				pageable.getPageSize());
	}

	/**
	 * Some of the entries in an order, with their authors, projects and skills, in one
	 * statement: the entries of the page are chosen in a subquery (in the order, from the
	 * offset, at most the limit), then read with what they show.
	 */
	private List<FeedbackEntry> withSkills(Specification<FeedbackEntry> where, EntryOrder order, long offset,
			int limit) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<FeedbackEntry> query = cb.createQuery(FeedbackEntry.class);
		Root<FeedbackEntry> entry = query.from(FeedbackEntry.class);
		entry.fetch("author");
		entry.fetch("project", JoinType.LEFT);
		entry.fetch("skills", JoinType.LEFT);
		JpaSubQuery<Long> chosen = (JpaSubQuery<Long>) query.subquery(Long.class);
		Root<FeedbackEntry> candidate = chosen.from(FeedbackEntry.class);
		chosen.select(candidate.get("id"))
			.where(where.toPredicate(candidate, query, cb))
			.orderBy(order.of(candidate, cb))
			.offset(offset)
			.fetch(limit);
		query.select(entry).where(entry.get("id").in(chosen)).orderBy(order.of(entry, cb));
		return this.entityManager.createQuery(query).getResultList();
	}

	/**
	 * An order of entries, for the subquery that chooses them and the query that reads
	 * them.
	 */
	@FunctionalInterface
	private interface EntryOrder {

		List<jakarta.persistence.criteria.Order> of(Root<FeedbackEntry> entry, CriteriaBuilder cb);

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
	 * The commitments of the people, open or marked done since the instant, newest
	 * reflection first, with the entry each answers and its author's name: what they
	 * promised on shared feedback. For the people whose shared feedback the viewer reads
	 * ({@link ReadableFeedback#sharedAbout()}): the shared entries about them are exactly
	 * what the viewer reads of them. One statement.
	 */
	List<Commitment> commitments(Collection<Long> people, Instant doneSince) {
		return answers(null, people, doneSince, null).commitments();
	}

	/**
	 * What the dashboard shows of the answers to feedback, in one statement: the
	 * commitments of the people (as {@link #commitments}) and the reflections written
	 * since the instant on shared feedback about them or written by the viewer, newest
	 * first. The people are those whose shared feedback the viewer reads
	 * ({@link ReadableFeedback#sharedAbout()}), so every row is one the viewer reads.
	 * <p>
	 * Each person's rows are read from an index by joining a list of the people, not by
	 * an {@code in} list: H2 reads an {@code in} list on an index's first column only,
	 * and would read all of their feedback.
	 */
	@SuppressWarnings("unchecked")
	Answers answers(Long viewerId, Collection<Long> people, Instant doneSince, Instant reflectedSince) {
		List<Long> ids = List.copyOf(people);
		List<String> parts = new ArrayList<>();
		if (!ids.isEmpty()) {
			StringBuilder chosen = new StringBuilder();
			for (int i = 0; i < ids.size(); i++) {
				chosen.append((i == 0) ? "" : ", ").append("(cast(:p").append(i).append(" as bigint))");
			}
			String about = "(values " + chosen
					+ ") as chosen(person_id) join feedback_entry e on e.subject_id = chosen.person_id ";
			parts.add(answer("C", about + "and e.commitment_state = 'OPEN'", ""));
			parts
				.add(answer("C", about + "and e.commitment_state = 'DONE' and e.commitment_done_at >= :doneSince", ""));
			if (reflectedSince != null) {
				parts.add(answer("R", about + "and e.reflected_at >= :reflectedSince", ""));
			}
		}
		if (viewerId != null && reflectedSince != null) {
			parts.add(
					answer("R", "feedback_entry e", "and e.author_id = :viewer and e.reflected_at >= :reflectedSince"));
		}
		if (parts.isEmpty()) {
			return new Answers(List.of(), List.of());
		}
		String sql = String.join(" union all ", parts);
		jakarta.persistence.Query query = this.entityManager.createNativeQuery(sql, jakarta.persistence.Tuple.class);
		for (int i = 0; i < ids.size(); i++) {
			query.setParameter("p" + i, ids.get(i));
		}
		if (sql.contains(":doneSince")) {
			query.setParameter("doneSince", doneSince);
		}
		if (sql.contains(":reflectedSince")) {
			query.setParameter("reflectedSince", reflectedSince);
		}
		if (sql.contains(":viewer")) {
			query.setParameter("viewer", viewerId);
		}
		List<Commitment> commitments = new ArrayList<>();
		Map<Long, Reflection> reflections = new LinkedHashMap<>();
		for (jakarta.persistence.Tuple row : (List<jakarta.persistence.Tuple>) query.getResultList()) {
			long subjectId = ((Number) row.get(1)).longValue();
			long entryId = ((Number) row.get(3)).longValue();
			// A one-letter literal comes back as a Character from some databases.
			if ("C".equals(String.valueOf(row.get(0)).strip())) {
				commitments.add(new Commitment(subjectId, entryId, (String) row.get(9), instant(row.get(8)),
						(String) row.get(5), date(row.get(6)), instant(row.get(10)), instant(row.get(11)),
						(String) row.get(12)));
			}
			else {
				reflections.put(entryId,
						new Reflection(entryId, subjectId, (String) row.get(2), ((Number) row.get(4)).longValue(),
								(String) row.get(5), date(row.get(6)), (String) row.get(7), instant(row.get(8)),
								(String) row.get(9)));
			}
		}
		Comparator<Instant> newest = Comparator.reverseOrder();
		commitments.sort(Comparator.comparing(Commitment::reflectedAt, newest)
			.thenComparing(Commitment::entryId, Comparator.reverseOrder()));
		List<Reflection> newestReflections = reflections.values()
			.stream()
			.sorted(Comparator.comparing(Reflection::reflectedAt, newest)
				.thenComparing(Reflection::entryId, Comparator.reverseOrder()))
			.toList();
		return new Answers(commitments, newestReflections);
	}

	/** One part of {@link #answers}: the rows of one index, with both people's names. */
	private static String answer(String part, String from, String where) {
		return """
				select '%s' as part, e.subject_id, s.display_name as subject_name, e.id, e.author_id,
				  a.display_name as author_name, e.observed_on, e.reflection, e.reflected_at, e.commitment,
				  e.commitment_closed_at, e.commitment_done_at, e.commitment_note
				from %s
				join person a on a.id = e.author_id join person s on s.id = e.subject_id
				where e.visibility = 'SHARED' %s
				""".formatted(part, from, where);
	}

	/**
	 * The commitments and the reflections of {@link #answers}, each newest first.
	 */
	record Answers(List<Commitment> commitments, List<Reflection> reflections) {
	}

	/**
	 * The entries with an open commitment, with their authors and skills, newest
	 * reflection first: one statement.
	 */
	List<FeedbackEntry> withOpenCommitment(Specification<FeedbackEntry> where) {
		return this.entries.findBy(openCommitment().and(where),
				(query) -> query.sortBy(Sort.by(Sort.Order.desc("reflectedAt"), Sort.Order.desc("id")))
					.project("author", "skills")
					.all());
	}

	/**
	 * The newest entries among them by the day observed, with author, project and skills:
	 * one statement.
	 */
	List<FeedbackEntry> newest(Specification<FeedbackEntry> where, int most) {
		return withSkills(where, (entry, cb) -> List.of(cb.desc(entry.get("observedOn")), cb.desc(entry.get("id"))), 0,
				most);
	}

	private static Specification<FeedbackEntry> openCommitment() {
		return (root, query, cb) -> cb.and(cb.equal(root.get("visibility"), Visibility.SHARED),
				cb.equal(root.get("commitmentState"), CommitmentState.OPEN));
	}

	private static Instant instant(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Instant instant) {
			return instant;
		}
		if (value instanceof java.time.OffsetDateTime time) {
			return time.toInstant();
		}
		if (value instanceof java.sql.Timestamp time) {
			return time.toInstant();
		}
		throw new IllegalStateException("Not a moment: " + value);
	}

	private static java.time.LocalDate date(Object value) {
		if (value instanceof java.time.LocalDate day) {
			return day;
		}
		if (value instanceof java.sql.Date day) {
			return day.toLocalDate();
		}
		throw new IllegalStateException("Not a date: " + value);
	}

}

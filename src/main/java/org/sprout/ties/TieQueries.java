package org.sprout.ties;

import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.springframework.stereotype.Repository;

/**
 * The ties between people, read from the organisation's tables (reporting lines,
 * mentorships, projects, open requests) in one statement per question. This module reads
 * the schema, not the features' classes, so every feature can use it and it uses none of
 * them. The statements are plain SQL that H2 and PostgreSQL both run; through the entity
 * manager, so that changes not yet flushed in the same transaction are seen.
 */
@Repository
class TieQueries {

	/** The facts of each tie of a viewer to a person; one row per tie that holds. */
	private static final String BETWEEN = """
			select 'REPORT' as tie from person p where p.id = :person and p.manager_id = :viewer
			union all
			select 'MENTEE' from mentorship m
			  where m.mentor_id = :viewer and m.mentee_id = :person
			    and m.since_date <= :today and (m.until_date is null or m.until_date >= :today)
			union all
			select 'SPONSORED_LEAD' from project pr
			  where pr.sponsor_id = :viewer and pr.lead_id = :person
			    and (pr.status <> 'DONE' or pr.end_date >= :closedSince)
			union all
			select 'SPONSORED_MEMBER' from project pr join project_member pm on pm.project_id = pr.id
			  where pr.sponsor_id = :viewer and pm.person_id = :person
			    and (pr.status <> 'DONE' or pr.end_date >= :closedSince)
			union all
			select 'ASKED_BY' from feedback_request r
			  where r.requester_id = :person and r.recipient_id = :viewer and r.status = 'OPEN'
			union all
			select 'WELCOMES_FEEDBACK' from person p join person v on v.id = :viewer
			  where p.id = :person and p.welcomes_feedback = true and v.enabled = true
			""";

	/**
	 * Everyone the viewer grows on a rhythm: reports whose account is on, current
	 * mentees, leads of the ACTIVE projects the viewer sponsors; with the day the viewer
	 * last gave each shared feedback, which their cadence counts from (the newest of the
	 * viewer's entries about them, read from the index of a writer's feedback per
	 * person).
	 */
	private static final String GROWN_BY = """
			select g.person_id, g.name, g.tie, g.cadence, g.since,
			  (select e.observed_on from feedback_entry e
			   where e.author_id = :viewer and e.subject_id = g.person_id and e.visibility = 'SHARED'
			   order by e.author_id, e.subject_id, e.observed_on desc fetch first 1 row only) as last_feedback
			from (
			select p.id as person_id, p.display_name as name, 'REPORT' as tie, cast(null as integer) as cadence,
			  cast(p.created_at as date) as since
			  from person p where p.manager_id = :viewer and p.enabled = true
			union all
			select p.id, p.display_name, 'MENTEE', m.cadence_days, m.since_date
			  from mentorship m join person p on p.id = m.mentee_id
			  where m.mentor_id = :viewer and p.enabled = true
			    and m.since_date <= :today and (m.until_date is null or m.until_date >= :today)
			union all
			select p.id, p.display_name, 'SPONSORED_LEAD', pr.cadence_days, coalesce(pr.start_date, :today)
			  from project pr join person p on p.id = pr.lead_id
			  where pr.sponsor_id = :viewer and pr.status = 'ACTIVE' and p.enabled = true
			) g
			""";

	/**
	 * Everyone who stands in a tie to the person, and which. {@code WELCOMES_FEEDBACK} is
	 * left out: when the person opted in, it holds for every colleague, and it lets them
	 * write, never read.
	 */
	private static final String HOLDERS_OF = """
			select v.id as holder, v.display_name as name, 'REPORT' as tie
			  from person p join person v on v.id = p.manager_id where p.id = :person
			union all
			select v.id, v.display_name, 'MENTEE' from mentorship m join person v on v.id = m.mentor_id
			  where m.mentee_id = :person and m.since_date <= :today and (m.until_date is null or m.until_date >= :today)
			union all
			select v.id, v.display_name, 'SPONSORED_LEAD' from project pr join person v on v.id = pr.sponsor_id
			  where pr.lead_id = :person and (pr.status <> 'DONE' or pr.end_date >= :closedSince)
			union all
			select v.id, v.display_name, 'SPONSORED_MEMBER'
			  from project pr join project_member pm on pm.project_id = pr.id join person v on v.id = pr.sponsor_id
			  where pm.person_id = :person and (pr.status <> 'DONE' or pr.end_date >= :closedSince)
			union all
			select v.id, v.display_name, 'ASKED_BY' from feedback_request r join person v on v.id = r.recipient_id
			  where r.requester_id = :person and r.status = 'OPEN'
			""";

	/** Everyone who grows someone on a rhythm, for the daily overdue check. */
	private static final String GROWERS = """
			select distinct p.manager_id as grower from person p where p.manager_id is not null and p.enabled = true
			union
			select m.mentor_id from mentorship m
			  where m.since_date <= :today and (m.until_date is null or m.until_date >= :today)
			union
			select pr.sponsor_id from project pr where pr.status = 'ACTIVE'
			""";

	/** Whether the viewer manages or mentors anyone. */
	private static final String GROWS_SOMEONE = """
			select 1 from person p where p.manager_id = :viewer
			union all
			select 1 from mentorship m
			  where m.mentor_id = :viewer and m.since_date <= :today and (m.until_date is null or m.until_date >= :today)
			""";

	private final EntityManager entityManager;

	TieQueries(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	Standing between(long viewerId, long personId, LocalDate today) {
		if (viewerId == personId) {
			return Standing.SELF;
		}
		List<?> rows = this.entityManager.createNativeQuery(BETWEEN)
			.setParameter("viewer", viewerId)
			.setParameter("person", personId)
			.setParameter("today", today)
			.setParameter("closedSince", closedSince(today))
			.getResultList();
		Set<Tie> ties = EnumSet.noneOf(Tie.class);
		rows.forEach((row) -> ties.add(Tie.valueOf(row.toString().strip())));
		return new Standing(false, ties);
	}

	List<Grown> grownBy(long viewerId, LocalDate today) {
		List<Tuple> rows = this.entityManager.createNativeQuery(GROWN_BY, Tuple.class)
			.setParameter("viewer", viewerId)
			.setParameter("today", today)
			.getResultList();
		Map<Long, Grown> grown = new LinkedHashMap<>();
		for (Tuple row : rows) {
			long personId = ((Number) row.get(0)).longValue();
			Tie tie = Tie.valueOf(row.get(2).toString().strip());
			Cadence cadence = Cadence.orDefault((row.get(3) != null) ? ((Number) row.get(3)).intValue() : null);
			Grown one = new Grown(personId, (String) row.get(1), Standing.of(tie), cadence, date(row.get(4)),
					(row.get(5) != null) ? date(row.get(5)) : null);
			grown.merge(personId, one, TieQueries::both);
		}
		return new ArrayList<>(grown.values());
	}

	List<TieHolder> holdersOf(long personId, LocalDate today) {
		List<Tuple> rows = this.entityManager.createNativeQuery(HOLDERS_OF, Tuple.class)
			.setParameter("person", personId)
			.setParameter("today", today)
			.setParameter("closedSince", closedSince(today))
			.getResultList();
		return rows.stream()
			.map((row) -> new TieHolder(((Number) row.get(0)).longValue(), (String) row.get(1),
					Tie.valueOf(row.get(2).toString().strip())))
			.toList();
	}

	List<Long> growers(LocalDate today) {
		List<?> rows = this.entityManager.createNativeQuery(GROWERS).setParameter("today", today).getResultList();
		return rows.stream().map((row) -> ((Number) row).longValue()).sorted().toList();
	}

	boolean growsSomeone(long viewerId, LocalDate today) {
		return !this.entityManager.createNativeQuery(GROWS_SOMEONE)
			.setParameter("viewer", viewerId)
			.setParameter("today", today)
			.setMaxResults(1)
			.getResultList()
			.isEmpty();
	}

	private static LocalDate closedSince(LocalDate today) {
		return today.minus(Ties.CLOSING_FEEDBACK_DAYS, ChronoUnit.DAYS);
	}

	/** Two ties to the same person: the stricter cadence, the earlier beginning. */
	private static Grown both(Grown one, Grown other) {
		Set<Tie> ties = EnumSet.copyOf(one.ties());
		ties.addAll(other.ties());
		return new Grown(one.personId(), one.displayName(), new Standing(false, ties),
				one.cadence().stricter(other.cadence()),
				one.since().isBefore(other.since()) ? one.since() : other.since(), one.lastFeedback());
	}

	private static LocalDate date(Object value) {
		if (value instanceof LocalDate day) {
			return day;
		}
		if (value instanceof Date day) {
			return day.toLocalDate();
		}
		if (value instanceof java.util.Date day) {
			return new Date(day.getTime()).toLocalDate();
		}
		throw new IllegalStateException("Not a date: " + value);
	}

}

package org.sprout.security;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import org.sprout.people.Person;

/**
 * The facts of a {@link Relation} in one query: reporting line, current mentorship,
 * sponsored project (open, or closed since {@code closedSince} so the sponsor can write
 * the closing feedback), open request.
 */
interface RelationRepository extends Repository<Person, Long> {

	@Query("""
			select new org.sprout.security.Relation(false,
			  case when exists (select 1 from Person p where p.id = :person and p.manager.id = :viewer)
			    then true else false end,
			  case when exists (select 1 from Mentorship m
			      where m.mentor.id = :viewer and m.mentee.id = :person
			        and m.since <= :today and (m.until is null or m.until >= :today))
			    then true else false end,
			  case when exists (select 1 from Project pr
			      where pr.sponsor.id = :viewer
			        and (pr.status <> org.sprout.projects.ProjectStatus.DONE or pr.endDate >= :closedSince)
			        and (pr.lead.id = :person or exists (select 1 from pr.members mm where mm.id = :person)))
			    then true else false end,
			  case when exists (select 1 from FeedbackRequest r
			      where r.requester.id = :person and r.recipient.id = :viewer
			        and r.status = org.sprout.requests.RequestStatus.OPEN)
			    then true else false end)
			from Person v where v.id = :viewer
			""")
	Optional<Relation> between(@Param("viewer") long viewerId, @Param("person") long personId,
			@Param("today") LocalDate today, @Param("closedSince") LocalDate closedSince);

}

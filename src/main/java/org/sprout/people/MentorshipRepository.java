package org.sprout.people;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MentorshipRepository extends JpaRepository<Mentorship, Long> {

	@Query("""
			select count(m) > 0 from Mentorship m
			where m.mentor.id = :mentor and m.mentee.id = :mentee
			  and m.since <= :today and (m.until is null or m.until >= :today)
			""")
	boolean isCurrentMentor(@Param("mentor") long mentorId, @Param("mentee") long menteeId,
			@Param("today") LocalDate today);

	@Query("""
			select count(m) > 0 from Mentorship m
			where m.mentor.id = :mentor and m.since <= :today and (m.until is null or m.until >= :today)
			""")
	boolean hasCurrentMentees(@Param("mentor") long mentorId, @Param("today") LocalDate today);

	@Query("""
			select m from Mentorship m join fetch m.mentee
			where m.mentor.id = :mentor and m.since <= :today and (m.until is null or m.until >= :today)
			order by m.mentee.displayName
			""")
	List<Mentorship> currentMenteesOf(@Param("mentor") long mentorId, @Param("today") LocalDate today);

	@Query("""
			select m from Mentorship m join fetch m.mentor
			where m.mentee.id = :mentee and m.since <= :today and (m.until is null or m.until >= :today)
			order by m.mentor.displayName
			""")
	List<Mentorship> currentMentorsOf(@Param("mentee") long menteeId, @Param("today") LocalDate today);

}

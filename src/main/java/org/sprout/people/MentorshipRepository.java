package org.sprout.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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

	/** The person's current mentorships, as mentor or as mentee, with both people. */
	@Query("""
			select m from Mentorship m join fetch m.mentor join fetch m.mentee
			where (m.mentor.id = :person or m.mentee.id = :person)
			  and m.since <= :today and (m.until is null or m.until >= :today)
			""")
	List<Mentorship> currentOf(@Param("person") long personId, @Param("today") LocalDate today);

	/** The ids of everyone who mentors someone today. */
	@Query("""
			select distinct m.mentor.id from Mentorship m
			where m.since <= :today and (m.until is null or m.until >= :today)
			""")
	List<Long> currentMentorIds(@Param("today") LocalDate today);

	List<Mentorship> findByMentorIdAndMenteeId(long mentorId, long menteeId);

	@Query("select m from Mentorship m join fetch m.mentor join fetch m.mentee where m.id = :id")
	Optional<Mentorship> findForPage(@Param("id") long id);

	/** The admin's list: current and planned mentorships first, then ended ones. */
	@Query(value = """
			select m from Mentorship m join fetch m.mentor mentor join fetch m.mentee mentee
			order by case when m.until is null or m.until >= :today then 0 else 1 end,
			         mentor.displayName, mentee.displayName, m.id
			""", countQuery = "select count(m) from Mentorship m")
	Page<Mentorship> adminList(@Param("today") LocalDate today, Pageable pageable);

	/** The ids of the admin's list in its order: where a mentorship is listed. */
	@Query("""
			select m.id from Mentorship m join m.mentor mentor join m.mentee mentee
			order by case when m.until is null or m.until >= :today then 0 else 1 end,
			         mentor.displayName, mentee.displayName, m.id
			""")
	List<Long> adminListIds(@Param("today") LocalDate today);

}

package org.sprout.recognition;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RecognitionRepository extends JpaRepository<Recognition, Long> {

	boolean existsByGiverIdAndReceiverIdAndPowerAndRecognisedOnGreaterThanEqual(long giverId, long receiverId,
			Power power, LocalDate since);

	/**
	 * How many recognitions there are and the newest one's id: what the board's kept
	 * ranking is checked against, on every instance.
	 */
	@Query("select new org.sprout.recognition.RecognitionsVersion(count(r), coalesce(max(r.id), 0)) from Recognition r")
	RecognitionsVersion version();

	/**
	 * The recognitions since the day to people whose account is on, as the board ranks
	 * them: ids, teams, power, day and skill, no entities.
	 */
	@Query("""
			select new org.sprout.recognition.WindowRecognition(rc.id, rc.displayName, rc.team, g.id, g.team, g.manager.id, r.power,
			  r.recognisedOn, r.skill.id)
			from Recognition r join r.giver g join r.receiver rc
			where r.recognisedOn >= :since and rc.enabled = true
			""")
	List<WindowRecognition> windowSince(@Param("since") LocalDate since);

	/**
	 * Every recognition the person received, newest first, with giver and skill: their
	 * profile lists the latest and scores the window from the same rows. A person gathers
	 * at most two per giver a month, so the list stays small.
	 */
	@Query("""
			select r from Recognition r join fetch r.giver left join fetch r.skill
			where r.receiver.id = :person order by r.recognisedOn desc, r.id desc
			""")
	List<Recognition> allTo(@Param("person") long personId);

	/** Recognitions given to any of the people between two days, for a project's page. */
	@Query("""
			select r from Recognition r join fetch r.giver join fetch r.receiver left join fetch r.skill
			where r.receiver.id in :people and r.recognisedOn between :from and :to
			order by r.recognisedOn desc, r.id desc
			""")
	List<Recognition> toAnyBetween(@Param("people") Collection<Long> people, @Param("from") LocalDate from,
			@Param("to") LocalDate to, Pageable pageable);

}

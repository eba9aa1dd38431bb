package org.sprout.feedback;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FeedbackRepository
		extends JpaRepository<FeedbackEntry, Long>, JpaSpecificationExecutor<FeedbackEntry> {

	/**
	 * A page of history: author and project come in the same query, skills in one batch.
	 */
	@Override
	@EntityGraph(attributePaths = { "author", "project" })
	Page<FeedbackEntry> findAll(Specification<FeedbackEntry> spec, Pageable pageable);

	@Query("""
			select e from FeedbackEntry e join fetch e.author join fetch e.subject left join fetch e.project
			  left join fetch e.skills
			where e.id = :id
			""")
	Optional<FeedbackEntry> findForPage(@Param("id") long id);

	/** Authors of the entries about the subject that the viewer may read. */
	@Query("""
			select distinct e.author from FeedbackEntry e
			where e.subject.id = :subject
			  and (e.author.id = :viewer or (:readsShared = true and e.visibility = org.sprout.feedback.Visibility.SHARED))
			order by e.author.displayName
			""")
	List<org.sprout.people.Person> authorsVisibleIn(@Param("subject") long subjectId, @Param("viewer") long viewerId,
			@Param("readsShared") boolean readsShared);

	/** Shared entries about the person whose reflection holds a commitment still open. */
	@EntityGraph(attributePaths = { "author" })
	@Query("""
			select e from FeedbackEntry e
			where e.subject.id = :subject and e.visibility = org.sprout.feedback.Visibility.SHARED
			  and e.commitment is not null and e.commitmentClosedAt is null
			order by e.reflectedAt desc
			""")
	List<FeedbackEntry> openCommitmentsAbout(@Param("subject") long subjectId);

	/**
	 * The newest reflections on shared entries the viewer wrote or that are about people
	 * the viewer grows.
	 */
	@EntityGraph(attributePaths = { "author", "subject" })
	@Query("""
			select e from FeedbackEntry e
			where e.reflectedAt is not null and e.visibility = org.sprout.feedback.Visibility.SHARED
			  and (e.author.id = :viewer or e.subject.id in :grown)
			order by e.reflectedAt desc
			""")
	List<FeedbackEntry> recentReflectionsFor(@Param("viewer") long viewerId, @Param("grown") List<Long> grownIds,
			Pageable limit);

	/** The newest shared entries about a person. */
	@EntityGraph(attributePaths = { "author", "project" })
	@Query("""
			select e from FeedbackEntry e
			where e.subject.id = :subject and e.visibility = org.sprout.feedback.Visibility.SHARED
			order by e.observedOn desc, e.id desc
			""")
	List<FeedbackEntry> recentSharedAbout(@Param("subject") long subjectId, Pageable limit);

	/** For each of the subjects, the day the author last gave them shared feedback. */
	@Query("""
			select e.subject.id as subjectId, max(e.observedOn) as lastOn from FeedbackEntry e
			where e.author.id = :author and e.subject.id in :subjects
			  and e.visibility = org.sprout.feedback.Visibility.SHARED
			group by e.subject.id
			""")
	List<LastFeedback> lastSharedFeedbackBy(@Param("author") long authorId, @Param("subjects") List<Long> subjectIds);

	/**
	 * The open commitments of several subjects at once, newest reflection first: what the
	 * subjects promised on shared feedback and no later feedback has followed up yet.
	 */
	@Query("""
			select e.subject.id as subjectId, e.id as entryId, e.commitment as commitment, e.reflectedAt as reflectedAt
			from FeedbackEntry e
			where e.subject.id in :subjects and e.visibility = org.sprout.feedback.Visibility.SHARED
			  and e.commitment is not null and e.commitmentClosedAt is null
			order by e.reflectedAt desc, e.id desc
			""")
	List<OpenCommitment> openCommitmentsOf(@Param("subjects") List<Long> subjectIds);

	/** The kinds of the author's newest shared entries observed since the day. */
	@Query("""
			select e.kind from FeedbackEntry e
			where e.author.id = :author and e.visibility = org.sprout.feedback.Visibility.SHARED
			  and e.observedOn >= :since
			order by e.observedOn desc, e.id desc
			""")
	List<FeedbackKind> recentSharedKindsBy(@Param("author") long authorId, @Param("since") java.time.LocalDate since,
			Pageable limit);

	/**
	 * The author's coach scores and findings per month of observation since the day, in
	 * one grouped query: one row per month and set of findings (such as
	 * "clear,actionable"), with the sum of the scores and the number of entries. Entries
	 * saved without a score do not count.
	 */
	@Query("""
			select year(e.observedOn) as year, month(e.observedOn) as month, e.qualityFindings as findings,
			  sum(e.qualityScore) as scoreTotal, count(e) as entries
			from FeedbackEntry e
			where e.author.id = :author and e.qualityScore is not null and e.observedOn >= :since
			group by year(e.observedOn), month(e.observedOn), e.qualityFindings
			""")
	List<MonthlyQuality> qualityByMonth(@Param("author") long authorId, @Param("since") java.time.LocalDate since);

	interface MonthlyQuality {

		Integer getYear();

		Integer getMonth();

		/**
		 * The ids of the coach's rules the entries tripped, comma-separated; may be
		 * empty.
		 */
		String getFindings();

		Long getScoreTotal();

		Long getEntries();

	}

	interface OpenCommitment {

		Long getSubjectId();

		Long getEntryId();

		String getCommitment();

		java.time.Instant getReflectedAt();

	}

	interface LastFeedback {

		Long getSubjectId();

		java.time.LocalDate getLastOn();

	}

}

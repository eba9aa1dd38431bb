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

	/**
	 * Shared entries about the person whose reflection holds a commitment still open: the
	 * ones a new entry may follow up (a write, not a list any viewer reads).
	 */
	@Query("""
			select e from FeedbackEntry e join fetch e.author left join fetch e.skills
			where e.subject.id = :subject and e.visibility = org.sprout.feedback.Visibility.SHARED
			  and e.commitmentState = org.sprout.feedback.CommitmentState.OPEN
			order by e.reflectedAt desc
			""")
	List<FeedbackEntry> openCommitmentsAbout(@Param("subject") long subjectId);

	/** The kinds of the author's newest shared entries observed since the day. */
	@Query("""
			select e.kind from FeedbackEntry e
			where e.author.id = :author and e.visibility = org.sprout.feedback.Visibility.SHARED
			  and e.observedOn >= :since
			order by e.author.id, e.observedOn desc, e.id desc
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

	/** Shared feedback entries on the project per skill: [skill id, entries]. */
	@Query("""
			select s.id, count(e) from FeedbackEntry e join e.skills s
			where e.project.id = :project and e.visibility = org.sprout.feedback.Visibility.SHARED
			group by s.id
			""")
	List<Object[]> sharedEntriesPerSkillOn(@Param("project") long projectId);

	/** Shared entries on the project, and the last day one was about the lead. */
	@Query("""
			select new org.sprout.feedback.ProjectFeedback(count(e),
			  max(case when e.subject.id = :lead then e.observedOn end))
			from FeedbackEntry e
			where e.project.id = :project and e.visibility = org.sprout.feedback.Visibility.SHARED
			""")
	ProjectFeedback sharedFeedbackOn(@Param("project") long projectId, @Param("lead") long leadId);

	/**
	 * The sponsor's shared feedback to the lead on the project written since it closed.
	 */
	@Query("""
			select e.id from FeedbackEntry e
			where e.project.id = :project and e.author.id = :sponsor and e.subject.id = :lead
			  and e.visibility = org.sprout.feedback.Visibility.SHARED and e.createdAt >= :closed
			order by e.createdAt desc
			""")
	List<Long> closingFeedback(@Param("project") long projectId, @Param("sponsor") long sponsorId,
			@Param("lead") long leadId, @Param("closed") java.time.Instant closed, Pageable pageable);

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

}

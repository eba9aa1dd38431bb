package org.sprout.projects;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProjectRepository extends JpaRepository<Project, Long> {

	@EntityGraph(attributePaths = { "lead", "sponsor" })
	@Query("select p from Project p")
	Page<Project> list(Pageable pageable);

	@EntityGraph(attributePaths = { "lead", "sponsor", "members", "focusSkills" })
	@Query("select p from Project p where p.id = :id")
	Optional<Project> findForPage(@Param("id") long id);

	/** Projects the person leads or is a member of, newest first. */
	@Query("""
			select p from Project p join fetch p.lead join fetch p.sponsor
			where p.lead.id = :person or exists (select 1 from p.members m where m.id = :person)
			order by p.startDate desc nulls last, p.id desc
			""")
	List<Project> projectsOf(@Param("person") long personId);

	/**
	 * The person's projects as {@link #projectsOf}, with their focus skills in the same
	 * query.
	 */
	@EntityGraph(attributePaths = { "lead", "sponsor", "focusSkills" })
	@Query("""
			select p from Project p
			where p.lead.id = :person or exists (select 1 from p.members m where m.id = :person)
			order by p.startDate desc nulls last, p.id desc
			""")
	List<Project> projectsWithFocusSkillsOf(@Param("person") long personId);

	List<Project> findAllByOrderByNameAsc();

	/** Shared feedback entries on the project per skill: [skill id, entries]. */
	@Query("""
			select s.id, count(e) from FeedbackEntry e join e.skills s
			where e.project.id = :project and e.visibility = org.sprout.feedback.Visibility.SHARED
			group by s.id
			""")
	List<Object[]> sharedEntriesPerSkill(@Param("project") long projectId);

	/** Shared entries on the project, and the last day one was about the lead. */
	@Query("""
			select new org.sprout.projects.ProjectFeedback(count(e),
			  max(case when e.subject.id = :lead then e.observedOn end))
			from FeedbackEntry e
			where e.project.id = :project and e.visibility = org.sprout.feedback.Visibility.SHARED
			""")
	ProjectFeedback sharedFeedback(@Param("project") long projectId, @Param("lead") long leadId);

	/** Feedback requests about the project: [status, count]. */
	@Query("select r.status, count(r) from FeedbackRequest r where r.project.id = :project group by r.status")
	List<Object[]> requestsPerStatus(@Param("project") long projectId);

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

	/**
	 * What the person's dashboard needs of projects, in one query: the ACTIVE ones they
	 * sponsor (their leads are due feedback) and the ones they lead that are not over yet
	 * (not DONE, or DONE without a retrospective).
	 */
	@Query("""
			select p from Project p join fetch p.lead join fetch p.sponsor
			where (p.sponsor.id = :person and p.status = org.sprout.projects.ProjectStatus.ACTIVE)
			   or (p.lead.id = :person
			       and (p.status <> org.sprout.projects.ProjectStatus.DONE or p.retrospective is null))
			order by p.startDate desc nulls last, p.id desc
			""")
	List<Project> onDashboardOf(@Param("person") long personId);

	/** Everyone who sponsors an ACTIVE project. */
	@Query("select distinct p.sponsor.id from Project p where p.status = org.sprout.projects.ProjectStatus.ACTIVE")
	List<Long> activeSponsorIds();

	/**
	 * The projects a person leads, sponsors or is a member of, with focus skills, newest
	 * first: their profile's list.
	 */
	@EntityGraph(attributePaths = { "lead", "sponsor", "focusSkills" })
	@Query("""
			select p from Project p
			where p.lead.id = :person or p.sponsor.id = :person
			   or exists (select 1 from p.members m where m.id = :person)
			order by p.startDate desc nulls last, p.id desc
			""")
	List<Project> projectsAround(@Param("person") long personId);

}

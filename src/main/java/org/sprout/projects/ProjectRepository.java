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
	@Query("""
			select p from Project p join fetch p.lead join fetch p.sponsor left join fetch p.focusSkills
			where p.lead.id = :person or exists (select 1 from p.members m where m.id = :person)
			order by p.startDate desc nulls last, p.id desc
			""")
	List<Project> projectsWithFocusSkillsOf(@Param("person") long personId);

	List<Project> findAllByOrderByNameAsc();

	/**
	 * The projects the person leads that are not over yet: not DONE, or DONE without a
	 * retrospective.
	 */
	@Query("""
			select p from Project p join fetch p.lead join fetch p.sponsor
			where p.lead.id = :person
			  and (p.status <> org.sprout.projects.ProjectStatus.DONE or p.retrospective is null)
			order by p.startDate desc nulls last, p.id desc
			""")
	List<Project> ledAndNotOver(@Param("person") long personId);

	/**
	 * The ACTIVE project each of the people leads, if any: [lead id, project id, name].
	 */
	@Query("""
			select new org.sprout.projects.LeadingProject(p.lead.id, p.id, p.name) from Project p
			where p.status = org.sprout.projects.ProjectStatus.ACTIVE and p.lead.id in :people
			order by p.startDate desc nulls last, p.id desc
			""")
	List<LeadingProject> activeLedBy(@Param("people") java.util.Collection<Long> personIds);

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

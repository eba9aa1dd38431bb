package org.sprout.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PersonRepository extends JpaRepository<Person, Long> {

	Optional<Person> findByUsername(String username);

	boolean existsByUsername(String username);

	boolean existsByUsernameAndIdNot(String username, long id);

	boolean existsByEmailIgnoreCaseAndIdNot(String email, long id);

	boolean existsByManagerId(long managerId);

	List<Person> findByManagerIdOrderByDisplayName(long managerId);

	/** The ids of everyone who manages someone. */
	@Query("select distinct p.manager.id from Person p where p.manager is not null")
	List<Long> managerIds();

	List<Person> findByEnabledTrueOrderByDisplayName();

	/**
	 * Who may be chosen in a form (their account is on) whose name or team holds the
	 * text, by name, but the excepted person (0 for none); at most so many, in one query.
	 */
	@Query("""
			select p from Person p
			where p.enabled = true and p.id <> :except
			  and (lower(p.displayName) like lower(concat('%', :q, '%')) escape '\\'
			       or lower(p.team) like lower(concat('%', :q, '%')) escape '\\')
			order by p.displayName, p.id
			""")
	List<Person> choices(@Param("q") String query, @Param("except") long exceptId, Limit most);

	@Query("select p from Person p left join fetch p.manager where p.id = :id")
	Optional<Person> findWithManager(@Param("id") long id);

	/** The person with their manager and their reports, for their profile. */
	@Query("select p from Person p left join fetch p.manager left join fetch p.reports where p.id = :id")
	Optional<Person> findWithManagerAndReports(@Param("id") long id);

	@EntityGraph(attributePaths = "manager")
	@Query("""
			select p from Person p
			where :q = '' or lower(p.displayName) like lower(concat('%', :q, '%')) escape '\\'
			   or lower(p.team) like lower(concat('%', :q, '%')) escape '\\'
			   or lower(p.jobTitle) like lower(concat('%', :q, '%')) escape '\\'
			""")
	Page<Person> directory(@Param("q") String query, Pageable pageable);

	/**
	 * A search text as a LIKE pattern part that matches itself only: {@code %} and
	 * {@code _} typed by a user are letters, not wildcards.
	 */
	static String literal(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/**
	 * The admin's list: everyone, with their manager, found by name, username or team.
	 */
	@EntityGraph(attributePaths = "manager")
	@Query(value = """
			select p from Person p
			where :q = '' or lower(p.displayName) like lower(concat('%', :q, '%')) escape '\\'
			   or lower(p.username) like lower(concat('%', :q, '%')) escape '\\'
			   or lower(p.team) like lower(concat('%', :q, '%')) escape '\\'
			   or lower(p.email) like lower(concat('%', :q, '%')) escape '\\'
			""")
	Page<Person> adminList(@Param("q") String query, Pageable pageable);

	/**
	 * Tells that something the feedback histories of these people show has changed: what
	 * is kept of their histories between requests is read afresh, on every instance, from
	 * the next request on. Called inside the writer's transaction. Writing an entry moves
	 * its subject's version by itself ({@code feedback.HistoryVersions}); the projects
	 * and names a history shows call this when they change.
	 */
	@Modifying(flushAutomatically = true)
	@Query("update Person p set p.historyVersion = p.historyVersion + 1 where p.id in :ids")
	int historyChanged(@Param("ids") Collection<Long> personIds);

	/** The same for everyone, when what changed may show in any history. */
	@Modifying(flushAutomatically = true)
	@Query("update Person p set p.historyVersion = p.historyVersion + 1")
	int everyHistoryChanged();

	/**
	 * Everyone's id in the order of the admin's list (by name): where someone is listed.
	 */
	@Query("select p.id from Person p order by p.displayName, p.id")
	List<Long> idsByName();

	/** Every reporting line of the organisation, for checking a new manager. */
	@Query("select new org.sprout.people.ManagerLink(p.id, p.manager.id) from Person p where p.manager is not null")

	List<ManagerLink> managerLinks();

}

package org.sprout.requests;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FeedbackRequestRepository extends JpaRepository<FeedbackRequest, Long> {

	@EntityGraph(attributePaths = { "requester", "recipient", "project" })
	@Query("select r from FeedbackRequest r where r.id = :id")
	Optional<FeedbackRequest> findForPage(@Param("id") long id);

	/** A page of the requests to the person, open ones first, newest first. */
	@Query(value = """
			select r from FeedbackRequest r join fetch r.requester left join fetch r.project
			where r.recipient.id = :recipient
			order by case when r.status = org.sprout.requests.RequestStatus.OPEN then 0 else 1 end, r.createdAt desc, r.id desc
			""",
			countQuery = "select count(r) from FeedbackRequest r where r.recipient.id = :recipient")
	Page<FeedbackRequest> receivedBy(@Param("recipient") long recipientId, Pageable pageable);

	@EntityGraph(attributePaths = { "recipient", "project" })
	@Query("select r from FeedbackRequest r where r.requester.id = :requester order by r.createdAt desc")
	List<FeedbackRequest> sentBy(@Param("requester") long requesterId);

	/** The newest of the requests the person sent, with whom they asked. */
	@Query("""
			select r from FeedbackRequest r join fetch r.recipient left join fetch r.project
			where r.requester.id = :requester order by r.createdAt desc, r.id desc
			""")
	List<FeedbackRequest> newestSentBy(@Param("requester") long requesterId, Pageable limit);

	@EntityGraph(attributePaths = { "requester", "project" })
	@Query("""
			select r from FeedbackRequest r
			where r.recipient.id = :recipient and r.status = org.sprout.requests.RequestStatus.OPEN
			order by r.createdAt
			""")
	List<FeedbackRequest> openFor(@Param("recipient") long recipientId);

	/** Open requests to or from the person, oldest first, with their skills. */
	@EntityGraph(attributePaths = { "requester", "recipient", "project", "skills" })
	@Query("""
			select r from FeedbackRequest r
			where r.status = org.sprout.requests.RequestStatus.OPEN
			  and (r.recipient.id = :person or r.requester.id = :person)
			order by r.createdAt, r.id
			""")
	List<FeedbackRequest> openInvolving(@Param("person") long personId);

	/** Open requests due between the two days, soonest first, with both people. */
	@EntityGraph(attributePaths = { "requester", "recipient" })
	@Query("""
			select r from FeedbackRequest r
			where r.status = org.sprout.requests.RequestStatus.OPEN and r.dueOn between :from and :to
			order by r.dueOn, r.id
			""")
	List<FeedbackRequest> openDueBetween(@Param("from") java.time.LocalDate from, @Param("to") java.time.LocalDate to);

	/** Feedback requests about the project: [status, count]. */
	@Query("select r.status, count(r) from FeedbackRequest r where r.project.id = :project group by r.status")
	List<Object[]> perStatusOn(@Param("project") long projectId);

}

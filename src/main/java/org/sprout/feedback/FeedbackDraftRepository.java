package org.sprout.feedback;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FeedbackDraftRepository extends JpaRepository<FeedbackDraft, Long> {

	@Query("select d from FeedbackDraft d where d.author.id = :author and d.subject.id = :subject")
	Optional<FeedbackDraft> findOf(@Param("author") long authorId, @Param("subject") long subjectId);

	/** Removes the author's draft about the subject; how many there were (0 or 1). */
	@Modifying(flushAutomatically = true, clearAutomatically = false)
	@Query("delete from FeedbackDraft d where d.author.id = :author and d.subject.id = :subject")
	int deleteOf(@Param("author") long authorId, @Param("subject") long subjectId);

}

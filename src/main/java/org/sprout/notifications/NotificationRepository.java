package org.sprout.notifications;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationRepository extends JpaRepository<Notification, Long> {

	@Query("select count(n) from Notification n where n.recipient.id = :recipient and n.readAt is null")
	long countUnread(@Param("recipient") long recipientId);

	@Query(value = "select n from Notification n where n.recipient.id = :recipient",
			countQuery = "select count(n) from Notification n where n.recipient.id = :recipient")
	Page<Notification> findForRecipient(@Param("recipient") long recipientId, Pageable pageable);

	/** Which of the keys the recipient has already been notified of. */
	@Query("select n.onceKey from Notification n where n.recipient.id = :recipient and n.onceKey in :keys")
	List<String> knownKeys(@Param("recipient") long recipientId, @Param("keys") Collection<String> keys);

	@Query("""
			select n from Notification n
			where n.recipient.id = :recipient and n.readAt is null
			order by n.createdAt desc, n.id desc
			""")
	List<Notification> unread(@Param("recipient") long recipientId, Pageable limit);

	@Modifying
	@Query("update Notification n set n.readAt = :now where n.recipient.id = :recipient and n.readAt is null")
	int markAllRead(@Param("recipient") long recipientId, @Param("now") Instant now);

	/** Marks read what told the recipient the person was overdue: feedback has come. */
	@Modifying
	@Query("""
			update Notification n set n.readAt = :now
			where n.recipient.id = :recipient and n.targetId = :person and n.readAt is null
			  and n.kind = org.sprout.notifications.NotificationKind.MENTEE_OVERDUE
			""")
	int settleOverdue(@Param("recipient") long recipientId, @Param("person") long personId,
			@Param("now") java.time.Instant now);

	/** The recipient's unread notifications of a kind about a target. */
	@Query("""
			select n from Notification n
			where n.recipient.id = :recipient and n.kind = :kind and n.targetId = :target and n.readAt is null
			""")
	List<Notification> unreadAbout(@Param("recipient") long recipientId, @Param("kind") NotificationKind kind,
			@Param("target") long targetId);

}

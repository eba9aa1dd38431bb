package org.sprout.feedback;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.security.AccessPolicy;

/**
 * The versions of an entry that Hibernate Envers kept, for whoever may read the entry.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackRevisions {

	private final EntityManager entityManager;

	private final FeedbackService feedback;

	FeedbackRevisions(EntityManager entityManager, FeedbackService feedback) {
		this.entityManager = entityManager;
		this.feedback = feedback;
	}

	/**
	 * Every version of the entry, newest first; 404 for those who may not read it. A
	 * version written while the entry was a private note stays its author's: others see
	 * that it exists, not what it said.
	 */
	public List<Version> of(long viewerId, long entryId) {
		FeedbackEntry current = this.feedback.read(viewerId, entryId);
		boolean author = AccessPolicy.canEdit(viewerId, current.getAuthor().getId());
		List<?> rows = AuditReaderFactory.get(this.entityManager)
			.createQuery()
			.forRevisionsOfEntity(FeedbackEntry.class, false, false)
			.add(AuditEntity.id().eq(entryId))
			.addOrder(AuditEntity.revisionNumber().desc())
			.getResultList();
		return rows.stream().map((row) -> {
			Object[] parts = (Object[]) row;
			FeedbackEntry version = (FeedbackEntry) parts[0];
			FeedbackRevision revision = (FeedbackRevision) parts[1];
			Instant savedAt = Instant.ofEpochMilli(revision.getTimestamp());
			if (version.isPrivateNote() && !author) {
				return new Version(revision.getId(), savedAt, null);
			}
			version.getSkills().size();
			if (version.getProject() != null) {
				version.getProject().getName();
			}
			return new Version(revision.getId(), savedAt, version);
		}).toList();
	}

	/**
	 * One kept version of an entry.
	 *
	 * @param number the revision number
	 * @param savedAt when it was saved
	 * @param entry the entry as it read then, or null when the viewer may not read it
	 * (written while it was a private note, by someone else)
	 */
	public record Version(int number, Instant savedAt, FeedbackEntry entry) {

		public boolean isWithheld() {
			return this.entry == null;
		}

	}

}

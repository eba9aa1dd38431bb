package org.sprout.feedback;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.security.AccessPolicy;
import org.sprout.skills.Skill;
import org.sprout.skills.SkillFramework;

/**
 * The versions of an entry that Hibernate Envers kept, for whoever may read the entry.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackRevisions {

	private final EntityManager entityManager;

	private final FeedbackService feedback;

	private final SkillFramework skills;

	FeedbackRevisions(EntityManager entityManager, FeedbackService feedback, SkillFramework skills) {
		this.entityManager = entityManager;
		this.feedback = feedback;
		this.skills = skills;
	}

	/**
	 * Every version of the entry, newest first; 404 for those who may not read it. A
	 * version written while the entry was a private note stays its author's: others see
	 * that it exists, not what it said.
	 */
	public Versions of(long viewerId, long entryId) {
		FeedbackEntry current = this.feedback.read(viewerId, entryId);
		boolean author = AccessPolicy.canEdit(viewerId, current.getAuthor().getId());
		Map<Integer, List<Skill>> skillsAt = skillsAt(entryId);
		List<?> rows = AuditReaderFactory.get(this.entityManager)
			.createQuery()
			.forRevisionsOfEntity(FeedbackEntry.class, false, false)
			.add(AuditEntity.id().eq(entryId))
			.addOrder(AuditEntity.revisionNumber().desc())
			.getResultList();
		List<Version> versions = rows.stream().map((row) -> {
			Object[] parts = (Object[]) row;
			FeedbackEntry version = (FeedbackEntry) parts[0];
			FeedbackRevision revision = (FeedbackRevision) parts[1];
			Instant savedAt = Instant.ofEpochMilli(revision.getTimestamp());
			if (version.isPrivateNote() && !author) {
				return new Version(revision.getId(), savedAt, null, List.of());
			}
			if (version.getProject() != null) {
				version.getProject().getName();
			}
			return new Version(revision.getId(), savedAt, version, skillsAt.getOrDefault(revision.getId(), List.of()));
		}).toList();
		return new Versions(current, versions);
	}

	/**
	 * The skills of the entry as each of its versions had them, in one query of the kept
	 * changes (added, removed) instead of one per version, in the framework's order.
	 */
	private Map<Integer, List<Skill>> skillsAt(long entryId) {
		List<?> changes = this.entityManager
			.createNativeQuery("select rev, skill_id, revtype from feedback_entry_skill_aud where entry_id = :entry"
					+ " order by rev")
			.setParameter("entry", entryId)
			.getResultList();
		Map<Long, Skill> framework = new LinkedHashMap<>();
		this.skills.all().forEach((skill) -> framework.put(skill.getId(), skill));
		Map<Integer, List<Skill>> at = new LinkedHashMap<>();
		Set<Long> held = new LinkedHashSet<>();
		Integer rev = null;
		for (Object change : changes) {
			Object[] row = (Object[]) change;
			int thisRev = ((Number) row[0]).intValue();
			if (rev != null && thisRev != rev) {
				at.put(rev, inOrder(held, framework));
			}
			rev = thisRev;
			long skillId = ((Number) row[1]).longValue();
			if (((Number) row[2]).intValue() == RevisionType.DEL.getRepresentation()) {
				held.remove(skillId);
			}
			else {
				held.add(skillId);
			}
		}
		if (rev != null) {
			at.put(rev, inOrder(held, framework));
		}
		return at;
	}

	private static List<Skill> inOrder(Set<Long> held, Map<Long, Skill> framework) {
		return framework.values().stream().filter((skill) -> held.contains(skill.getId())).toList();
	}

	/**
	 * An entry's versions.
	 *
	 * @param current the entry as it reads now
	 * @param versions every kept version, newest first
	 */
	public record Versions(FeedbackEntry current, List<Version> versions) {
	}

	/**
	 * One kept version of an entry.
	 *
	 * @param number the revision number
	 * @param savedAt when it was saved
	 * @param entry the entry as it read then, or null when the viewer may not read it
	 * (written while it was a private note, by someone else)
	 * @param skills its skills then
	 */
	public record Version(int number, Instant savedAt, FeedbackEntry entry, List<Skill> skills) {

		public boolean isWithheld() {
			return this.entry == null;
		}

	}

}

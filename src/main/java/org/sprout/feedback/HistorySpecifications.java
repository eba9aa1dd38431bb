package org.sprout.feedback;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Join;
import org.springframework.data.jpa.domain.Specification;

import org.sprout.skills.Skill;

/**
 * The where-clause of a history page: whose history, what the viewer may read (the one
 * clause of {@link ReadableFeedback}), and the filters.
 */
final class HistorySpecifications {

	private HistorySpecifications() {
	}

	static Specification<FeedbackEntry> historyOf(long subjectId, ReadableFeedback readable, HistoryFilter filter) {
		List<Specification<FeedbackEntry>> parts = new ArrayList<>();
		parts.add((root, query, cb) -> cb.equal(root.get("subject").get("id"), subjectId));
		parts.add(readable.entries());
		if (filter.kind() != null) {
			parts.add((root, query, cb) -> cb.equal(root.get("kind"), filter.kind()));
		}
		if (filter.project() != null) {
			parts.add((root, query, cb) -> cb.equal(root.get("project").get("id"), filter.project()));
		}
		if (filter.author() != null) {
			parts.add((root, query, cb) -> cb.equal(root.get("author").get("id"), filter.author()));
		}
		if (filter.from() != null) {
			parts.add((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("observedOn"), filter.from()));
		}
		if (filter.to() != null) {
			parts.add((root, query, cb) -> cb.lessThanOrEqualTo(root.get("observedOn"), filter.to()));
		}
		if (Boolean.TRUE.equals(filter.unacknowledged())) {
			parts.add((root, query, cb) -> cb.isNull(root.get("acknowledgedAt")));
		}
		if (Boolean.TRUE.equals(filter.reflected())) {
			parts.add((root, query, cb) -> cb.isNotNull(root.get("reflectedAt")));
		}
		if (filter.skill() != null) {
			parts.add((root, query, cb) -> {
				var sub = query.subquery(Long.class);
				var entry = sub.from(FeedbackEntry.class);
				Join<FeedbackEntry, Skill> skill = entry.join("skills");
				sub.select(entry.get("id"))
					.where(cb.equal(entry.get("id"), root.get("id")), cb.equal(skill.get("id"), filter.skill()));
				return cb.exists(sub);
			});
		}
		return Specification.allOf(parts);
	}

}

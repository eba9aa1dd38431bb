package org.sprout.feedback;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.jpa.domain.Specification;

import org.sprout.security.AccessPolicy;
import org.sprout.ties.Standing;

/**
 * What one viewer may read of the feedback about some people, as the where-clause every
 * list of feedback reads through: the history, its charts and exports, the dashboard's
 * commitments and reflections, the open commitments on the form. It exists only once the
 * access policy has judged the viewer's standing to each person, so the clause cannot
 * drift from the policy: the viewer's own entries, and the shared entries about the
 * people whose shared feedback {@link AccessPolicy#readsSharedFeedbackAbout} lets them
 * read.
 */
public final class ReadableFeedback {

	private final long viewerId;

	private final Set<Long> sharedAbout;

	private ReadableFeedback(long viewerId, Set<Long> sharedAbout) {
		this.viewerId = viewerId;
		this.sharedAbout = Set.copyOf(sharedAbout);
	}

	/** What the viewer reads about each of the people, given how they stand to each. */
	public static ReadableFeedback of(long viewerId, Map<Long, Standing> standings) {
		return new ReadableFeedback(viewerId,
				standings.entrySet()
					.stream()
					.filter((standing) -> AccessPolicy.readsSharedFeedbackAbout(standing.getValue()))
					.map(Map.Entry::getKey)
					.collect(Collectors.toSet()));
	}

	/** What the viewer reads about one person. */
	public static ReadableFeedback of(long viewerId, long subjectId, Standing standing) {
		return of(viewerId, Map.of(subjectId, standing));
	}

	/** What a person reads about themselves: everything shared about them. */
	public static ReadableFeedback ofSelf(long personId) {
		return of(personId, personId, Standing.SELF);
	}

	public long viewerId() {
		return this.viewerId;
	}

	/** Whether the viewer reads every shared entry about the person. */
	public boolean readsSharedAbout(long subjectId) {
		return this.sharedAbout.contains(subjectId);
	}

	/** The people whose shared feedback the viewer reads. */
	public Collection<Long> sharedAbout() {
		return this.sharedAbout;
	}

	/**
	 * The query form of {@link AccessPolicy#canRead}: entries the viewer wrote, and
	 * shared entries about the people whose shared feedback they read.
	 */
	public Specification<FeedbackEntry> entries() {
		return (root, query, cb) -> {
			var authored = cb.equal(root.get("author").get("id"), this.viewerId);
			if (this.sharedAbout.isEmpty()) {
				return authored;
			}
			return cb.or(authored, cb.and(cb.equal(root.get("visibility"), Visibility.SHARED),
					root.get("subject").get("id").in(this.sharedAbout)));
		};
	}

	/** The same, narrowed to the entries about the given people. */
	public Specification<FeedbackEntry> entriesAbout(Collection<Long> subjectIds) {
		Specification<FeedbackEntry> about = (root, query, cb) -> root.get("subject").get("id").in(subjectIds);
		return about.and(entries());
	}

}

package org.sprout.feedback;

import java.util.Optional;

import org.springframework.data.jpa.domain.Specification;

import org.sprout.people.Person;
import org.sprout.security.AccessPolicy;
import org.sprout.security.Relation;

/**
 * A person's feedback history as one viewer may read it, narrowed by the filters. A scope
 * exists only once the access policy has let the viewer open that history, so everything
 * computed from it (the page, the charts, the exports) reads exactly the entries the
 * history page shows: shared ones when the viewer reads them, and the viewer's own notes.
 */
public final class HistoryScope {

	private final Person subject;

	private final long viewerId;

	private final boolean readsShared;

	private final HistoryFilter filter;

	private HistoryScope(Person subject, long viewerId, boolean readsShared, HistoryFilter filter) {
		this.subject = subject;
		this.viewerId = viewerId;
		this.readsShared = readsShared;
		this.filter = filter;
	}

	/**
	 * The viewer's scope of the subject's history, or empty when the access policy does
	 * not let them open it.
	 * @param relation how the viewer stands to the subject, as {@code Relations.between}
	 * found it
	 */
	public static Optional<HistoryScope> of(long viewerId, Person subject, Relation relation, HistoryFilter filter) {
		if (!AccessPolicy.canViewHistory(relation)) {
			return Optional.empty();
		}
		return Optional.of(new HistoryScope(subject, viewerId, AccessPolicy.readsSharedFeedbackAbout(relation),
				(filter != null) ? filter : HistoryFilter.none()));
	}

	public Person subject() {
		return this.subject;
	}

	public long subjectId() {
		return this.subject.getId();
	}

	public long viewerId() {
		return this.viewerId;
	}

	public HistoryFilter filter() {
		return this.filter;
	}

	boolean readsShared() {
		return this.readsShared;
	}

	/**
	 * The where-clause of the entries in this scope, for pages, aggregates and exports.
	 */
	public Specification<FeedbackEntry> entries() {
		return HistorySpecifications.historyOf(subjectId(), this.viewerId, this.readsShared, this.filter);
	}

}

package org.sprout.feedback;

import java.util.Optional;

import org.springframework.data.jpa.domain.Specification;

import org.sprout.people.Person;
import org.sprout.security.AccessPolicy;
import org.sprout.ties.Standing;

/**
 * A person's feedback history as one viewer may read it, narrowed by the filters. A scope
 * exists only once the access policy has let the viewer open that history, so everything
 * computed from it (the page, the charts, the exports) reads exactly the entries the
 * history page shows: shared ones when the viewer reads them, and the viewer's own notes.
 */
public final class HistoryScope {

	private final Person subject;

	private final ReadableFeedback readable;

	private final HistoryFilter filter;

	private HistoryScope(Person subject, ReadableFeedback readable, HistoryFilter filter) {
		this.subject = subject;
		this.readable = readable;
		this.filter = filter;
	}

	/**
	 * The viewer's scope of the subject's history, or empty when the access policy does
	 * not let them open it.
	 * @param standing how the viewer stands to the subject, as {@code Ties.between} found
	 * it
	 */
	public static Optional<HistoryScope> of(long viewerId, Person subject, Standing standing, HistoryFilter filter) {
		if (!AccessPolicy.canViewHistory(standing)) {
			return Optional.empty();
		}
		return Optional.of(new HistoryScope(subject, ReadableFeedback.of(viewerId, subject.getId(), standing),
				(filter != null) ? filter : HistoryFilter.none()));
	}

	public Person subject() {
		return this.subject;
	}

	public long subjectId() {
		return this.subject.getId();
	}

	public long viewerId() {
		return this.readable.viewerId();
	}

	public HistoryFilter filter() {
		return this.filter;
	}

	/** What the viewer may read of the subject's feedback. */
	public ReadableFeedback readable() {
		return this.readable;
	}

	/**
	 * The where-clause of the entries in this scope, for pages, aggregates and exports.
	 */
	public Specification<FeedbackEntry> entries() {
		return HistorySpecifications.historyOf(subjectId(), this.readable, this.filter);
	}

}

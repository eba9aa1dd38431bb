package org.sprout.feedback;

import java.time.Duration;
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

	/** How many scopes' totals, authors and charts are kept at most. */
	public static final int KEPT_SCOPES = 1_000;

	/** How long they are kept when nobody opens them. */
	public static final Duration KEPT_FOR = Duration.ofMinutes(10);

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
	 * What the entries of this scope are as of now, to keep what is computed from them
	 * (totals, authors, charts) between requests: whose history, who reads it and whether
	 * they read its shared entries, the filters, and the subject's history version (which
	 * moves with every change a history shows, see
	 * {@code PersonRepository.historyChanged}). The policy is still asked on every
	 * request; a key exists only once it has said yes.
	 */
	public Key key() {
		return new Key(viewerId(), subjectId(), this.readable.readsSharedAbout(subjectId()),
				this.subject.getHistoryVersion(), this.filter.withoutPage());
	}

	/**
	 * The where-clause of the entries in this scope, for pages, aggregates and exports.
	 */
	public Specification<FeedbackEntry> entries() {
		return HistorySpecifications.historyOf(subjectId(), this.readable, this.filter);
	}

	/** See {@link HistoryScope#key()}. */
	public record Key(long viewerId, long subjectId, boolean readsShared, long historyVersion, HistoryFilter filter) {

		/** The same scope without its filters. */
		public Key unfiltered() {
			return new Key(this.viewerId, this.subjectId, this.readsShared, this.historyVersion,
					HistoryFilter.none().withoutPage());
		}

	}

}

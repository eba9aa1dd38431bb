package org.sprout.ties;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How people stand to each other, today (from the application's {@link Clock}) or on a
 * given day: the one place that knows the ties of the organisation. Every feature asks
 * it; the access policy judges what it answers.
 */
@Service
@Transactional(readOnly = true)
public class Ties {

	/**
	 * How long after a project closes its sponsor stays tied to its people, to write the
	 * closing feedback.
	 */
	public static final int CLOSING_FEEDBACK_DAYS = 30;

	private final TieQueries queries;

	private final Clock clock;

	Ties(TieQueries queries, Clock clock) {
		this.queries = queries;
		this.clock = clock;
	}

	/** Today, in the organisation's zone. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** How the viewer stands to the person today. */
	public Standing between(long viewerId, long personId) {
		return between(viewerId, personId, today());
	}

	public Standing between(long viewerId, long personId, LocalDate day) {
		return this.queries.between(viewerId, personId, day);
	}

	/** Whom the viewer grows on a rhythm today, with the cadence of each. */
	public List<Grown> grownBy(long viewerId) {
		return grownBy(viewerId, today());
	}

	public List<Grown> grownBy(long viewerId, LocalDate day) {
		return this.queries.grownBy(viewerId, day);
	}

	/**
	 * Everyone tied to the person today, and how (their manager, mentors, sponsors, the
	 * people they asked): whom the policy may let read or write about them. When the
	 * person welcomes feedback from anyone, every colleague may also write (not read);
	 * they are not listed here.
	 */
	public List<TieHolder> holdersOf(long personId) {
		return this.queries.holdersOf(personId, today());
	}

	/**
	 * The same, with what a colleague's standing to the person needs besides (whether
	 * they welcome feedback from anyone, as their profile says).
	 */
	public TiesAround around(long personId, boolean welcomesFeedback) {
		return new TiesAround(personId, holdersOf(personId), welcomesFeedback);
	}

	/** Everyone who grows someone on a rhythm today, in id order. */
	public List<Long> growers(LocalDate day) {
		return this.queries.growers(day);
	}

	/** Whether the viewer manages or mentors anyone today. */
	public boolean growsSomeone(long viewerId) {
		return this.queries.growsSomeone(viewerId, today());
	}

	/**
	 * The same, when how the viewer stands to one person today is already known: a report
	 * or a mentee among their ties answers it without asking again.
	 */
	public boolean growsSomeone(long viewerId, Standing toSomeone) {
		return toSomeone.has(Tie.REPORT) || toSomeone.has(Tie.MENTEE) || growsSomeone(viewerId);
	}

}

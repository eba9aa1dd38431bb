package org.sprout.ties;

/**
 * One way a person stands to a viewer: what the person is to the viewer. Each tie is a
 * fact of the organisation on a given day; the access policy decides what it allows.
 */
public enum Tie {

	/**
	 * The person reports to the viewer: the viewer is their manager (legitimate power).
	 */
	REPORT(true),

	/** The viewer mentors the person, on that day. */
	MENTEE(true),

	/**
	 * The viewer sponsors a project the person leads: open, or closed in the last
	 * {@value Ties#CLOSING_FEEDBACK_DAYS} days (for the closing feedback). While it is
	 * ACTIVE, the project's cadence sets a rhythm.
	 */
	SPONSORED_LEAD(true),

	/** The viewer sponsors a project the person is a member of, open or lately closed. */
	SPONSORED_MEMBER(false),

	/** The person asked the viewer for feedback and the request is still open. */
	ASKED_BY(false),

	/**
	 * The person welcomes feedback from any colleague (they opted in on their profile)
	 * and the viewer is another person whose account is on.
	 */
	WELCOMES_FEEDBACK(false);

	private final boolean grown;

	Tie(boolean grown) {
		this.grown = grown;
	}

	/**
	 * Whether the viewer grows the person through this tie, on a rhythm of feedback: the
	 * dashboard lists them and they can become overdue.
	 */
	public boolean isGrown() {
		return this.grown;
	}

}
